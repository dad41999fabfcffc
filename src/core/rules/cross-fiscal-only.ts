import type { CodedRow, CodedTable } from '../tables/model';
import { checkPresent, checkSame } from './relations';
import { line, rowLabel, rowsByCode } from './lookup';
import type { Reporter, Rule, RuleContext } from './rule';

const NON_GP_INCOME = [
  'gfIncome',
  'soeIncome',
  'superiorIncome',
  'businessIncome',
  'operatingIncome',
  'affiliatedIncome',
  'otherIncome',
  'nonFiscalBalanceUsed',
];

/** Code by code, column `a` of one table against column `b` of another. */
function compareByCode(
  report: Reporter,
  shown: CodedTable,
  source: CodedTable,
  pairs: Array<[string, string, string]>,
  why: string,
): void {
  const missing = (t: CodedTable, r: CodedRow, other: CodedTable) =>
    checkPresent(
      report,
      t.id,
      `${t.id} ${rowLabel(r)}`,
      r.values.total,
      `${other.id} 没有这一科目（${why}）`,
    );
  const sourceRows = rowsByCode(source);
  for (const r of rowsByCode(shown).values()) {
    const other = sourceRows.get(r.code);
    if (!other) {
      if (r.values.total) missing(shown, r, source);
      continue;
    }
    for (const [a, b, label] of pairs)
      if (r.values[a] && other.values[b])
        checkSame(
          report,
          shown.id,
          () => `${shown.id} ${rowLabel(r)} ${label}`,
          r.values[a],
          other.values[b],
          `${source.id} 同一科目（${why}）`,
        );
  }
  const shownRows = rowsByCode(shown);
  for (const r of sourceRows.values())
    if (!shownRows.has(r.code) && r.values.total) missing(source, r, shown);
}

/**
 * The whole unit's income is 一般公共预算财政拨款 and it opened the year with no balance: the case where
 * cross.fiscal-only compares 公开05 with 公开03 code by code.
 */
export function wholeUnitFiscalOnly(ctx: RuleContext): boolean {
  const s = ctx.summary('公开01');
  if (!s) return false;
  const amount = (key: string) => line(s, 'income', key)?.values.amount;
  if (NON_GP_INCOME.some((k) => (amount(k)?.value ?? 0) !== 0)) return false;
  return (amount('openingBalance')?.value ?? 0) === 0;
}

export const crossFiscalOnly: Rule = {
  id: 'cross.fiscal-only',
  title: '全部为一般公共预算拨款时各表逐科目不一致',
  description:
    '公开01 除一般公共预算财政拨款外各收入行均为零时，公开05 与公开03 逐科目相等；若年初、年末结转结余也为零，公开02 与公开03 逐科目相等。',
  severity: 'error',
  check(ctx, report) {
    const s = ctx.summary('公开01');
    const spending = ctx.coded('公开03');
    if (!s || !spending) return;
    const amount = (key: string) => line(s, 'income', key)?.values.amount;
    if (NON_GP_INCOME.some((k) => (amount(k)?.value ?? 0) !== 0)) return;
    const why = '本单位收入全部为一般公共预算财政拨款';
    const gp = ctx.coded('公开05');
    const opening = amount('openingBalance')?.value ?? 0;
    if (gp && opening === 0)
      compareByCode(
        report,
        gp,
        spending,
        [
          ['total', 'total', '合计'],
          ['basic', 'basic', '基本支出'],
          ['project', 'project', '项目支出'],
        ],
        why,
      );
    const closing = line(s, 'expense', 'closingBalance')?.values.amount.value ?? 0;
    const income = ctx.coded('公开02');
    if (income && opening === 0 && closing === 0)
      compareByCode(
        report,
        income,
        spending,
        [['total', 'total', '本年收入合计']],
        `${why}且无结转结余，收入应等于支出`,
      );
  },
};
