import type { Rule } from '../../rules/rule';
import { tableFigure } from '../table-figures';
import { amountSpan, cells, formatAmount, inWan, narrativeOf, quote } from './shared';

export const narrativeRunningCosts: Rule = {
  id: 'narrative.running-costs',
  title: '机关运行经费超过公用经费合计',
  description: '机关运行经费一般由公用经费开支，情况说明中的机关运行经费支出不应大于公开06 公用经费合计。',
  severity: 'warning',
  check(ctx, report) {
    const doc = narrativeOf(ctx);
    if (!doc) return;
    const pub = tableFigure(ctx, 'public');
    if (!pub) return;
    for (const f of doc.claims.figures) {
      if (f.subject !== 'runningCosts' || inWan(f.amount) <= pub.value + 0.01) continue;
      report({
        message: `${quote(doc, f.amount.labelStart, f.amount.end)}大于${pub.label} ${formatAmount(pub.value)} 万元`,
        narrative: amountSpan(doc, f.amount),
        ...cells(pub),
        table: pub.table,
        expected: pub.value,
        actual: inWan(f.amount),
      });
    }
  },
};
