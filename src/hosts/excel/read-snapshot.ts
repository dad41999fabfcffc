/**
 * Every sheet's used range (values only) in two syncs whatever the number of sheets: the sheet names
 * first, then every sheet's range queued before the second sync.
 */

import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from '../../core/snapshot';
import { parseAreas } from './addresses';
import type { ExcelCapabilities } from './capabilities';
import { MAX_COLUMNS, MAX_ROWS, partialReadNotice } from '../limits';
import type { ExcelContext, RangeAreasLike, RangeLike } from './office-types';

// A stray value far away must not make us load millions of empty cells (5 MB per sync on the web).
export { MAX_COLUMNS, MAX_ROWS } from '../limits';

export interface ExcelSnapshot {
  snapshot: WorkbookSnapshot;
  /** Chinese messages for the user: sheets that were read only in part. */
  notices: string[];
}

interface SheetReads {
  name: string;
  full: RangeLike;
  capped: RangeLike;
  merged: RangeAreasLike | null;
}

function cellValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

function clip(r: CellRange): CellRange | null {
  if (r.top >= MAX_ROWS || r.left >= MAX_COLUMNS) return null;
  return { ...r, bottom: Math.min(r.bottom, MAX_ROWS - 1), right: Math.min(r.right, MAX_COLUMNS - 1) };
}

function sheetFrom(reads: SheetReads, notices: string[]): SheetSnapshot {
  const merges = reads.merged && !reads.merged.isNullObject ? parseAreas(reads.merged.address) : [];
  const base = { name: reads.name, merges: merges.map(clip).filter((m): m is CellRange => m !== null) };
  if (reads.full.isNullObject) return { ...base, originRow: 0, originCol: 0, values: [] };
  const lastRow = reads.full.rowIndex + reads.full.rowCount;
  const lastCol = reads.full.columnIndex + reads.full.columnCount;
  if (lastRow > MAX_ROWS || lastCol > MAX_COLUMNS)
    notices.push(partialReadNotice(reads.name, lastRow, lastCol));
  if (reads.capped.isNullObject) return { ...base, originRow: 0, originCol: 0, values: [] };
  return {
    ...base,
    originRow: reads.capped.rowIndex,
    originCol: reads.capped.columnIndex,
    values: reads.capped.values.map((row) => row.map(cellValue)),
  };
}

export async function readSnapshot(
  context: ExcelContext,
  capabilities: ExcelCapabilities,
): Promise<ExcelSnapshot> {
  const { workbook } = context;
  workbook.load('name'); // ExcelApi 1.7
  workbook.worksheets.load('items/name'); // ExcelApi 1.1
  await context.sync();

  const reads: SheetReads[] = workbook.worksheets.items.map((ws) => {
    // getUsedRangeOrNullObject(true): values only, so formatted empty cells do not count (1.4).
    const full = ws.getUsedRangeOrNullObject(true);
    full.load('rowIndex,columnIndex,rowCount,columnCount');
    // The used cells inside the cap window: a null object when the window holds none (1.4, 1.7).
    const window = ws.getRangeByIndexes(0, 0, MAX_ROWS, MAX_COLUMNS);
    const capped = window.getUsedRangeOrNullObject(true);
    capped.load('values,rowIndex,columnIndex');
    // Merged areas only where the set exists (ExcelApi 1.13).
    const merged = capabilities.merges ? window.getMergedAreasOrNullObject() : null;
    merged?.load('address');
    return { name: ws.name, full, capped, merged };
  });
  await context.sync();

  const notices: string[] = [];
  const sheets = reads.map((r) => sheetFrom(r, notices));
  return { snapshot: { name: workbook.name || null, sheets }, notices };
}
