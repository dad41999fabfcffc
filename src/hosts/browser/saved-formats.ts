/**
 * The original fill and note of every cell 勾稽 painted, kept in a very-hidden sheet of the workbook itself,
 * so that 清除标记 restores them exactly even after the workbook was saved and opened again.
 */

import type ExcelJS from 'exceljs';
import { ORIGINALS_SHEET, type BrowserWorkbook } from './workbook-model';

export interface SavedFormat {
  sheet: string;
  cell: string;
  /** The cell's own fill as JSON, '' when it had none. */
  fill: string;
  /** The cell's own note as JSON, '' when it had none. */
  note: string;
}

const HEADER = ['工作表', '单元格', '原填充', '原批注'];

export function readSavedFormats(model: BrowserWorkbook): SavedFormat[] {
  const ws = model.sheet(ORIGINALS_SHEET);
  if (!ws) return [];
  const saved: SavedFormat[] = [];
  ws.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const text = (i: number) => {
      const v = row.getCell(i).value;
      return v === null || v === undefined ? '' : String(v);
    };
    if (text(1) && text(2)) saved.push({ sheet: text(1), cell: text(2), fill: text(3), note: text(4) });
  });
  return saved;
}

export function writeSavedFormats(model: BrowserWorkbook, saved: readonly SavedFormat[]): void {
  const old = model.sheet(ORIGINALS_SHEET);
  if (old) model.workbook.removeWorksheet(old.id);
  if (saved.length === 0) return;
  const ws = model.workbook.addWorksheet(ORIGINALS_SHEET);
  ws.state = 'veryHidden';
  ws.addRow(HEADER);
  for (const s of saved) ws.addRow([s.sheet, s.cell, s.fill, s.note]);
}

export function captureFormat(sheet: string, cell: ExcelJS.Cell): SavedFormat {
  const fill = cell.fill as ExcelJS.Fill | undefined;
  const note = cell.note as unknown;
  return {
    sheet,
    cell: cell.address,
    fill: fill ? JSON.stringify(fill) : '',
    note: note === undefined || note === null || note === '' ? '' : JSON.stringify(note),
  };
}

export function restoreFormat(cell: ExcelJS.Cell, saved: SavedFormat): void {
  // Cells read from a file share style objects: give the cell its own style before changing it.
  const style: Partial<ExcelJS.Style> = { ...cell.style };
  if (saved.fill) style.fill = JSON.parse(saved.fill) as ExcelJS.Fill;
  else delete style.fill;
  cell.style = style;
  // ExcelJS turns `note = undefined` into an empty note: a cell that had none gets its note removed.
  const mutable = cell as unknown as { note: unknown; _comment?: unknown };
  if (saved.note) mutable.note = JSON.parse(saved.note);
  else delete mutable._comment;
}
