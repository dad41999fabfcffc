import { location } from '../report';
import { checkAtLeast, checkSame } from './relations';
import { line } from './lookup';
import type { Rule } from './rule';

const FISCAL_INCOME: Array<[string, string]> = [
  ['gpIncome', '一般公共预算财政拨款收入'],
  ['gfIncome', '政府性基金预算财政拨款收入'],
  ['soeIncome', '国有资本经营预算财政拨款收入'],
];

export const crossFiscalSummary: Rule = {
  id: 'cross.fiscal-summary',
  title: '收入支出决算总表与财政拨款收入支出决算总表不一致',
  description:
    '公开01 三项财政拨款收入 = 公开04 本年收入对应行；公开01 年初、年末结转和结余不小于公开04 年初、年末财政拨款结转和结余（差额为非财政拨款资金）。',
  severity: 'error',
  check(ctx, report) {
    const all = ctx.summary('公开01');
    const fiscal = ctx.summary('公开04');
    if (!all || !fiscal) return;
    for (const [key, label] of FISCAL_INCOME) {
      const a = line(all, 'income', key);
      const f = line(fiscal, 'income', key);
      if (a && f)
        checkSame(report, '公开04', `公开04 ${label}`, f.values.amount, a.values.amount, `公开01 ${label}`);
    }
    const opening = [line(all, 'income', 'openingBalance'), line(fiscal, 'income', 'openingBalance')];
    if (opening[0] && opening[1])
      checkAtLeast(
        report,
        '公开01',
        '公开01 年初结转和结余',
        opening[0].values.amount,
        opening[1].values.amount,
        '公开04 年初财政拨款结转和结余',
      );
    const fiscalColumn = fiscal.expenseColumns.some((c) => c.key === 'total') ? 'total' : 'amount';
    const closing = [line(all, 'expense', 'closingBalance'), line(fiscal, 'expense', 'closingBalance')];
    if (closing[1] && !closing[1].values[fiscalColumn])
      report({
        severity: 'warning',
        message:
          '公开04 支出栏没有“合计”列（表头为空或无法识别），年末财政拨款结转和结余无法核对。请补全该列的表头',
        ...location(fiscal.titleRef),
        table: '公开04',
      });
    else if (closing[0] && closing[1])
      checkAtLeast(
        report,
        '公开01',
        '公开01 年末结转和结余',
        closing[0].values.amount,
        closing[1].values[fiscalColumn],
        '公开04 年末财政拨款结转和结余',
      );
  },
};
