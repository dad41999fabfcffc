import { meets } from '../../narrative/interval';
import { amountSpan, intervalOf, inWan, quote } from '../../narrative/rules/shared';
import { round2 } from '../../numbers';
import { figureOf, otherPlaces } from '../figures';
import { lastName, type YearRule } from '../rule';
import { priorFigures } from '../subjects';

export const yearPriorFigure: YearRule = {
  id: 'year.prior-figure',
  title: '情况说明中的上年数与上年决算不符',
  description:
    '本年情况说明引用的上年数（总计、收入支出合计、财政拨款、类、“三公”各项、机关运行经费等）应等于上年决算的表中（或上年情况说明中）同一数字；按区间算法比较，区间不相交时报错。',
  severity: 'error',
  check({ current, last }, report) {
    const doc = current.doc;
    if (!doc) return;
    for (const { amount, subject } of priorFigures(doc, current.year)) {
      const before = figureOf(last, subject);
      if (!before || meets(intervalOf(amount), before.interval)) continue;
      const difference = round2(inWan(amount) - before.value);
      report({
        message: `${quote(doc, amount.labelStart, amount.end)}：${lastName(last)}为 ${before.words}，相差 ${difference.toFixed(2)} 万元`,
        narrative: amountSpan(doc, amount),
        expected: before.value,
        actual: inWan(amount),
        difference,
        otherYear: otherPlaces(last, before),
      });
    }
  },
};
