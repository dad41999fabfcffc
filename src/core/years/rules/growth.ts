import {
  add,
  expectedPercent,
  meets,
  percentOf,
  printed,
  scale,
  subtract,
  type Interval,
} from '../../narrative/interval';
import { amountSpan, intervalOf, inWan, quote, span, written } from '../../narrative/rules/shared';
import { formatAmount, round2 } from '../../numbers';
import { figureOf, otherPlaces } from '../figures';
import { lastName, type YearRule } from '../rule';
import { subjectAt } from '../subjects';

const mid = (x: Interval) => (x.lo + x.hi) / 2;

export const yearGrowth: YearRule = {
  id: 'year.growth',
  title: '情况说明中的增减额、增减率与上年决算不符',
  description:
    '“与上年相比增加/减少D万元，增长/下降R%”：以本年数和上年决算的同一数字按区间算法计算增减额和增减率，与所述的 D、R% 及“增加/减少”的方向不符时报错。',
  severity: 'error',
  check({ current, last }, report) {
    const doc = current.doc;
    if (!doc) return;
    for (const g of doc.claims.growths) {
      const subject = subjectAt(doc, g.current.index);
      const before = subject && figureOf(last, subject);
      if (!before) continue;
      const now = intervalOf(g.current);
      const change = subtract(now, before.interval);
      const stated = scale(intervalOf(g.change), g.direction);
      const actual = round2(inWan(g.current) - before.value);
      const word = g.direction === 1 ? '增加' : '减少';
      const passage = span(doc, g.change.labelStart, (g.rate ?? g.change).end);
      const head = `${quote(doc, passage.start, passage.end)}：本年 ${written(g.current)}，${lastName(last)}为 ${before.words}`;
      const rateOf = (c: Interval) => (g.rate ? percentOf(scale(c, g.direction), before.interval) : null);
      if (!meets(change, stated)) {
        const wrongWay = g.change.value !== 0 && (g.direction === 1 ? change.hi < 0 : change.lo > 0);
        const q = rateOf(change);
        const rate =
          q && g.rate
            ? `，${actual >= 0 ? '增长' : '下降'} ${Math.abs(expectedPercent(q, g.rate.decimals)).toFixed(g.rate.decimals)}%`
            : '';
        report({
          message: `${head}，实际${actual >= 0 ? '增加' : '减少'} ${formatAmount(Math.abs(actual))} 万元${rate}${wrongWay ? `，而不是${word}` : `，与所述${word} ${written(g.change)}不符`}`,
          narrative: passage,
          expected: Math.abs(actual),
          actual: g.change.value,
          difference: round2(g.direction * inWan(g.change) - actual),
          otherYear: otherPlaces(last, before),
        });
        continue;
      }
      if (!g.rate) continue;
      const q = rateOf(change);
      const stRate = printed(g.rate.value, g.rate.decimals);
      if (!q || meets(q, stRate)) continue;
      // A rate that does not follow from the narrative's own figures is narrative.growth's finding.
      const d = intervalOf(g.change);
      const own = percentOf(d, g.direction === 1 ? subtract(now, d) : add(now, d));
      if (own && !meets(own, stRate)) continue;
      const expected = expectedPercent(q, g.rate.decimals);
      report({
        message: `${head}，${word}率应约为 ${expected.toFixed(g.rate.decimals)}%（${written(g.change)} ÷ ${formatAmount(mid(before.interval))}），与所述 ${written(g.rate)} 不符`,
        narrative: amountSpan(doc, g.rate),
        expected,
        actual: g.rate.value,
        otherYear: otherPlaces(last, before),
      });
    }
  },
};
