/**
 * A worksheet of the in-memory workbook as rows of display cells for the page's grid: text, fill, note,
 * merges. Pure, so it is tested in Node; the grid component only renders it.
 */

import type ExcelJS from 'exceljs';
import { columnLetters, toA1 } from '../../../core/address';
import { rawValue } from '../../file/excel-values';
import { fillHex, noteText } from '../workbook-model';

/** Beyond this the page shows a notice: a disclosure table is a few hundred rows at most. */
export const MAX_GRID_ROWS = 1000;
export const MAX_GRID_COLS = 40;

export interface GridCell {
  address: string;
  text: string;
  numeric: boolean;
  fill: string | null;
  note: string | null;
  rowSpan: number;
  colSpan: number;
}

export interface GridRow {
  /** 1-based row number as Excel shows it. */
  number: number;
  /** Cells in column order; cells covered by a merge are left out. */
  cells: GridCell[];
}

export interface GridView {
  columns: string[];
  rows: GridRow[];
  truncated: boolean;
}

function displayText(cell: ExcelJS.Cell): { text: string; numeric: boolean } {
  const v = rawValue(cell.value);
  if (v === null) return { text: '', numeric: false };
  if (typeof v === 'number') {
    const decimals = /0\.(0+)/.exec(cell.numFmt ?? '');
    const text = decimals ? v.toFixed(decimals[1].length) : String(v);
    return { text, numeric: true };
  }
  if (typeof v === 'boolean') return { text: v ? 'TRUE' : 'FALSE', numeric: false };
  return { text: v, numeric: false };
}

export function buildGridView(ws: ExcelJS.Worksheet): GridView {
  const rowCount = Math.min(Math.max(ws.rowCount, 1), MAX_GRID_ROWS);
  const colCount = Math.min(Math.max(ws.columnCount, 1), MAX_GRID_COLS);
  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  const merges =
    (ws as unknown as { _merges: Record<string, { model: Record<string, number> }> })._merges ?? {};
  for (const m of Object.values(merges)) {
    const { top, left, bottom, right } = m.model;
    spans.set(toA1(top - 1, left - 1), {
      rowSpan: Math.min(bottom, rowCount) - top + 1,
      colSpan: Math.min(right, colCount) - left + 1,
    });
    for (let r = top; r <= bottom; r++)
      for (let c = left; c <= right; c++) if (r !== top || c !== left) covered.add(toA1(r - 1, c - 1));
  }
  const rows: GridRow[] = [];
  for (let r = 1; r <= rowCount; r++) {
    const cells: GridCell[] = [];
    const row = ws.getRow(r);
    for (let c = 1; c <= colCount; c++) {
      const address = toA1(r - 1, c - 1);
      if (covered.has(address)) continue;
      const cell = row.getCell(c);
      const span = spans.get(address) ?? { rowSpan: 1, colSpan: 1 };
      cells.push({
        address,
        ...displayText(cell),
        fill: fillHex(cell.fill),
        note: noteText(cell.note),
        ...span,
      });
    }
    rows.push({ number: r, cells });
  }
  const columns = Array.from({ length: colCount }, (_, c) => columnLetters(c));
  return { columns, rows, truncated: ws.rowCount > MAX_GRID_ROWS || ws.columnCount > MAX_GRID_COLS };
}
