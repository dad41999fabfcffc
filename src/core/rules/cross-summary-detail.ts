import { formatAmount, isUsable } from '../numbers';
import { location } from '../report';
import { checkSame } from './relations';
import { addsUpFromChildren, classLines, classRows, line, nameKey, rowLabel } from './lookup';
import type { Rule } from './rule';

export const crossSummaryDetail: Rule = {
  id: 'cross.summary-detail',
  title: '总表与收入、支出决算表不一致',
  description:
    '公开01 本年收入合计 = 公开02 合计；本年支出合计 = 公开03 合计；公开01 每一类支出 = 公开03 该类本年支出合计。',
  severity: 'error',
  check(ctx, report) {
    const s = ctx.summary('公开01');
    if (!s) return;
    const income = ctx.coded('公开02');
    const totalIncome = line(s, 'income', 'totalIncome');
    if (income?.total && totalIncome)
      checkSame(
        report,
        '公开02',
        '公开02 合计 本年收入合计',
        income.total.values.total,
        totalIncome.values.amount,
        '公开01 本年收入合计',
      );
    const spending = ctx.coded('公开03');
    if (!spending) return;
    const totalExpense = line(s, 'expense', 'totalExpense');
    if (spending.total && totalExpense)
      checkSame(
        report,
        '公开03',
        '公开03 合计 本年支出合计',
        spending.total.values.total,
        totalExpense.values.amount,
        '公开01 本年支出合计',
      );
    const lines = classLines(s);
    const seen = new Set<string>();
    for (const r of classRows(spending)) {
      const key = nameKey(r.name);
      seen.add(key);
      const l = lines.get(key);
      if (l) {
        checkSame(
          report,
          '公开03',
          `公开03 ${rowLabel(r)} 本年支出合计`,
          r.values.total,
          l.values.amount,
          `公开01 ${key}`,
          // A tail sits on the 总表's copy when the 类 row adds up from its 款 (the 总表 rounded apart).
          addsUpFromChildren(spending, r, 'total') ? { tailOn: '公开01' } : undefined,
        );
      } else if (r.values.total && r.values.total.value !== 0) {
        report({
          message: `公开03 ${rowLabel(r)} 支出 ${formatAmount(r.values.total.value)}，公开01 支出项目中没有这一类`,
          ...location(r.values.total.ref),
          table: '公开03',
        });
      }
    }
    for (const [key, l] of lines) {
      if (seen.has(key) || l.values.amount.value === 0 || !isUsable(l.values.amount.parse)) continue;
      report({
        message: `公开01 ${key} ${formatAmount(l.values.amount.value)}，公开03 没有这一类的支出行`,
        ...location(l.values.amount.ref),
        expected: 0,
        actual: l.values.amount.value,
        table: '公开01',
      });
    }
  },
};
