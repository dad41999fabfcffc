import type { FindingDraft, Rule } from '../../rules/rule';
import { divide, expectedPercent, meets, printed, scale, subtract } from '../interval';
import { percentRelation } from './relations';
import { amountSpan, intervalOf, narrativeOf, quote, written } from './shared';

export const narrativeCompletion: Rule = {
  id: 'narrative.completion',
  title: '情况说明中的预算完成率与金额不符',
  description:
    '“年初预算为B万元，支出决算为A万元，完成年初预算的P%”（或“超出年初预算P%”）：按区间算法计算 A÷B（或 (A−B)÷B），与所述 P% 的区间不相交时报错。预算为0或单位不一致的由其他规则报告。',
  severity: 'error',
  check(ctx, report) {
    const doc = narrativeOf(ctx);
    if (!doc) return;
    for (const c of doc.claims.completions) {
      const { budget, actual, percent, exceed } = c;
      if (!percent || budget.unit !== actual.unit) continue;
      const b = intervalOf(budget);
      const a = intervalOf(actual);
      const ratio = divide(exceed ? subtract(a, b) : a, b);
      if (!ratio) continue;
      const q = scale(ratio, 100);
      const relation = percentRelation(doc, [budget, actual], percent, ([b0, a0]) => {
        const r = divide(exceed ? subtract(a0, b0) : a0, b0);
        return r && scale(r, 100);
      });
      if (meets(q, printed(percent.value, percent.decimals))) {
        report.relation?.(relation);
        continue;
      }
      const expected = expectedPercent(q, percent.decimals);
      const finding: FindingDraft = {
        message: `${quote(doc, budget.labelStart, percent.end)}：${exceed ? `(${written(actual)}−${written(budget)})÷${written(budget)}` : `${written(actual)}÷${written(budget)}`} 约为 ${expected.toFixed(percent.decimals)}%，与所述 ${written(percent)} 不符`,
        narrative: amountSpan(doc, percent),
        expected,
        actual: percent.value,
      };
      report(finding);
      report.relation?.(relation, finding);
    }
  },
};
