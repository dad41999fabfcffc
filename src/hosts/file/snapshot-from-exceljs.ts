/** An ExcelJS workbook (from a file on disk or an upload in the browser) as a core snapshot. */

import type ExcelJS from 'exceljs';
import { MAX_COLUMNS, MAX_ROWS } from '../../core/limits';
import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from '../../core/snapshot';
import { partialReadNotice } from '../limits';
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

/**
 * The sheet's values, its first MAX_ROWS rows and MAX_COLUMNS columns: a stray value far away (XFD1048576)
 * is left out, and a notice says so, as in the Excel and WPS hosts.
 */
function readSheet(ws: ExcelJS.Worksheet, notices: string[]): SheetSnapshot {
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
  let lastRow = 0;
  let lastCol = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged && cell.master !== cell) return;
      lastRow = Math.max(lastRow, rowNumber);
      lastCol = Math.max(lastCol, colNumber);
      if (rowNumber > MAX_ROWS || colNumber > MAX_COLUMNS) return;
      cells[colNumber - 1] = rawValue(cell.value);
      if (isUncachedFormula(cell.value)) unknown.push([rowNumber - 1, colNumber - 1]);
    });
    if (rowNumber <= MAX_ROWS) values[rowNumber - 1] = Array.from(cells, (v) => (v === undefined ? null : v));
  });
  for (let i = 0; i < values.length; i++) if (!values[i]) values[i] = [];
  if (lastRow > MAX_ROWS || lastCol > MAX_COLUMNS) notices.push(partialReadNotice(ws.name, lastRow, lastCol));
  const sheet: SheetSnapshot = {
    name: ws.name,
    originRow: 0,
    originCol: 0,
    values,
    merges: merges.filter((m) => m.top < MAX_ROWS && m.left < MAX_COLUMNS),
  };
  if (unknown.length > 0) sheet.unknown = unknown;
  return sheet;
}

export function sheetSnapshot(ws: ExcelJS.Worksheet): SheetSnapshot {
  return readSheet(ws, []);
}

export function workbookSnapshot(workbook: ExcelJS.Workbook, name: string | null): WorkbookSnapshot {
  const notices: string[] = [];
  const sheets = workbook.worksheets.map((ws) => readSheet(ws, notices));
  return notices.length > 0 ? { name, sheets, notices } : { name, sheets };
}

/** The visible and the hidden (hidden or very hidden) sheets apart, with what reading them had to leave out. */
export function sheetsByVisibility(workbook: ExcelJS.Workbook): {
  visible: SheetSnapshot[];
  hidden: Array<{ sheet: SheetSnapshot; veryHidden: boolean }>;
  notices: string[];
} {
  const notices: string[] = [];
  const visible: SheetSnapshot[] = [];
  const hidden: Array<{ sheet: SheetSnapshot; veryHidden: boolean }> = [];
  for (const ws of workbook.worksheets) {
    const sheet = readSheet(ws, notices);
    if (ws.state === 'hidden' || ws.state === 'veryHidden')
      hidden.push({ sheet, veryHidden: ws.state === 'veryHidden' });
    else visible.push(sheet);
  }
  return { visible, hidden, notices };
}
