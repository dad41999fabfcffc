import type { Figure, SummaryTable } from '../tables/model';
import { checkSame, checkSum } from './relations';
import { line } from './lookup';
import type { Rule } from './rule';

const INCOME_ROWS_01 = [
  'gpIncome',
  'gfIncome',
  'soeIncome',
  'superiorIncome',
  'businessIncome',
  'operatingIncome',
  'affiliatedIncome',
  'otherIncome',
];
const INCOME_ROWS_04 = ['gpIncome', 'gfIncome', 'soeIncome'];

/** The 财政拨款 income of 公开01: its three kinds, or the one line of a face that prints no split. */
export function fiscalIncomeKeys(t: SummaryTable): string[] {
  const split = ['gpIncome', 'gfIncome', 'soeIncome'];
  return t.income.some((l) => split.includes(l.key)) ? split : ['fiscalIncome'];
}

function figures(t: SummaryTable, side: 'income' | 'expense', keys: string[], column: string): Figure[] {
  const out: Figure[] = [];
  for (const k of keys) for (const l of t[side]) if (l.key === k) out.push(l.values[column]);
  return out;
}

export const summaryTotals: Rule = {
  id: 'summary.totals',
  title: '总表合计、总计不平',
  description:
    '公开01/04：本年收入合计 = 各收入行之和；总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余；本年支出合计 = 各类支出之和；总计 = 本年支出合计 + 结余分配 + 年末结转和结余；收入总计 = 支出总计。',
  severity: 'error',
  check(ctx, report) {
    for (const id of ['公开01', '公开04'] as const) {
      const t = ctx.summary(id);
      if (!t) continue;
      const amount = 'amount';
      const totalIncome = line(t, 'income', 'totalIncome');
      if (totalIncome)
        checkSum(
          report,
          id,
          `${id} 本年收入合计`,
          totalIncome.values[amount],
          figures(
            t,
            'income',
            id === '公开01' ? [...fiscalIncomeKeys(t), ...INCOME_ROWS_01.slice(3)] : INCOME_ROWS_04,
            amount,
          ),
          '各收入行',
        );
      const opening = line(t, 'income', 'openingBalance');
      const openingSplit = figures(t, 'income', ['openingGp', 'openingGf', 'openingSoe'], amount);
      if (opening && openingSplit.length > 0)
        checkSum(
          report,
          id,
          `${id} 年初财政拨款结转和结余`,
          opening.values[amount],
          openingSplit,
          '其下三项',
        );
      const incomeTotal = line(t, 'income', 'grandTotal');
      if (incomeTotal && totalIncome)
        checkSum(
          report,
          id,
          `${id} 收入总计`,
          incomeTotal.values[amount],
          figures(t, 'income', ['totalIncome', 'nonFiscalBalanceUsed', 'openingBalance'], amount),
          '本年收入合计与结余、结转',
        );
      const expenseTotal = line(t, 'expense', 'grandTotal');
      for (const col of t.expenseColumns) {
        const suffix = t.expenseColumns.length > 1 ? `（${col.header.split('/').pop()}）` : '';
        const totalExpense = line(t, 'expense', 'totalExpense');
        if (totalExpense)
          checkSum(
            report,
            id,
            `${id} 本年支出合计${suffix}`,
            totalExpense.values[col.key],
            figures(t, 'expense', ['class'], col.key),
            '各类支出',
          );
        if (expenseTotal && totalExpense)
          checkSum(
            report,
            id,
            `${id} 支出总计${suffix}`,
            expenseTotal.values[col.key],
            figures(t, 'expense', ['totalExpense', 'surplusDistribution', 'closingBalance'], col.key),
            '本年支出合计与结余分配、年末结转和结余',
          );
      }
      const expenseGrand = expenseTotal?.values[t.expenseColumns.length > 1 ? 'total' : amount];
      if (incomeTotal && expenseGrand)
        checkSame(report, id, `${id} 支出总计`, expenseGrand, incomeTotal.values[amount], '收入总计');
    }
  },
};
