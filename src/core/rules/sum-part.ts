import type { CodedRow, Figure } from '../tables/model';
import { checkAtLeast } from './relations';
import { columnLabel, rowLabel } from './lookup';
import type { Rule } from './rule';

/** "其中" columns (事业收入 其中：教育收费, 项目支出 其中：基本建设资金支出): no more than the column they are part of. */
export const sumPart: Rule = {
  id: 'sum.part',
  title: '“其中”数大于其所属栏目',
  description:
    '表中“其中”栏（如事业收入 其中：教育收费，项目支出 其中：基本建设资金支出）是所属栏目的一部分，不计入行合计；每一行的“其中”数不应大于所属栏目。',
  severity: 'error',
  check(ctx, report) {
    for (const id of ['公开02', '公开03', '公开05', '公开07', '公开08'] as const) {
      const t = ctx.coded(id);
      if (!t) continue;
      for (const part of t.columns) {
        if (!part.partOf || !t.columns.some((c) => c.key === part.partOf)) continue;
        const parent = part.partOf;
        const rows: Array<{ label: string; values: Record<string, Figure> }> = [];
        if (t.total) rows.push({ label: '合计行', values: t.total.values });
        for (const r of t.rows as CodedRow[]) rows.push({ label: rowLabel(r), values: r.values });
        for (const r of rows)
          if (r.values[parent] && r.values[part.key])
            checkAtLeast(
              report,
              id,
              `${id} ${r.label} ${columnLabel(t, parent)}`,
              r.values[parent],
              r.values[part.key],
              columnLabel(t, part.key),
            );
      }
    }
  },
};
