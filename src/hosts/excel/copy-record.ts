/**
 * The record an annotated copy carries (made by the command line or the browser page, src/export/patch-xlsx):
 * a very hidden sheet 勾稽_原格式 with each marked cell's own fill and note, as the browser page saves them
 * (src/hosts/browser/saved-formats.ts: ExcelJS fill and note as JSON). 清除标记 restores those cells from it
 * and removes the sheet. Its originals predate any mark, the add-in's own included, so they are applied
 * after the add-in's own record.
 *
 * Bounded like painting (payload.ts): the record is read in pages, the cells' current fills and notes in
 * pages, the writes in as many syncs as their payload needs, with events off. Only a cell that still
 * shows a mark (a mark colour, a note with 勾稽's lines) is restored: a second 清除标记 after a failed
 * delete never paints old fills over what the user changed since. Excel refuses to delete a very hidden
 * sheet (InvalidOperation): the record is made hidden first, in the same batch.
 */

import { CONSEQUENCE_FILLS, MARK_FILLS, NOTE_PREFIX } from '../../core/marks';
import { HostError } from '../host';
import { COPY_RECORD_SHEET } from '../own-sheets';
import type { ExcelCapabilities } from './capabilities';
import { queueCellReads, SheetProxies, type CellsBySheet } from './cell-reads';
import type { ExcelContext, RangeLike, WorksheetCollectionLike, WorksheetLike } from './office-types';
import { BYTES_PER_CALL, Payload, readInPages, textBytes } from './payload';
import { NO_FILL, restoreFill, userPart, type SavedFill } from './saved-marks';

export { COPY_RECORD_SHEET };

/** ExcelApi 1.1 visibility and delete(), 1.4 getItemOrNullObject: not in the host's narrower types. */
interface RecordSheet extends WorksheetLike {
  visibility: string;
  delete(): void;
}
interface Sheets extends WorksheetCollectionLike {
  getItemOrNullObject(key: string): RecordSheet;
}

interface ExcelJsFill {
  type?: string;
  pattern?: string;
  fgColor?: { argb?: string };
}

/** An ExcelJS fill as Excel's: a solid (or patterned) plain colour; null when it names no plain colour. */
export function fillFromRecord(json: string): SavedFill | null {
  if (!json) return NO_FILL;
  let fill: ExcelJsFill;
  try {
    fill = JSON.parse(json) as ExcelJsFill;
  } catch {
    return null;
  }
  if (fill.type !== 'pattern' || !fill.pattern || fill.pattern === 'none') return NO_FILL;
  const argb = fill.fgColor?.argb;
  if (!argb || !/^[0-9A-Fa-f]{6,8}$/.test(argb)) return null;
  return { pattern: 'Solid', color: `#${argb.slice(-6).toUpperCase()}` };
}

