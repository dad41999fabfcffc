import type { Rule } from '../../rules/rule';
import type { NarrativeAmount, NarrativeDoc } from '../document';
import { tableFigure } from '../table-figures';
import { amountSpan, cells, narrativeOf, quote, written } from './shared';

const COMPLETION_WORDS = /^(?:完成|超出|超过)(?:年初|全年)?预算(?:数)?的?$/;

const INITIAL_BUDGET = /年初预算(?:数)?(?:为)?$/;

/** A 年初预算 of 0 earlier in the sentence of a completion against another budget, when its rate names 年初. */
function zeroInitialBudget(
  doc: NarrativeDoc,
  budget: NarrativeAmount,
  percent: NarrativeAmount,
): NarrativeAmount | null {
  if (!/年初/.test(percent.label) || INITIAL_BUDGET.test(budget.label)) return null;
  for (let i = budget.index - 1; i >= 0; i--) {
    const a = doc.amounts[i];
    if (a.sentence !== budget.sentence) return null;
    if (a.unit !== null && a.unit !== '%' && INITIAL_BUDGET.test(a.label)) return a.value === 0 ? a : null;
  }
  return null;
}

export const narrativeZeroBudget: Rule = {
  id: 'narrative.zero-budget',
  title: '预算为0却给出完成（超支）百分比',
  description:
    '年初预算为0时不存在完成率或超支率：“年初预算为0万元，支出决算为12.49万元，超出年初预算100%”应改为说明无年初预算的原因。三公经费某项预算为0（公开09）而说明给出完成预算的百分比，同样提示。',
  severity: 'warning',
  check(ctx, report) {
    const doc = narrativeOf(ctx);
    if (!doc) return;
    const judged = new Set<number>();
    for (const { budget, actual, percent } of doc.claims.completions) {
      if (!percent) continue;
      judged.add(percent.index);
      // "年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，完成年初预算的95.89%": the rate names
      // the 年初 budget, which the same sentence gives as 0.
      const zero = budget.value === 0 ? budget : zeroInitialBudget(doc, budget, percent);
      if (!zero || (actual.value === 0 && percent.value === 0)) continue;
      report({
        message: `${quote(doc, zero.labelStart, percent.end)}：年初预算为0，不存在完成（超支）百分比，“${written(percent)}”无从计算`,
        narrative: amountSpan(doc, percent),
      });
    }
    // 三公 items whose budget only the table gives: "公务接待费支出决算为0.09万元，完成预算的100%".
    for (const f of doc.claims.figures) {
      if (!f.subject.startsWith('threeCosts.actual.')) continue;
      const percent = doc.amounts[f.amount.index + 1];
      if (
        !percent ||
        percent.unit !== '%' ||
        judged.has(percent.index) ||
        !COMPLETION_WORDS.test(percent.label)
      )
        continue;
      if (percent.sentence !== f.amount.sentence) continue;
      const budget = tableFigure(ctx, f.subject.replace('.actual.', '.budget.'));
      if (!budget || budget.value !== 0 || (f.amount.value === 0 && percent.value === 0)) continue;
      report({
        message: `${quote(doc, f.amount.labelStart, percent.end)}：${budget.label} 为0，不存在完成预算的百分比`,
        narrative: amountSpan(doc, percent),
        ...cells(budget),
        table: budget.table,
      });
    }
  },
};
