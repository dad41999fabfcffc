/** What each value cell of the recognised tables is, in words: "2080505 机关事业单位基本养老保险缴费支出 小计". */

import { columnLabel, nameKey, rowLabel } from '../rules/lookup';
import type { Figure, Table, TableId } from '../tables/model';
import { THREE_COST_LABELS, type ThreeCostKey } from '../tables/model';
import type { CellSet } from './cell-set';
import { cellKey } from './relation';

export interface CellLabel {
  table: TableId;
  label: string;
}

function headerTail(header: string): string {
  return header.split('/').pop() ?? header;
}

/**
 * The words of the `wanted` cells (a message names only a few cells: labelling every cell of a unit cost more
 * than the whole cause pass). The first figure read at a cell gives its label.
 */
export function cellLabels(tables: Table[], wanted: CellSet): Map<string, CellLabel> {
  const labels = new Map<string, CellLabel>();
  const wants = (f: Figure | null | undefined): f is Figure => !!f && wanted.has(f.ref);
  const put = (table: TableId, f: Figure, label: string) => {
    const key = cellKey(f.ref);
    if (!labels.has(key)) labels.set(key, { table, label: label.replace(/\s+/g, ' ').trim() });
  };
  for (const t of tables) {
    if (t.kind === 'coded') {
      for (const c of t.columns) {
        let column: string | null = null;
        const label = (row: string) => `${row} ${(column ??= columnLabel(t, c.key))}`;
        const total = t.total?.values[c.key];
        if (wants(total)) put(t.id, total, label('合计'));
        for (const r of t.rows) {
          const f = r.values[c.key];
          if (wants(f)) put(t.id, f, label(rowLabel(r)));
        }
      }
    } else if (t.kind === 'summary') {
      for (const [lines, columns] of [
        [t.income, t.incomeColumns],
        [t.expense, t.expenseColumns],
      ] as const)
        for (const l of lines)
          for (const c of columns) {
            const f = l.values[c.key];
            if (wants(f))
              put(t.id, f, `${nameKey(l.label)}${columns.length > 1 ? ' ' + headerTail(c.header) : ''}`);
          }
    } else if (t.kind === 'economic') {
      for (const e of t.entries) if (wants(e.figure)) put(t.id, e.figure, `${e.code} ${e.name}`);
      if (wants(t.personnelTotal)) put(t.id, t.personnelTotal, '人员经费合计');
      if (wants(t.publicTotal)) put(t.id, t.publicTotal, '公用经费合计');
    } else {
      for (const [side, label] of [
        [t.budget, '预算数'],
        [t.actual, '决算数'],
      ] as const)
        for (const [k, f] of Object.entries(side))
          if (wants(f)) put(t.id, f, `${label} ${THREE_COST_LABELS[k as ThreeCostKey]}`);
    }
  }
  return labels;
}
