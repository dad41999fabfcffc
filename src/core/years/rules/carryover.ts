import { tableRef } from '../../faces/names';
import { formatAmount, isUsable, round2 } from '../../numbers';
import { location } from '../../report';
import { sameFigureAgreement } from '../../rounding';
import type { RuleContext } from '../../rules/rule';
import type { Figure, SummaryLine, SummaryTable } from '../../tables/model';
import { lastName, otherCell, type YearRule } from '../rule';

/** One carry-over: this year's 年初 line of a 总表, last year's 年末 line and the column it is read from. */
interface Link {
  table: '公开01' | '公开04';
  opening: string;
  closingColumn: string;
  what: string;
}

const LINKS: Link[] = [
  { table: '公开01', opening: 'openingBalance', closingColumn: 'total', what: '年初结转和结余' },
  { table: '公开04', opening: 'openingBalance', closingColumn: 'total', what: '年初财政拨款结转和结余' },
  {
    table: '公开04',
    opening: 'openingGp',
    closingColumn: 'gp',
    what: '年初结转和结余（一般公共预算财政拨款）',
  },
  {
    table: '公开04',
    opening: 'openingGf',
    closingColumn: 'gf',
    what: '年初结转和结余（政府性基金预算财政拨款）',
  },
  {
    table: '公开04',
    opening: 'openingSoe',
    closingColumn: 'soe',
    what: '年初结转和结余（国有资本经营预算财政拨款）',
  },
];

function value(line: SummaryLine | undefined, column: string): Figure | undefined {
  if (!line) return undefined;
  const v = line.values;
  return column === 'total' ? (v.amount ?? v.total) : v[column];
}

function lines(ctx: RuleContext, id: '公开01' | '公开04'): SummaryTable | undefined {
  return ctx.summary(id);
}

export const yearCarryover: YearRule = {
  id: 'year.carryover',
  title: '年初结转和结余与上年年末不符',
  description:
    '本年公开01、公开04 的年初结转和结余（公开04 分一般公共预算、政府性基金、国有资本经营三种财政拨款）应等于上年决算同一张表的年末结转和结余；相差 0.01 为尾差。',
  severity: 'error',
  check({ current, last }, report) {
    for (const link of LINKS) {
      const now = lines(current.ctx, link.table);
      const before = lines(last.ctx, link.table);
      if (!now || !before) continue;
      const opening = value(
        now.income.find((l) => l.key === link.opening),
        'total',
      );
      const closing = value(
        before.expense.find((l) => l.key === 'closingBalance'),
        link.closingColumn,
      );
      if (!opening || !closing || !isUsable(opening.parse) || !isUsable(closing.parse)) continue;
      const a = sameFigureAgreement(opening.value, closing.value);
      if (a.status === 'equal') continue;
      const tail = a.status === 'tail';
      const where = `${before.sheet}!${otherCell(last, closing.ref).cell}`;
      report({
        severity: tail ? 'info' : undefined,
        message: `${tableRef(link.table, current.ctx.face)} ${link.what} ${formatAmount(opening.value)}，与${lastName(last)} ${tableRef(link.table, last.ctx.face)} 年末${link.closingColumn === 'total' ? '' : '（同一列）'}结转和结余 ${formatAmount(closing.value)}（${where}）相差 ${round2(a.difference).toFixed(2)}${tail ? '（尾差）' : ''}`,
        ...location(opening.ref),
        table: link.table,
        expected: closing.value,
        actual: opening.value,
        difference: a.difference,
        otherYear: [otherCell(last, closing.ref)],
      });
    }
  },
};
