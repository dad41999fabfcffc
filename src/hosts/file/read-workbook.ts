/**
 * The command line's host: an .xlsx file on disk, every failure told in Chinese. The package is read by the
 * project's own reader (./xlsx), which gives exactly the snapshot ExcelJS gives; whatever it does not handle
 * is read with ExcelJS (./exceljs-read, loaded only then).
 */

import fs from 'fs';
import path from 'path';
import { InputError } from '../../core/errors';
import { MAX_WORKBOOK_BYTES } from '../../core/limits';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { recognizeWorkbook } from '../../core/recognition';
import { isOwnSheet } from '../own-sheets';
import { assertInputFile } from './input-file';
import { preflightXlsx, type InflatedParts } from './preflight-xlsx';
import { readXlsxSheets, type SheetsByVisibility } from './xlsx/read-xlsx';

export { MAX_WORKBOOK_BYTES };

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export interface LoadedWorkbook {
  snapshot: WorkbookSnapshot;
  /** The file as read: the annotated copy is this package with 勾稽's changes only. */
  bytes: Uint8Array;
}

function describeNonZip(file: string, head: Buffer): string {
  const name = path.basename(file);
  if (head.length === 0) return `文件“${name}”是空文件（0 字节），不是 Excel 工作簿`;
  if (head.subarray(0, 8).equals(OLE)) {
    const encrypted = head.includes(Buffer.from('EncryptionInfo', 'utf16le'));
    return encrypted
      ? `文件“${name}”设置了打开密码（已加密），无法读取。请在 Excel 或 WPS 中取消密码后另存为 .xlsx 再审核`
      : `文件“${name}”是旧版 Excel 97-2003（.xls）格式。请在 Excel 或 WPS 中另存为 .xlsx 后再审核`;
  }
  const sample = head.subarray(0, 512).toString('utf8');
  if (/^[\s\S]*[,，\t]/.test(sample) && !sample.includes('\u0000'))
    return `文件“${name}”不是 .xlsx 工作簿，看起来是文本或 CSV 文件（可能只是改了扩展名）。请在 Excel 或 WPS 中打开后另存为 .xlsx`;
  return `文件“${name}”不是 .xlsx 工作簿（文件开头不是 Excel 工作簿的格式），可能已损坏或是其他类型的文件`;
}

/**
 * The visible sheets, with a notice for each hidden one (a stale hidden copy of a table must not become the
 * reference) and a warning when it holds a second copy of a table a visible sheet has. When only hidden
 * sheets hold tables, they are checked, and said so.
 */
export function snapshotOfSheets(sheets: SheetsByVisibility, name: string): WorkbookSnapshot {
  const { visible, hidden: all, notices } = sheets;
  const hidden = all.filter((h) => !isOwnSheet(h.sheet.name));
  if (hidden.length === 0)
    return notices.length ? { name, sheets: visible, notices } : { name, sheets: visible };
  const visibleTables = recognizeWorkbook({ name, sheets: visible }).tables;
  const hiddenTables = recognizeWorkbook({ name, sheets: hidden.map((h) => h.sheet) }).tables;
  const kind = (h: { veryHidden: boolean }) => (h.veryHidden ? '深度隐藏（veryHidden）' : '隐藏');
  if (visibleTables.length === 0 && hiddenTables.length > 0) {
    for (const h of hidden)
      notices.push(
        `工作表“${h.sheet.name}”是${kind(h)}的工作表；可见的工作表中没有公开表，已审核隐藏的工作表`,
      );
    return { name, sheets: [...visible, ...hidden.map((h) => h.sheet)], notices };
  }
  for (const h of hidden) {
    const tables = hiddenTables.filter((t) => t.sheet === h.sheet.name);
    const copies = tables
      .map((t) => {
        const shown = visibleTables.find((v) => v.id === t.id);
        return shown ? `${t.id}（可见的一份在工作表“${shown.sheet}”）` : null;
      })
      .filter((x): x is string => x !== null);
    notices.push(
      `工作表“${h.sheet.name}”是${kind(h)}的工作表，未参与审核` +
        (copies.length
          ? `；其中有同一张表的第二份：${copies.join('、')}。请删除过时的一份，以免发布时用错`
          : tables.length
            ? `；其中有 ${tables.map((t) => t.id).join('、')}，若应公开请取消隐藏`
            : ''),
    );
  }
  return { name, sheets: visible, notices };
}

export async function readWorkbookFile(file: string): Promise<LoadedWorkbook> {
  const name = path.basename(file);
  await assertInputFile(
    file,
    '.xlsx 文件',
    MAX_WORKBOOK_BYTES,
    '。部门决算公开表通常不足 1 MB，请确认选择的文件是否正确',
  );
  const bytes = fs.readFileSync(file);
  if (!bytes.subarray(0, 4).equals(ZIP)) throw new InputError(describeNonZip(file, bytes));
  const inflated: InflatedParts = new Map();
  const prepared = preflightXlsx(bytes, name, inflated);
  const snapshot = snapshotOfSheets(await readSheets(prepared, name, inflated), name);
  if (snapshot.sheets.every((s) => s.values.every((row) => row.every((v) => v === null || v === ''))))
    throw new InputError(`工作簿“${name}”是空的：没有任何工作表内容`);
  return { snapshot, bytes: prepared };
}

/**
 * The fast reader's sheets, or null when it declines the package. Any other failure of it is taken as a
 * decline too: ExcelJS then reads the file as before (the differential test fails on such a failure).
 */
export function readSheetsFast(prepared: Uint8Array, inflated?: InflatedParts): SheetsByVisibility | null {
  try {
    return readXlsxSheets(prepared, inflated);
  } catch {
    return null;
  }
}

/** The package's sheets: the fast reader's, or ExcelJS's when it declines (an InputError when ExcelJS fails). */
export async function readSheets(
  prepared: Uint8Array,
  name: string,
  inflated?: InflatedParts,
): Promise<SheetsByVisibility> {
  const fast = readSheetsFast(prepared, inflated);
  if (fast) return fast;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { readSheetsWithExcelJS } = require('./exceljs-read') as typeof import('./exceljs-read');
  return readSheetsWithExcelJS(prepared, name);
}
