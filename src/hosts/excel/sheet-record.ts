/**
 * The Excel add-in's record of originals in the very hidden sheet gouji_state, in the layout the WPS
 * add-in reads and writes (src/hosts/wps/record-layout.ts): one record both hosts clear. A sheet has no
 * size cap (document settings hold 2 MB in all); the record is read and written in chunks, in syncs
 * under the payload budget (payload.ts).
 *
 * Fills go in ET's form (BGR colours, XlPattern constants) for WPS, and as Excel read them in
 * `excelFill`, so that Excel restores tints and pattern colours exactly.
 */

import { NOTE_PREFIX } from '../../core/marks';
import { WPS_STATE_SHEET } from '../own-sheets';
import { bgrFromHex, hexFromBgr } from '../wps/color';
import {
  CHUNK_SIZE,
  ET_PATTERNS,
  FORMAT_MARKER,
  joinChunks,
  RECORD_ROWS,
  recordCells,
  splitChunks,
  XL_NONE,
  type RecordCell,
  type RecordFill,
} from '../wps/record-layout';
import type { ExcelContext, RangeLike, WorksheetLike } from './office-types';
import { BYTES_PER_CALL, readInPages, textBytes, type Payload } from './payload';
import { isMarkFill, NO_FILL, type SavedCell, type SavedFill, type SavedMarks } from './saved-marks';

const ROW = RECORD_ROWS.originals - 1; // 0-based
/** A chunk in a request or an answer: Chinese at most, three bytes a character, and its frame. */
const CHUNK_BYTES = 3 * CHUNK_SIZE + 100;

/** ExcelApi 1.1: visibility is settable; not in the narrower WorksheetLike. */
interface StateSheetLike extends WorksheetLike {
  visibility: string;
  delete(): void;
}
type ValuesRange = RangeLike & { values: unknown[][] };

const PATTERN_NAMES = new Map(Object.entries(ET_PATTERNS).map(([name, n]) => [n, name]));

/** A fill as the record keeps it: ET's form, no fill as xlNone. */
export function recordFill(fill: SavedFill): RecordFill {
  if (fill.pattern === 'None') return { color: 0xffffff, pattern: XL_NONE, colorIndex: XL_NONE };
  return { color: bgrFromHex(fill.color), pattern: ET_PATTERNS[fill.pattern] ?? 1, colorIndex: null };
}

function isSavedFill(v: unknown): v is SavedFill {
  const f = v as SavedFill | null;
  return (
    Boolean(f) &&
    typeof f!.pattern === 'string' &&
    typeof f!.color === 'string' &&
    /^#[0-9A-F]{6}$/i.test(f!.color)
  );
}

/** The fill Excel restores: its own reading when it wrote the cell, else WPS's fill in Excel's terms. */
export function excelFillOf(c: RecordCell): SavedFill {
  if (isSavedFill(c.excelFill)) return c.excelFill;
  const { color, pattern, colorIndex } = c.fill;
  const none =
    pattern === XL_NONE ||
    colorIndex === XL_NONE ||
    typeof color !== 'number' ||
    (pattern === null && colorIndex === null && color === 0xffffff);
  if (none) return NO_FILL;
  const name = (pattern !== null && PATTERN_NAMES.get(pattern)) || 'Solid';
  return { pattern: name === 'None' ? 'Solid' : name, color: hexFromBgr(color) };
}

function toSaved(c: RecordCell): SavedCell {
  const saved: SavedCell = {
    fill: excelFillOf(c),
    note: typeof c.note === 'string' ? c.note : null,
    mark: hexFromBgr(c.paintedColor),
  };
  if (typeof c.paintedNote === 'string') saved.paintedNote = c.paintedNote;
  return saved;
}

/** The record's cells in the shared layout. */
export function recordOf(marks: SavedMarks): { v: 1; cells: RecordCell[] } {
  const cells: RecordCell[] = [];
  for (const [sheet, bySheet] of Object.entries(marks.cells))
    for (const [cell, c] of Object.entries(bySheet))
      cells.push({
        sheet,
        cell,
        fill: recordFill(c.fill),
        note: c.note,
        paintedColor: bgrFromHex(c.mark),
        // Never '': WPS puts the user's note back over any note that ends with it.
        paintedNote: c.paintedNote || NOTE_PREFIX,
        excelFill: c.fill,
      });
  return { v: 1, cells };
}

/** Where the record is: the sheet (a null object when the workbook has none) and the width of its row. */
export interface SheetRecord {
  /** null when the workbook has no gouji_state sheet (yet). */
  sheet: WorksheetLike | null;
  /** Columns of row 2 in use (key, count and chunks); 0 when there is no record. */
  width: number;
  marks: SavedMarks;
  /** Does the sheet hold another record (row 3: the WPS add-in's document state)? */
  holdsOther: boolean;
}

/** Queued with the first batch: the sheet (ExcelApi 1.4). */
export function queueStateSheet(ctx: ExcelContext): WorksheetLike {
  const sheet = ctx.workbook.worksheets.getItemOrNullObject(WPS_STATE_SHEET);
  sheet.load('name');
  return sheet;
}

