import { checkSame, checkSum } from './relations';
import { line } from './lookup';
import { fiscalIncomeKeys } from './summary-totals';
import type { Rule } from './rule';

const SAME: Array<[string, string, string]> = [
  ['superior', 'superiorIncome', '上级补助收入'],
  ['business', 'businessIncome', '事业收入'],
  ['operating', 'operatingIncome', '经营收入'],
  ['affiliated', 'affiliatedIncome', '附属单位上缴收入'],
  ['other', 'otherIncome', '其他收入'],
];

export const crossIncomeSources: Rule = {
  id: 'cross.income-sources',
  title: '收入决算表各来源与总表收入行不一致',
  description:
    '公开02 合计行：财政拨款收入 = 公开01 一般公共预算、政府性基金预算、国有资本经营预算财政拨款收入之和；上级补助、事业、经营、附属单位上缴、其他收入分别等于公开01 对应行。',
  severity: 'error',
  check(ctx, report) {
    const s = ctx.summary('公开01');
    const t = ctx.coded('公开02');
    if (!s || !t?.total) return;
    const v = t.total.values;
    const fiscalKeys = fiscalIncomeKeys(s);
    const fiscalRows = fiscalKeys.flatMap((k) => {
      const l = line(s, 'income', k);
      return l ? [l.values.amount] : [];
    });
    if (v.fiscal && fiscalRows.length > 0)
      checkSum(
        report,
        '公开02',
        '公开02 合计 财政拨款收入',
        v.fiscal,
        fiscalRows,
        fiscalKeys.length > 1 ? '公开01 三项财政拨款收入' : '公开01 财政拨款收入',
      );
    for (const [col, key, label] of SAME) {
      const l = line(s, 'income', key);
      if (v[col] && l)
        checkSame(report, '公开02', `公开02 合计 ${label}`, v[col], l.values.amount, `公开01 ${label}`);
    }
  },
};
