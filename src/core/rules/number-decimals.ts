import { location } from '../report';
import type { Rule } from './rule';

export const numberDecimals: Rule = {
  id: 'number.decimals',
  title: '金额小数位超过两位',
  description: '以万元为单位的公开表应保留两位小数；三位及以上小数通常是格式或单位换算错误。',
  severity: 'warning',
  check(ctx, report) {
    for (const t of ctx.tables)
      for (const f of t.figures)
        if (f.parse.kind === 'number' && f.parse.decimals > 2 && f.value !== 0)
          report({
            message: `${t.id} 金额 ${f.value} 有 ${f.parse.decimals} 位小数，万元表应保留两位小数`,
            ...location(f.ref),
            table: t.id,
          });
  },
};
