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
/** Room left above the average cell size seen: the rows ahead may hold longer texts than those read. */
const SAFETY = 1.5;
/** The smallest estimate of a cell: an empty cell is "", with its comma. */
const MIN_BYTES_PER_CELL = 4;
/** Cells of one sync at most, whatever their size: Excel answers a read of many more slowly, or not at all. */
const MAX_CELLS_PER_SYNC = 500_000;

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

/** The size of an answer's values as JSON in UTF-8 (each cell with its comma; "" for an empty cell). */
function answerBytes(values: unknown[][]): number {
  let bytes = 0;
  for (const row of values)
    for (const v of row)
      bytes += typeof v === 'string' ? textBytes(v) + 1 : typeof v === 'number' ? String(v).length + 1 : 6;
  return bytes;
}

/**
 * The values of every sheet's capped used range, in row blocks packed up to the budget from what the
 * answers so far weighed: a cell is taken at 1.5 times the average size of the cells read (the first
 * block, before anything is known, at 48 bytes a cell). An answer over the limit all the same (a block
 * of long texts after one of numbers) doubles the estimate and reads the blocks again (reads change
 * nothing). A 200-unit 汇总 (half a million cells, 3.6 MB of values) takes three syncs of values.
 */
async function readValues(
  context: ExcelContext,
  worksheets: ExcelContext['workbook']['worksheets']['items'],
  reads: SheetReads[],
): Promise<unknown[][][]> {
  const values: unknown[][][] = reads.map(() => []);
  let seenBytes = 0;
  let seenCells = 0;
  /** Doubled at each refusal. */
  let scale = 1;
  const perCell = () =>
    scale *
    (seenCells === 0 ? FIRST_BYTES_PER_CELL : Math.max(MIN_BYTES_PER_CELL, (SAFETY * seenBytes) / seenCells));
  let sheet = 0;
  let row = 0;
  while (sheet < reads.length) {
    const from = { sheet, row };
    const queued: Block[] = [];
    let bytes = 0;
    let cells = 0;
    while (sheet < reads.length) {
      const capped = reads[sheet].capped;
      if (capped.isNullObject || row >= capped.rowCount) {
        sheet++;
        row = 0;
        continue;
      }
      const cols = capped.columnCount;
      const room = Math.min(
        Math.floor((MAX_SYNC_BYTES - bytes - BYTES_PER_CALL) / (cols * perCell())),
        Math.floor((MAX_CELLS_PER_SYNC - cells) / cols),
      );
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
      bytes += BYTES_PER_CALL + rows * cols * perCell();
      cells += rows * cols;
      row += rows;
    }
    if (queued.length === 0) break;
    try {
      await context.sync();
    } catch (error) {
      const single = queued.length === 1 && queued[0].cells <= reads[queued[0].sheet].capped.columnCount;
      if (!isPayloadError(error) || single) throw error;
      scale *= 2; // half as many cells a block
      ({ sheet, row } = from);
      continue;
    }
    for (const b of queued) {
      for (const row of b.range.values) values[b.sheet].push(row);
      seenBytes += answerBytes(b.range.values);
      seenCells += b.cells;
    }
  }
  return values;
}
