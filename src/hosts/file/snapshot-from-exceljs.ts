/** An ExcelJS workbook (from a file on disk or an upload in the browser) as a core snapshot. */

import type ExcelJS from 'exceljs';
import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from '../../core/snapshot';
import { rawValue } from './excel-values';

interface MergeModel {
  model: { top: number; left: number; bottom: number; right: number };
}

/** A formula saved without its result (files written by programs, never opened in Excel or WPS). */
function isUncachedFormula(value: ExcelJS.CellValue): boolean {
  if (value === null || typeof value !== 'object' || !('formula' in value || 'sharedFormula' in value))
    return false;
  const result = (value as ExcelJS.CellFormulaValue).result;
  return result === undefined || result === null;
}

export function sheetSnapshot(ws: ExcelJS.Worksheet): SheetSnapshot {
  const merges: CellRange[] = Object.values(
    (ws as unknown as { _merges: Record<string, MergeModel> })._merges ?? {},
  ).map((m) => ({
    top: m.model.top - 1,
    left: m.model.left - 1,
    bottom: m.model.bottom - 1,
    right: m.model.right - 1,
  }));
  const values: CellValue[][] = [];
  const unknown: Array<[number, number]> = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged && cell.master !== cell) return;
      cells[colNumber - 1] = rawValue(cell.value);
      if (isUncachedFormula(cell.value)) unknown.push([rowNumber - 1, colNumber - 1]);
    });
    values[rowNumber - 1] = Array.from(cells, (v) => (v === undefined ? null : v));
  });
  for (let i = 0; i < values.length; i++) if (!values[i]) values[i] = [];
  const sheet: SheetSnapshot = { name: ws.name, originRow: 0, originCol: 0, values, merges };
  if (unknown.length > 0) sheet.unknown = unknown;
  return sheet;
}

export function workbookSnapshot(workbook: ExcelJS.Workbook, name: string | null): WorkbookSnapshot {
  return { name, sheets: workbook.worksheets.map(sheetSnapshot) };
}
