/**
 * What 勾稽 keeps inside the workbook: a very hidden sheet (xlSheetVeryHidden, not listed in 取消隐藏)
 * holding JSON records. PluginStorage is not saved with the document, so the original fills and notes
 * of marked cells and the document state (忽略 with reasons) live here and survive save and reopen.
 * Its layout (record-layout.ts) is shared with the Excel add-in, which keeps its record of originals
 * here too.
 */

import { rangeToA1 } from '../../core/address';
import { HostError } from '../host';
import { WPS_STATE_SHEET } from '../own-sheets';
import {
  cellAt,
  countOf,
  findWorksheet,
  prop,
  setProp,
  worksheetsOf,
  XL_SHEET_VERY_HIDDEN,
  type EtApplication,
  type EtSheets,
  type EtWorkbook,
  type EtWorksheet,
} from './et';
import { valueRows } from './read-sheets';
import { FORMAT_MARKER, joinChunks, RECORD_ROWS, splitChunks, type RecordKey } from './record-layout';

export const STATE_SHEET_NAME = WPS_STATE_SHEET;
export type { RecordKey };

export function isStateSheet(name: string): boolean {
  return name === STATE_SHEET_NAME;
}

export class StateSheet {
  constructor(
    private readonly app: EtApplication,
    private readonly workbook: EtWorkbook,
  ) {}

  /** The record's value, or null when there is none or it cannot be read. */
  read(key: RecordKey): unknown {
    const sheet = findWorksheet(this.workbook, STATE_SHEET_NAME);
    if (!sheet) return null;
    const chunks = readChunks(sheet, RECORD_ROWS[key]);
    if (chunks.length === 0) return null;
    try {
      return JSON.parse(chunks.join(''));
    } catch {
      return null;
    }
  }

  /** Replace the record; null removes it. */
  write(key: RecordKey, value: unknown): void {
    const existing = findWorksheet(this.workbook, STATE_SHEET_NAME);
    if (!existing && value === null) return;
    const sheet = existing ?? this.create();
    const row = RECORD_ROWS[key];
    try {
      const old = chunkCount(sheet, row);
      sheet.Range(rangeToA1(row - 1, 0, row - 1, old + 1)).ClearContents();
      if (value === null) return;
      const chunks = splitChunks(JSON.stringify(value));
      setProp(sheet.Range(rangeToA1(row - 1, 0, row - 1, chunks.length + 1)), 'Value2', [
        [key, chunks.length, ...chunks],
      ]);
    } catch (e) {
      throw new HostError(`无法把勾稽的记录写入工作簿（隐藏工作表 ${STATE_SHEET_NAME}）：${describe(e)}`);
    }
  }

  private create(): EtWorksheet {
    const sheets = worksheetsOf(this.workbook);
    if (!sheets) throw new HostError('无法读取工作簿的工作表列表，勾稽不能在工作簿中保存记录。');
    const active = prop<EtWorksheet | null>(this.app, 'ActiveSheet') ?? null;
    try {
      const sheet = addAtEnd(sheets);
      setProp(sheet, 'Name', STATE_SHEET_NAME);
      setProp(sheet.Range('A1'), 'Value2', FORMAT_MARKER);
      if (active) active.Activate();
      setProp(sheet, 'Visible', XL_SHEET_VERY_HIDDEN);
      return sheet;
    } catch (e) {
      throw new HostError(
        `无法在工作簿中添加隐藏工作表 ${STATE_SHEET_NAME} 来保存原格式（工作簿结构可能受保护，请在“审阅 → 保护工作簿”中取消保护）：${describe(e)}`,
      );
    }
  }
}

/** After the last sheet, so that the user's sheets keep their index (macros use Sheets(1)). */
function addAtEnd(sheets: EtSheets): EtWorksheet {
  const last = countOf(sheets) > 0 ? (sheets.Item(countOf(sheets)) as EtWorksheet) : undefined;
  if (!last) return sheets.Add();
  try {
    return sheets.Add(undefined, last);
  } catch {
    return sheets.Add();
  }
}

function chunkCount(sheet: EtWorksheet, row: number): number {
  const n = prop<unknown>(cellAt(sheet, row - 1, 1), 'Value2');
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : 0;
}

function readChunks(sheet: EtWorksheet, row: number): string[] {
  const count = chunkCount(sheet, row);
  if (count === 0) return [];
  const cells = valueRows(prop(sheet.Range(rangeToA1(row - 1, 2, row - 1, count + 1)), 'Value2'), 1)[0] ?? [];
  const text = cells.length === count ? joinChunks(cells) : null;
  return text === null ? [] : [text];
}

export function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
