/** Reads every worksheet's used range (values and merges) into a core snapshot, in one Value2 read per sheet. */

import { fromA1, rangeToA1 } from '../../core/address';
import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from '../../core/snapshot';
import {
  cellAt,
  countOf,
  listWorksheets,
  numberProp,
  prop,
  sheetName,
  textProp,
  type EtCount,
  type EtRange,
  type EtWorkbook,
  type EtWorksheet,
} from './et';
import { MAX_COLUMNS, MAX_ROWS, partialReadNotice } from '../limits';

/** Above this many cells a used range is read in row blocks (a stray far-away cell can make it huge). */
const CELLS_PER_READ = 250_000;

interface UsedArea {
  /** 0-based sheet row and column of the used range's top-left cell. */
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export function readWorkbookSnapshot(
  workbook: EtWorkbook,
  skip: (name: string) => boolean,
): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = [];
  const notices: string[] = [];
  for (const sheet of listWorksheets(workbook)) {
    const name = sheetName(sheet);
    if (!skip(name)) sheets.push(readSheet(sheet, name, notices));
  }
  const snapshot: WorkbookSnapshot = { name: textProp(workbook, 'Name'), sheets };
  return notices.length ? { ...snapshot, notices } : snapshot;
}

function readSheet(sheet: EtWorksheet, name: string, notices: string[]): SheetSnapshot {
  const empty: SheetSnapshot = { name, originRow: 0, originCol: 0, values: [], merges: [] };
  const whole = prop<EtRange>(sheet, 'UsedRange');
  const full = whole ? usedArea(whole) : null;
  if (!whole || !full) return empty;
  // The same limits as the Excel host: only the first MAX_ROWS rows and MAX_COLUMNS columns of the sheet.
  const lastRow = full.row + full.rows;
  const lastCol = full.col + full.cols;
  if (lastRow > MAX_ROWS || lastCol > MAX_COLUMNS) notices.push(partialReadNotice(name, lastRow, lastCol));
  if (full.row >= MAX_ROWS || full.col >= MAX_COLUMNS) return empty;
  const area: UsedArea = {
    ...full,
    rows: Math.min(full.rows, MAX_ROWS - full.row),
    cols: Math.min(full.cols, MAX_COLUMNS - full.col),
  };
  const used =
    area.rows === full.rows && area.cols === full.cols
      ? whole
      : sheet.Range(rangeToA1(area.row, area.col, area.row + area.rows - 1, area.col + area.cols - 1));
  const values = readValues(sheet, used, area);
  const merges = readMerges(sheet, used, area).map((m) => ({
    ...m,
    bottom: Math.min(m.bottom, MAX_ROWS - 1),
    right: Math.min(m.right, MAX_COLUMNS - 1),
  }));
  return { name, originRow: area.row, originCol: area.col, values, merges };
}

function usedArea(used: EtRange): UsedArea | null {
  const row = numberProp(used, 'Row');
  const col = numberProp(used, 'Column');
  const rows = countOf(prop<EtCount>(used, 'Rows'));
  const cols = countOf(prop<EtCount>(used, 'Columns'));
  if (row !== null && col !== null && rows > 0 && cols > 0) return { row: row - 1, col: col - 1, rows, cols };
  return areaFromAddress(textProp(used, 'Address'));
}

/** '$B$3:$D$9' or '$A$1' when Row/Column/Count are not readable. */
function areaFromAddress(address: string | null): UsedArea | null {
  if (!address) return null;
  const [first, last = first] = address.replace(/^.*!/, '').split(':');
  try {
    const a = fromA1(first);
    const b = fromA1(last);
    return { row: a.row, col: a.col, rows: b.row - a.row + 1, cols: b.col - a.col + 1 };
  } catch {
    return null;
  }
}

function readValues(sheet: EtWorksheet, used: EtRange, area: UsedArea): CellValue[][] {
  if (area.rows * area.cols <= CELLS_PER_READ) return valueRows(prop(used, 'Value2'), area.rows);
  const blockRows = Math.max(1, Math.floor(CELLS_PER_READ / area.cols));
  const values: CellValue[][] = [];
  for (let top = 0; top < area.rows; top += blockRows) {
    const bottom = Math.min(area.rows, top + blockRows) - 1;
    const address = rangeToA1(area.row + top, area.col, area.row + bottom, area.col + area.cols - 1);
    values.push(...valueRows(prop(sheet.Range(address), 'Value2'), bottom - top + 1));
  }
  while (values.length > 0 && values[values.length - 1].every((v) => v === null)) values.pop();
  return values;
}

/** Value2 is a scalar for one cell, rows of values for more, undefined or null for an empty sheet. */
export function valueRows(raw: unknown, rows: number): CellValue[][] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) return [[cellValue(raw)]];
  if (raw.every((row) => Array.isArray(row))) return raw.map((row: unknown[]) => row.map(cellValue));
  // A flat list: one row, or one column read as a list.
  return rows === 1 ? [raw.map(cellValue)] : raw.map((v) => [cellValue(v)]);
}

function cellValue(v: unknown): CellValue {
  if (v === undefined || v === null) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

/**
 * Merged ranges: MergeCells is false when a range holds no merge, so only the rows that do are scanned
 * cell by cell (in a 决算 table, the title and header rows).
 */
function readMerges(sheet: EtWorksheet, used: EtRange, area: UsedArea): CellRange[] {
  const whole = prop<unknown>(used, 'MergeCells');
  if (whole !== true && whole !== null) return [];
  const merges: CellRange[] = [];
  const covered = new Set<string>();
  for (let r = area.row; r < area.row + area.rows; r++) {
    const rowRange = sheet.Range(rangeToA1(r, area.col, r, area.col + area.cols - 1));
    if (prop<unknown>(rowRange, 'MergeCells') === false) continue;
    for (let c = area.col; c < area.col + area.cols; c++) {
      if (covered.has(`${r},${c}`)) continue;
      const cell = cellAt(sheet, r, c);
      if (prop<unknown>(cell, 'MergeCells') !== true) continue;
      const merge = mergeOf(prop<EtRange>(cell, 'MergeArea'));
      if (!merge) continue;
      merges.push(merge);
      for (let mr = merge.top; mr <= merge.bottom; mr++)
        for (let mc = merge.left; mc <= merge.right; mc++) covered.add(`${mr},${mc}`);
    }
  }
  return merges;
}

function mergeOf(area: EtRange | undefined): CellRange | null {
  if (!area) return null;
  const a = usedArea(area);
  if (!a || (a.rows === 1 && a.cols === 1)) return null;
  return { top: a.row, left: a.col, bottom: a.row + a.rows - 1, right: a.col + a.cols - 1 };
}