/** An ExcelJS note (a string or rich text) as plain text; '' for none. */
export function noteFromRecord(json: string): string {
  if (!json) return '';
  try {
    const note = JSON.parse(json) as unknown;
    if (typeof note === 'string') return note;
    const texts = (note as { texts?: Array<{ text?: string }> } | null)?.texts;
    return texts ? texts.map((t) => t.text ?? '').join('') : '';
  } catch {
    return '';
  }
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** Every colour a mark can have, upper-case '#RRGGBB'. */
const MARK_COLOURS = new Set(
  [...Object.values(MARK_FILLS), ...Object.values(CONSEQUENCE_FILLS)].map((argb) => `#${argb.slice(2)}`),
);

/** Does the cell still show a mark (a solid mark colour), so its own fill may be put back? */
export function showsMark(fill: SavedFill): boolean {
  return fill.pattern === 'Solid' && MARK_COLOURS.has(fill.color.toUpperCase()) && !fill.tintAndShade;
}

/** The record's columns: sheet, cell, fill (ExcelJS JSON), note (ExcelJS JSON). */
const COLUMNS = 4;
/** The first guess of a record row's size in the answer, before any was read. */
const FIRST_ROW_BYTES = 400;

interface Entry {
  sheet: string;
  cell: string;
  fill: SavedFill | null;
  note: string;
}

/** The record's rows after its header, read in pages under the budget. */
async function readEntries(record: RecordSheet, payload: Payload, names: Set<string>): Promise<Entry[]> {
  const used = record.getUsedRangeOrNullObject(true);
  used.load('rowIndex,rowCount');
  await payload.sync();
  if (used.isNullObject) return [];
  const first = 1; // row 0 is the header
  const total = Math.max(0, used.rowIndex + used.rowCount - first);
  let longest = FIRST_ROW_BYTES;
  const pages: RangeLike[] = [];
  const rows: unknown[][] = [];
  await readInPages(
    payload,
    total,
    () => BYTES_PER_CALL + longest,
    (from, to) => {
      const range = record.getRangeByIndexes(first + from, 0, to - from, COLUMNS); // ExcelApi 1.7
      range.load('values');
      pages.push(range);
    },
    () => {
      const values = pages[pages.length - 1].values;
      for (const row of values) longest = Math.max(longest, textBytes(row.map(text).join('')) + 40);
      rows.push(...values);
    },
  );
  const entries: Entry[] = [];
  for (const row of rows) {
    const [sheet, cell, fill, note] = row.map(text);
    if (!names.has(sheet) || !/^[A-Z]{1,3}[1-9]\d{0,6}$/.test(cell)) continue;
    entries.push({ sheet, cell, fill: fillFromRecord(fill), note: noteFromRecord(note) });
  }
  return entries;
}

/** A copy's record, looked for in one sync with the sheet names. */
export interface ForeignRecords {
  copy: RecordSheet;
  names: Set<string>;
}

export async function lookForRecords(ctx: ExcelContext): Promise<ForeignRecords> {
  const sheets = ctx.workbook.worksheets as Sheets;
  const copy = sheets.getItemOrNullObject(COPY_RECORD_SHEET); // ExcelApi 1.4
  copy.load('visibility');
  sheets.load('items/name');
  await ctx.sync();
  return { copy, names: new Set(sheets.items.map((s) => s.name)) };
}

/** Restores the cells a copy's record lists and removes the record; returns how many cells it restored. */
export async function restoreCopyRecord(
  ctx: ExcelContext,
  capabilities: ExcelCapabilities,
  found: ForeignRecords,
): Promise<number> {
  const payload = new Payload(ctx);
  const record = found.copy;
  // Hidden: a delete that failed before left it so (its fills were restored then).
  if (record.isNullObject || (record.visibility !== 'VeryHidden' && record.visibility !== 'Hidden')) return 0;
  const entries = await readEntries(record, payload, found.names);

  const proxies = new SheetProxies(ctx);
  const cells: CellsBySheet = new Map();
  const notes = new Map<string, string>();
  for (const e of entries) {
    const list = cells.get(e.sheet) ?? [];
    list.push(e.cell);
    cells.set(e.sheet, list);
    notes.set(`${e.sheet}!${e.cell}`, e.note);
  }
  const reads = await queueCellReads(proxies, capabilities, cells, payload, (sheet, cell) =>
    textBytes(notes.get(`${sheet}!${cell}`) ?? ''),
  );

  let eventsOff = false;
  let restored = 0;
  try {
    if (capabilities.events) {
      await payload.reserve(BYTES_PER_CALL);
      ctx.runtime.enableEvents = false; // ExcelApi 1.8
      eventsOff = true;
    }
    for (const e of entries) {
      let changed = false;
      if (e.fill && showsMark(reads.fill(e.sheet, e.cell))) {
        await payload.reserve(4 * BYTES_PER_CALL);
        restoreFill(proxies.get(e.sheet).getRange(e.cell).format.fill, e.fill);
        changed = true;
      }
      const current = reads.note(e.sheet, e.cell);
      const proxy = reads.noteProxy(e.sheet, e.cell);
      if (proxy && current !== null && current.split(/\r?\n/).some((l) => l.startsWith(NOTE_PREFIX))) {
        const target = userPart(current) || e.note;
        await payload.reserve(BYTES_PER_CALL + textBytes(target));
        if (target === '')
          proxy.delete(); // ExcelApi 1.18
        else if (target !== current) proxy.content = target;
        changed = true;
      }
      if (changed) restored++;
    }
    await payload.reserve(3 * BYTES_PER_CALL);
    record.visibility = 'Hidden'; // ExcelApi 1.1: a very hidden sheet cannot be deleted
    record.delete(); // ExcelApi 1.1
    if (eventsOff) ctx.runtime.enableEvents = true;
    try {
      await payload.sync();
      eventsOff = false;
    } catch (e) {
      // Back out of sight (best effort): a record shown in 取消隐藏 would puzzle the user.
      record.visibility = 'VeryHidden';
      await ctx.sync().catch(() => undefined);
      throw new HostError(
        `已恢复标注副本记录的原格式，但无法删除隐藏工作表 ${COPY_RECORD_SHEET}（工作簿结构可能受保护）：${e instanceof Error ? e.message : String(e)}`,
      );
    }
  } finally {
    if (eventsOff) {
      ctx.runtime.enableEvents = true;
      await ctx.sync().catch(() => undefined); // the earlier error is the one to report
    }
  }
  return restored;
}
