import { checkSum } from './relations';
import { nameKey } from './lookup';
import type { Rule } from './rule';

export const summaryClassSplit: Rule = {
  id: 'summary.fund-split',
  title: '财政拨款总表各行合计不等于三类拨款之和',
  description:
    '公开04 支出各行：合计 = 一般公共预算财政拨款 + 政府性基金预算财政拨款 + 国有资本经营预算财政拨款。',
  severity: 'error',
  check(ctx, report) {
    const t = ctx.summary('公开04');
    if (!t) return;
    const keys = ['gp', 'gf', 'soe'].filter((k) => t.expenseColumns.some((c) => c.key === k));
    if (!t.expenseColumns.some((c) => c.key === 'total') || keys.length === 0) return;
    for (const l of t.expense)
      checkSum(
        report,
        '公开04',
        `公开04 ${nameKey(l.label)} 合计`,
        l.values.total,
        keys.map((k) => l.values[k]),
        '三类财政拨款',
      );
  },
};
