import { CODED_COLUMNS } from '../recognition/coded';
import type { CodedRow, CodedTable, Figure } from '../tables/model';
import { checkSum } from './relations';
import { columnLabel, rowLabel } from './lookup';
import type { Rule } from './rule';

/** The total column of each coded table and the columns that add up to it. */
function parts(t: CodedTable): { total: string; parts: string[] } | null {
  // A "其中" column is part of its parent, no addend of the row.
  const keys = (CODED_COLUMNS[t.id] ?? [])
    .map((s) => s.key)
    .filter((k) => t.columns.some((c) => c.key === k && !c.partOf));
  if (!keys.includes('total')) return null;
  const partKeys =
    t.id === '公开07'
      ? keys.filter((k) => k === 'basic' || k === 'project')
      : keys.filter((k) => k !== 'total');
  return partKeys.length > 0 ? { total: 'total', parts: partKeys } : null;
}

export const sumRow: Rule = {
  id: 'sum.row',
  title: '行内合计不等于各列之和',
  description:
    '公开02/03/05/07/08 每一行：本年收入合计 = 各项收入之和；本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出；小计 = 基本支出 + 项目支出。',
  severity: 'error',
  check(ctx, report) {
    for (const id of ['公开02', '公开03', '公开05', '公开07', '公开08'] as const) {
      const t = ctx.coded(id);
      if (!t) continue;
      const spec = parts(t);
      if (!spec) continue;
      const partsLabel = spec.parts.map((k) => columnLabel(t, k)).join('、');
      const rows: Array<{ row: CodedRow | null; values: Record<string, Figure> }> = [];
      if (t.total) rows.push({ row: null, values: t.total.values });
      for (const r of t.rows as CodedRow[]) rows.push({ row: r, values: r.values });
      for (const r of rows)
        checkSum(
          report,
          id,
          () => `${id} ${r.row ? rowLabel(r.row) : '合计行'} ${columnLabel(t, spec.total)}`,
          r.values[spec.total],
          spec.parts.map((k) => r.values[k]),
          partsLabel,
        );
    }
  },
};
