/**
 * The package read with ExcelJS: the path for every workbook the fast reader (./xlsx) declines. Loaded only
 * then (read-workbook requires it on first use), so a check of an ordinary workbook never loads ExcelJS.
 */

import { quietly } from '../../core/quietly';
import { InputError } from '../../core/errors';
import { useLinearMergeCheck } from './exceljs-merges';
import { Workbook } from './exceljs-workbook';
import { sheetsByVisibility } from './snapshot-from-exceljs';
import type { SheetsByVisibility } from './xlsx/read-xlsx';

export async function readSheetsWithExcelJS(prepared: Uint8Array, name: string): Promise<SheetsByVisibility> {
  useLinearMergeCheck();
  const workbook = new Workbook();
  try {
    await quietly(() => workbook.xlsx.load(prepared as unknown as ArrayBuffer));
  } catch {
    throw new InputError(
      `文件“${name}”无法作为 .xlsx 工作簿读取，可能已损坏或不是 Excel 文件。请在 Excel 或 WPS 中打开后另存为 .xlsx 再审核`,
    );
  }
  return sheetsByVisibility(workbook);
}
