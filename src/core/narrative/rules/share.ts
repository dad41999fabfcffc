import type { Rule } from '../../rules/rule';
import { expectedPercent, meets, percentOf, printed } from '../interval';
import { amountSpan, intervalOf, narrativeOf, quote, written } from './shared';

export const narrativeShare: Rule = {
  id: 'narrative.share',
  title: '情况说明中的占比与金额不符',
  description:
    '“其中：某项X万元，占P%”：按区间算法（每个金额代表 ±半个末位单位，百分比亦然）计算 X÷合计 的取值范围，与所述百分比的区间不相交时报错。',
  severity: 'error',
  check(ctx, report) {
    const doc = narrativeOf(ctx);
    if (!doc) return;
    for (const { part, whole, percent } of doc.claims.shares) {
      const q = percentOf(intervalOf(part), intervalOf(whole));
      if (!q || meets(q, printed(percent.value, percent.decimals))) continue;
      const expected = expectedPercent(q, percent.decimals);
      report({
        message: `${quote(doc, part.labelStart, percent.end)}：${written(part)}÷${written(whole)} 约为 ${expected.toFixed(percent.decimals)}%（${q.lo.toFixed(4)}%～${q.hi.toFixed(4)}%），与所述 ${written(percent)} 不符`,
        narrative: amountSpan(doc, percent),
        expected,
        actual: percent.value,
      });
    }
  },
};