/** After the first sync: the record of originals, read in pages; empty when there is none or it is damaged. */
export async function readSheetRecord(sheet: WorksheetLike, payload: Payload): Promise<SheetRecord> {
  if (sheet.isNullObject)
    return { sheet: null, width: 0, marks: { version: 1, cells: {} }, holdsOther: false };
  // Rows 2 and 3: the key and count of this record, and whether another record follows.
  const head = sheet.getRangeByIndexes(ROW, 0, 2, 2); // ExcelApi 1.7
  head.load('values');
  await payload.sendReads(3 * BYTES_PER_CALL);
  const holdsOther = ![null, undefined, ''].includes(head.values[1]?.[0] as string);
  const empty: SheetRecord = { sheet, width: 0, marks: { version: 1, cells: {} }, holdsOther };
  const [key, count] = head.values[0] ?? [];
  if (key !== 'originals' || typeof count !== 'number' || !Number.isInteger(count) || count < 1) return empty;
  const pages: RangeLike[] = [];
  await readInPages(
    payload,
    count,
    () => BYTES_PER_CALL + CHUNK_BYTES,
    (from, to) => {
      const range = sheet.getRangeByIndexes(ROW, 2 + from, 1, to - from);
      range.load('values');
      pages.push(range);
    },
  );
  const text = joinChunks(pages.flatMap((p) => p.values[0] ?? []));
  const width = count + 2;
  if (text === null) return { ...empty, width };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ...empty, width };
  }
  const marks: SavedMarks = { version: 1, cells: {} };
  for (const c of recordCells(parsed))
    if (typeof c.paintedColor === 'number') (marks.cells[c.sheet] ??= {})[c.cell] = toSaved(c);
  return { sheet, width, marks, holdsOther };
}

/**
 * Queue the record's writes: the sheet first when the workbook has none (very hidden, after the last
 * sheet, not activated), then the chunks, then the key and count, then the leftover of a longer record
 * emptied. Returns the width of the row now.
 */
export async function queueWriteSheetRecord(
  ctx: ExcelContext,
  record: SheetRecord,
  payload: Payload,
  marks: SavedMarks,
): Promise<number> {
  let sheet = record.sheet;
  if (!sheet) {
    await payload.reserve(6 * BYTES_PER_CALL + FORMAT_MARKER.length);
    sheet = ctx.workbook.worksheets.add(WPS_STATE_SHEET); // ExcelApi 1.1
    (sheet.getRange('A1') as ValuesRange).values = [[FORMAT_MARKER]];
    (sheet as StateSheetLike).visibility = 'VeryHidden'; // ExcelApi 1.1
    record.sheet = sheet;
  }
  const chunks = splitChunks(JSON.stringify(recordOf(marks)));
  for (let i = 0; i < chunks.length; i++) {
    await payload.reserve(2 * BYTES_PER_CALL + textBytes(chunks[i]));
    (sheet.getRangeByIndexes(ROW, 2 + i, 1, 1) as ValuesRange).values = [[chunks[i]]];
  }
  await payload.reserve(2 * BYTES_PER_CALL + 20);
  (sheet.getRangeByIndexes(ROW, 0, 1, 2) as ValuesRange).values = [['originals', chunks.length]];
  const width = chunks.length + 2;
  await queueEmpty(sheet, payload, width, record.width);
  record.width = width;
  return width;
}

/**
 * Queue the record's removal (the same again if the batch must be sent again): the sheet goes when it holds nothing else and the structure may change
 * (made hidden first: Excel refuses to delete a very hidden sheet); else its row is emptied, as the WPS
 * add-in leaves it when every cell is restored.
 */
export async function queueClearSheetRecord(
  record: SheetRecord,
  payload: Payload,
  mayDeleteSheet: boolean,
): Promise<void> {
  const sheet = record.sheet as StateSheetLike | null;
  if (!sheet) return;
  if (mayDeleteSheet && !record.holdsOther) {
    await payload.reserve(3 * BYTES_PER_CALL);
    sheet.visibility = 'Hidden'; // ExcelApi 1.1
    sheet.delete(); // ExcelApi 1.1
  } else await queueEmpty(sheet, payload, 0, record.width);
}

async function queueEmpty(sheet: WorksheetLike, payload: Payload, from: number, to: number): Promise<void> {
  if (to <= from) return;
  await payload.reserve(2 * BYTES_PER_CALL + 3 * (to - from));
  (sheet.getRangeByIndexes(ROW, from, 1, to - from) as ValuesRange).values = [new Array(to - from).fill('')];
}

/**
 * The originals of both records: the settings record of older versions, then gouji_state. A cell in both
 * was marked again over an older mark, which was then taken for the user's fill: the older original is
 * the user's.
 */
export function mergeRecords(older: SavedMarks, current: SavedMarks): SavedMarks {
  const merged: SavedMarks = { version: 1, cells: {} };
  for (const [sheet, cells] of Object.entries(older.cells)) merged.cells[sheet] = { ...cells };
  for (const [sheet, cells] of Object.entries(current.cells))
    for (const [cell, c] of Object.entries(cells)) {
      const old = merged.cells[sheet]?.[cell];
      (merged.cells[sheet] ??= {})[cell] =
        old && isMarkFill(c.fill, old.mark) ? { ...old, mark: c.mark, paintedNote: c.paintedNote } : c;
    }
  return merged;
}
