/** An .xlsx chosen or dropped in the browser page, read with ExcelJS; every failure told in Chinese. */

import ExcelJS from 'exceljs';
import { InputError } from '../../core/errors';
import { BrowserWorkbook } from './workbook-model';

/** The same upper bound as the command line's. */
import { MAX_WORKBOOK_BYTES } from '../../core/limits';

export { MAX_WORKBOOK_BYTES };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle: number[] = [];
  for (const ch of text) needle.push(ch.charCodeAt(0), 0);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function describeNonZip(name: string, bytes: Uint8Array): string {
  if (bytes.length === 0) return `文件“${name}”是空文件（0 字节），不是 Excel 工作簿`;
  if (startsWith(bytes, OLE))
    return containsUtf16(bytes, 'EncryptionInfo')
      ? `文件“${name}”设置了打开密码（已加密），无法读取。请在 Excel 或 WPS 中取消密码后另存为 .xlsx 再审核`
      : `文件“${name}”是旧版 Excel 97-2003（.xls）格式。请在 Excel 或 WPS 中另存为 .xlsx 后再审核`;
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 512));
  if (/[,，\t]/.test(head) && !head.includes('\u0000'))
    return `文件“${name}”不是 .xlsx 工作簿，看起来是文本或 CSV 文件（可能只是改了扩展名）。请在 Excel 或 WPS 中打开后另存为 .xlsx`;
  return `文件“${name}”不是 .xlsx 工作簿（文件开头不是 Excel 工作簿的格式），可能已损坏或是其他类型的文件`;
}

export async function openWorkbook(bytes: Uint8Array, name: string): Promise<BrowserWorkbook> {
  if (bytes.length > MAX_WORKBOOK_BYTES)
    throw new InputError(
      `文件“${name}”有 ${(bytes.length / 1048576).toFixed(1)} MB，超过 ${MAX_WORKBOOK_BYTES / 1048576} MB 的上限。部门决算公开表通常不足 1 MB，请确认选择的文件是否正确`,
    );
  if (!startsWith(bytes, ZIP)) throw new InputError(describeNonZip(name, bytes));
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch (err) {
    throw new InputError(
      `文件“${name}”无法作为 .xlsx 工作簿读取，可能已损坏或不是 Excel 文件（${(err as Error).message}）`,
    );
  }
  const model = new BrowserWorkbook(workbook, name, bytes);
  const sheets = model.sheets();
  if (sheets.length === 0 || sheets.every((ws) => ws.actualRowCount === 0))
    throw new InputError(`工作簿“${name}”是空的：没有任何工作表内容`);
  return model;
}
