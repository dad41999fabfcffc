import type { Rule } from '../../rules/rule';
import { divide, meets, printed, scale } from '../interval';
import { figureComparisons, isUnitSlip } from './table-figure';
import { amountSpan, cells, formatAmount, narrativeOf, quote, written } from './shared';

export const narrativeUnit: Rule = {
  id: 'narrative.unit',
  title: '情况说明中的金额单位有误',
  description:
    '金额写成“元”而应为“万元”（或反之）：同一句中的完成率只有按同一单位才算得出（“年初预算为2311.99元，支出决算为365.07万元，完成年初预算的15.79%”），或该数按万元与公开表一致。',
  severity: 'warning',
  check(ctx, report) {
    const doc = narrativeOf(ctx);
    if (!doc) return;
    for (const { budget, actual, percent, exceed } of doc.claims.completions) {
      if (!percent || budget.unit === actual.unit || exceed) continue;
      // Read both figures in the same unit: if the stated rate then agrees, one unit is a slip.
      const q = divide(printed(actual.value, actual.decimals), printed(budget.value, budget.decimals));
      if (!q || !meets(scale(q, 100), printed(percent.value, percent.decimals))) continue;
      const slip = budget.unit === '元' || budget.unit === '亿元' ? budget : actual;
      const other = slip === budget ? actual : budget;
      report({
        message: `${quote(doc, budget.labelStart, percent.end)}：${written(slip)}的单位应为“${other.unit}”——按同一单位计算 ${written(actual)}÷${written(budget)} 才得到所述 ${written(percent)}`,
        narrative: amountSpan(doc, slip),
      });
    }
    if (ctx.tables.length === 0) return;
    for (const { amount, table } of figureComparisons(ctx, doc)) {
      if (!isUnitSlip(amount, table)) continue;
      const meant = amount.unit === '元' ? '万元' : '元';
      report({
        message: `${quote(doc, amount.labelStart, amount.end)}的单位应为“${meant}”：${table.label} 为 ${formatAmount(table.value)} 万元`,
        narrative: amountSpan(doc, amount),
        ...cells(table),
        table: table.table,
        expected: table.value,
        actual: amount.value,
      });
    }
  },
};
