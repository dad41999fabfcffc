import type { CodedTable, SummaryTable } from '../tables/model';
import { checkPresent, checkSame } from './relations';
import { addsUpFromChildren, classLines, classRows, line, nameKey, rowLabel } from './lookup';
import type { Reporter, Rule } from './rule';

/** One column of 公开04's 支出 half against the detail table of that kind of money, by 类 and in total. */
function compare(
  report: Reporter,
  summary: SummaryTable,
  column: string,
  columnLabel: string,
  detail: CodedTable,
): void {
  const id = detail.id;
  const total = line(summary, 'expense', 'totalExpense');
  if (total && detail.total)
    checkSame(
      report,
      id,
      `${id} 合计`,
      detail.total.values.total,
      total.values[column],
      `公开04 本年支出合计（${columnLabel}）`,
    );
  const lines = classLines(summary);
  for (const r of classRows(detail)) {
    const l = lines.get(nameKey(r.name));
    if (l)
      checkSame(
        report,
        id,
        `${id} ${rowLabel(r)}`,
        r.values.total,
        l.values[column],
        `公开04 ${nameKey(r.name)}（${columnLabel}）`,
        // A tail sits on the 总表's copy when the 类 row adds up from its 款 (the 总表 rounded apart).
        addsUpFromChildren(detail, r, 'total') ? { tailOn: '公开04' } : undefined,
      );
    else checkPresent(report, id, `${id} ${rowLabel(r)}`, r.values.total, '公开04 支出项目中没有这一类');
  }
}

export const crossFiscalTables: Rule = {
  id: 'cross.fiscal-tables',
  title: '财政拨款总表与分表不一致',
  description:
    '公开05 各类及合计 = 公开04 一般公共预算财政拨款列；公开07 本年支出 = 公开04 政府性基金预算财政拨款列；公开08 = 公开04 国有资本经营预算财政拨款列。',
  severity: 'error',
  check(ctx, report) {
    const s = ctx.summary('公开04');
    if (!s) return;
    const pairs: Array<[string, string, CodedTable | undefined]> = [
      ['gp', '一般公共预算财政拨款', ctx.coded('公开05')],
      ['gf', '政府性基金预算财政拨款', ctx.coded('公开07')],
      ['soe', '国有资本经营预算财政拨款', ctx.coded('公开08')],
    ];
    for (const [column, label, detail] of pairs) {
      if (!detail || !s.expenseColumns.some((c) => c.key === column)) continue;
      if (!detail.columns.some((c) => c.key === 'total')) continue;
      compare(report, s, column, label, detail);
    }
  },
};
