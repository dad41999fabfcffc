import { location } from '../report';
import { labelKey } from '../text';
import type { CodedRow, TableId } from '../tables/model';
import type { Rule } from './rule';

export const codeNameConsistency: Rule = {
  id: 'code.name-consistency',
  title: '同一科目代码在不同表中名称不同',
  description: '同一功能分类科目代码在公开02/03/05/07/08 中的科目名称应完全一致（全角、半角括号视为相同）。',
  severity: 'warning',
  check(ctx, report) {
    const first = new Map<string, { row: CodedRow; table: TableId }>();
    for (const id of ['公开02', '公开03', '公开05', '公开07', '公开08'] as const) {
      const t = ctx.coded(id);
      if (!t) continue;
      for (const r of t.rows) {
        if (!r.name) continue;
        const earlier = first.get(r.code);
        if (!earlier) {
          first.set(r.code, { row: r, table: id });
          continue;
        }
        if (earlier.table === id || labelKey(earlier.row.name) === labelKey(r.name)) continue;
        report({
          message: `${id} 科目 ${r.code} 名称为“${r.name}”，${earlier.table} 中为“${earlier.row.name}”`,
          ...location(r.nameRef),
          related: [location(earlier.row.nameRef)],
          table: id,
        });
      }
    }
  },
};
