import type { FindingDraft, Rule } from '../../rules/rule';
import { expectedPercent, meets, percentOf, printed, subtract, add } from '../interval';
import { percentRelation } from './relations';
import { amountSpan, intervalOf, narrativeOf, quote, written } from './shared';

export const narrativeGrowth: Rule = {
  id: 'narrative.growth',
  title: '情况说明中的增减幅度与金额不符',
  description:
    '“与上年相比增加/减少D万元，增长/下降R%”：上年数为本年数∓D，按区间算法计算 D÷上年数 的范围，与所述 R% 的区间不相交时报错。',
  severity: 'error',
  check(ctx, report) {
    const doc = narrativeOf(ctx);
    if (!doc) return;
    for (const { current, change, rate, direction } of doc.claims.growths) {
      if (!rate) continue;
      const d = intervalOf(change);
      const previous = direction === 1 ? subtract(intervalOf(current), d) : add(intervalOf(current), d);
      const q = percentOf(d, previous);
      const relation = percentRelation(doc, [current, change], rate, ([c, ch]) =>
        percentOf(ch, direction === 1 ? subtract(c, ch) : add(c, ch)),
      );
      if (!q || meets(q, printed(rate.value, rate.decimals))) {
        report.relation?.(relation);
        continue;
      }
      const expected = expectedPercent(q, rate.decimals);
      const prev = current.value - direction * change.value;
      const finding: FindingDraft = {
        message: `${quote(doc, change.labelStart, rate.end)}：上年数约为 ${written(current)}${direction === 1 ? '−' : '+'}${written(change)} = ${prev.toFixed(2)}，${direction === 1 ? '增长' : '下降'}率约为 ${expected.toFixed(rate.decimals)}%，与所述 ${written(rate)} 不符`,
        narrative: amountSpan(doc, rate),
        expected,
        actual: rate.value,
      };
      report(finding);
      report.relation?.(relation, finding);
    }
  },
};
