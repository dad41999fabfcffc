import { formatAmount } from '../../numbers';
import { location } from '../../report';
import type { Rule } from '../../rules/rule';
import { rowAmount } from '../shared';

const CODED = ['公开02', '公开03', '公开05', '公开07', '公开08'] as const;

export const completenessDetail: Rule = {
  id: 'completeness.detail',
  title: '支出未细化到项',
  description:
    '公开02/03/05/07/08 中有数的每个类、款，其下都应列到项（7位科目）；公开06 基本支出应列到经济分类的款（5位科目）。未细化的类或款为警告。',
  severity: 'warning',
  check(ctx, report) {
    for (const id of CODED) {
      const t = ctx.coded(id);
      if (!t) continue;
      for (const r of t.rows) {
        if (r.code.length !== 3 && r.code.length !== 5) continue;
        if (!Object.values(r.values).some((f) => f.value !== 0)) continue;
        const below = t.rows.some((x) => x.code.length > r.code.length && x.code.startsWith(r.code));
        const items = t.rows.some((x) => x.code.length === 7 && x.code.startsWith(r.code));
        if (r.code.length === 5 ? items : below) continue;
        const level = r.code.length === 5 ? '款' : '类';
        report({
          message: `${id}的${level}“${r.code} ${r.name}”有数（${formatAmount(rowAmount(r))} 万元），其下没有列到项：支出应细化到项级科目`,
          topic: '细化到项',
          ...location(r.codeRef),
          table: id,
        });
      }
    }
    const e = ctx.economic();
    if (!e) return;
    for (const x of e.entries) {
      if (x.code.length !== 3 || x.figure.value === 0) continue;
      if (e.entries.some((y) => y.code.length === 5 && y.code.startsWith(x.code))) continue;
      report({
        message: `公开06的经济分类类“${x.code} ${x.name}”有数（${formatAmount(x.figure.value)} 万元），其下没有列到款：基本支出应细化到经济分类的款`,
        topic: '细化到项',
        ...location(x.codeRef),
        table: '公开06',
      });
    }
  },
};
