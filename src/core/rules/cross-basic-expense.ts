import { checkSum } from './relations';
import type { Rule } from './rule';

export const crossBasicExpense: Rule = {
  id: 'cross.basic-expense',
  title: '基本支出与人员经费、公用经费不一致',
  description: '公开05 合计行基本支出 = 公开06 人员经费合计 + 公用经费合计。',
  severity: 'error',
  check(ctx, report) {
    const t = ctx.coded('公开05');
    const e = ctx.economic();
    const basic = t?.total?.values.basic;
    if (!basic || !e?.personnelTotal || !e.publicTotal) return;
    checkSum(
      report,
      '公开05',
      '公开05 合计 基本支出',
      basic,
      [e.personnelTotal, e.publicTotal],
      '公开06 人员经费合计与公用经费合计',
    );
  },
};
