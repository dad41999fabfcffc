/**
 * The record an annotated copy carries (made by the command line or the browser page, src/export/patch-xlsx):
 * a very hidden sheet 勾稽_原格式 with each marked cell's own fill and note as the browser page saves them
 * (ExcelJS fill and note as JSON). 清除标记 restores those cells from it and deletes the sheet. Its
 * originals predate any mark, the add-in's own included, so they are applied after the add-in's record.
 */

import { fillFromRecord, noteFromRecord, COPY_RECORD_SHEET } from '../excel/copy-record';
import { HostError } from '../host';
import { bgrFromHex } from './color';
import {
  findWorksheet,
  prop,
  setProp,
  XL_NONE,
  XL_SHEET_VERY_HIDDEN,
  type EtApplication,
  type EtInterior,
  type EtRange,
  type EtWorkbook,
  type EtWorksheet,
} from './et';
import { valueRows } from './read-sheets';
import { describe } from './state-sheet';

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));

const XL_SOLID = 1;

/** Restores the cells a copy's record lists and removes the record; returns how many cells it restored. */
export function restoreCopyRecord(app: EtApplication, workbook: EtWorkbook): number {
  const record = findWorksheet(workbook, COPY_RECORD_SHEET);
  if (!record || prop<unknown>(record, 'Visible') !== XL_SHEET_VERY_HIDDEN) return 0;
  let restored = 0;
  const used = prop<EtRange>(record, 'UsedRange');
  const rows = used ? valueRows(prop(used, 'Value2'), 0).slice(1) : [];
  for (const row of rows) {
    const [sheetName, cell, fill, note] = row.map(text);
    const sheet: EtWorksheet | null = sheetName ? findWorksheet(workbook, sheetName) : null;
    if (!sheet || !/^[A-Z]{1,3}[1-9]\d{0,6}$/.test(cell)) continue;
    const range = sheet.Range(cell);
    const saved = fillFromRecord(fill);
    const interior = prop<EtInterior>(range, 'Interior');
    if (saved && interior) {
      if (saved.pattern === 'None') setProp(interior, 'ColorIndex', XL_NONE);
      else {
        setProp(interior, 'Pattern', XL_SOLID); // a hatch left over the colour would hide it
        setProp(interior, 'Color', bgrFromHex(saved.color));
      }
    }
    range.ClearComments();
    const original = noteFromRecord(note);
    if (original) range.AddComment(original);
    restored++;
  }
  // Delete asks the user to confirm unless alerts are off (Application.DisplayAlerts).
  const alerts = prop<unknown>(app, 'DisplayAlerts');
  try {
    setProp(app, 'DisplayAlerts', false);
    (record as EtWorksheet & { Delete(): unknown }).Delete();
  } catch (e) {
    throw new HostError(
      `已恢复标注副本记录的原格式，但无法删除隐藏工作表 ${COPY_RECORD_SHEET}（工作簿结构可能受保护）：${describe(e)}`,
    );
  } finally {
    setProp(app, 'DisplayAlerts', alerts ?? true);
  }
  return restored;
}
