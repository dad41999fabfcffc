/** What each value cell of the recognised tables is, in words: "2080505 机关事业单位基本养老保险缴费支出 小计". */

import { columnLabel, nameKey, rowLabel } from '../rules/lookup';
import type { Figure, Table, TableId } from '../tables/model';
import { THREE_COST_LABELS, type ThreeCostKey } from '../tables/model';
import { cellKey } from './relation';

export interface CellLabel {
  table: TableId;
  label: string;
}

function headerTail(header: string): string {
  return header.split('/').pop() ?? header;
}

export function cellLabels(tables: Table[]): Map<string, CellLabel> {
  const labels = new Map<string, CellLabel>();
  const put = (table: TableId, f: Figure | null | undefined, label: string) => {
    const key = f && cellKey(f.ref);
    if (key && !labels.has(key)) labels.set(key, { table, label: label.replace(/\s+/g, ' ').trim() });
  };
  for (const t of tables) {
    if (t.kind === 'coded') {
      for (const c of t.columns) {
        const column = columnLabel(t, c.key);
        if (t.total) put(t.id, t.total.values[c.key], `合计 ${column}`);
        for (const r of t.rows) put(t.id, r.values[c.key], `${rowLabel(r)} ${column}`);
      }
    } else if (t.kind === 'summary') {
      for (const [lines, columns] of [
        [t.income, t.incomeColumns],
        [t.expense, t.expenseColumns],
      ] as const)
        for (const l of lines)
          for (const c of columns)
            put(
              t.id,
              l.values[c.key],
              `${nameKey(l.label)}${columns.length > 1 ? ' ' + headerTail(c.header) : ''}`,
            );
    } else if (t.kind === 'economic') {
      for (const e of t.entries) put(t.id, e.figure, `${e.code} ${e.name}`);
      put(t.id, t.personnelTotal, '人员经费合计');
      put(t.id, t.publicTotal, '公用经费合计');
    } else {
      for (const [side, label] of [
        [t.budget, '预算数'],
        [t.actual, '决算数'],
      ] as const)
        for (const [k, f] of Object.entries(side))
          put(t.id, f, `${label} ${THREE_COST_LABELS[k as ThreeCostKey]}`);
    }
  }
  return labels;
}
