/**
 * The record an annotated copy carries (made by the command line or the browser page, src/export/patch-xlsx):
 * a very hidden sheet 勾稽_原格式 with each marked cell's own fill and note, as the browser page saves them
 * (src/hosts/browser/saved-formats.ts: ExcelJS fill and note as JSON). 清除标记 restores those cells from it
 * and removes the sheet. Its originals predate any mark, the add-in's own included, so they are applied
 * after the add-in's own record.
 */

import { HostError } from '../host';
import type {
  ExcelContext,
  NoteCollectionLike,
  RangeLike,
  WorksheetCollectionLike,
  WorksheetLike,
} from './office-types';
import { NO_FILL, restoreFill, type SavedFill } from './saved-marks';

export const COPY_RECORD_SHEET = '勾稽_原格式';

/** ExcelApi 1.1 visibility and delete(), 1.4 getItemOrNullObject: not in the host's narrower types. */
interface RecordSheet extends WorksheetLike {
  readonly visibility: string;
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

/** Restores the cells a copy's record lists and removes the record; nothing when there is none. */
/** Restores the cells a copy's record lists and removes the record; returns how many cells it restored. */
export async function restoreCopyRecord(ctx: ExcelContext, useNotes: boolean): Promise<number> {
  const sheets = ctx.workbook.worksheets as Sheets;
  const record = sheets.getItemOrNullObject(COPY_RECORD_SHEET);
  record.load('visibility');
  sheets.load('items/name');
  await ctx.sync();
  if (record.isNullObject || record.visibility !== 'VeryHidden') return 0;
  let restored = 0;
  const used = record.getUsedRangeOrNullObject(true);
  used.load('values');
  await ctx.sync();
  const names = new Set(sheets.items.map((s) => s.name));
  const rows = used.isNullObject ? [] : used.values.slice(1);
  const notes: Array<{
    sheet: WorksheetLike;
    cell: string;
    text: string;
    current: ReturnType<NoteCollectionLike['getItemOrNullObject']>;
  }> = [];
  for (const row of rows) {
    const [sheetName, cell, fill, note] = row.map(text);
    if (!names.has(sheetName) || !/^[A-Z]{1,3}[1-9]\d{0,6}$/.test(cell)) continue;
    const sheet = sheets.getItem(sheetName);
    const range: RangeLike = sheet.getRange(cell);
    const saved = fillFromRecord(fill);
    if (saved) restoreFill(range.format.fill, saved);
    restored++;
    if (useNotes) {
      const current = sheet.notes.getItemOrNullObject(cell);
      current.load('content');
      notes.push({ sheet, cell, text: noteFromRecord(note), current });
    }
  }
  await ctx.sync();
  for (const n of notes) {
    if (n.current.isNullObject) {
      if (n.text) n.sheet.notes.add(n.cell, n.text);
    } else if (n.text) n.current.content = n.text;
    else n.current.delete();
  }
  record.delete();
  try {
    await ctx.sync();
  } catch (e) {
    throw new HostError(
      `已恢复标注副本记录的原格式，但无法删除隐藏工作表 ${COPY_RECORD_SHEET}（工作簿结构可能受保护）：${e instanceof Error ? e.message : String(e)}`,
    );
  }
  return restored;
}
