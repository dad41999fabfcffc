/**
 * Every sheet's used range (values only): the sheet names first, then every sheet's used range and
 * merges, then the values in row blocks, as many blocks a sync as stay under the payload budget (three
 * syncs for a department's workbook; a 汇总 of many units takes one more for each 4 MB of values).
 */

import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from '../../core/snapshot';
import { parseAreas } from './addresses';
import type { ExcelCapabilities } from './capabilities';
import { MAX_COLUMNS, MAX_ROWS, partialReadNotice } from '../limits';
import type { ExcelContext, RangeAreasLike, RangeLike } from './office-types';
import { BYTES_PER_CALL, MAX_SYNC_BYTES, isPayloadError, textBytes } from './payload';

/** The first guess of a cell's size in the answer (JSON, UTF-8), before any value was seen. */
const FIRST_BYTES_PER_CELL = 48;

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
  /** The used range within the cap window: where the values are read, in row blocks. */
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

function sheetFrom(reads: SheetReads, values: unknown[][], notices: string[]): SheetSnapshot {
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
    values: values.map((row) => row.map(cellValue)),
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
    capped.load('rowIndex,columnIndex,rowCount,columnCount');
    // Merged areas only where the set exists (ExcelApi 1.13).
    const merged = capabilities.merges ? window.getMergedAreasOrNullObject() : null;
    merged?.load('address');
    return { name: ws.name, full, capped, merged };
  });
  await context.sync();

  const values = await readValues(context, workbook.worksheets.items, reads);
  const notices: string[] = [];
  const sheets = reads.map((r, i) => sheetFrom(r, values[i], notices));
  return { snapshot: { name: workbook.name || null, sheets }, notices };
}

interface Block {
  sheet: number;
  cells: number;
  range: RangeLike;
}

/** The size of the largest cell of an answer (JSON, UTF-8, with its comma). */
function largestCell(values: unknown[][]): number {
  let largest = 0;
  for (const row of values)
    for (const v of row) if (typeof v === 'string') largest = Math.max(largest, textBytes(v) + 1);
  return largest;
}

/**
 * The values of every sheet's capped used range, in row blocks sized so that each sync's answer stays
 * under the budget. A cell is taken as large as the largest one seen so far (a column of long texts
 * next to numbers must not overflow); an answer over the limit halves the blocks and reads them again
 * (reads change nothing).
 */
async function readValues(
  context: ExcelContext,
  worksheets: ExcelContext['workbook']['worksheets']['items'],
  reads: SheetReads[],
): Promise<unknown[][][]> {
  const values: unknown[][][] = reads.map(() => []);
  let perCell = FIRST_BYTES_PER_CELL;
  let sheet = 0;
  let row = 0;
  while (sheet < reads.length) {
    const from = { sheet, row };
    const queued: Block[] = [];
    let bytes = 0;
    while (sheet < reads.length) {
      const capped = reads[sheet].capped;
      if (capped.isNullObject || row >= capped.rowCount) {
        sheet++;
        row = 0;
        continue;
      }
      const cols = capped.columnCount;
      const room = Math.floor((MAX_SYNC_BYTES - bytes - BYTES_PER_CALL) / (cols * perCell));
      if (room < 1 && queued.length > 0) break;
      const rows = Math.max(1, Math.min(capped.rowCount - row, room));
      const range = worksheets[sheet].getRangeByIndexes(
        capped.rowIndex + row,
        capped.columnIndex,
        rows,
        cols,
      ); // 1.7
      range.load('values');
      queued.push({ sheet, cells: rows * cols, range });
      bytes += BYTES_PER_CALL + rows * cols * perCell;
      row += rows;
    }
    if (queued.length === 0) break;
    try {
      await context.sync();
    } catch (error) {
      const single = queued.length === 1 && queued[0].cells <= reads[queued[0].sheet].capped.columnCount;
      if (!isPayloadError(error) || single) throw error;
      perCell *= 2; // half as many cells a block
      ({ sheet, row } = from);
      continue;
    }
    for (const b of queued) {
      values[b.sheet].push(...b.range.values);
      perCell = Math.max(perCell, largestCell(b.range.values));
    }
  }
  return values;
}
