/**
 * How much of a sheet a host reads: a stray value far away (a used range down to row 1,048,576) must
 * not make a host load millions of empty cells. Shared by the Excel and WPS hosts.
 */

import { MAX_COLUMNS, MAX_ROWS } from '../core/limits';

export { MAX_COLUMNS, MAX_ROWS };

/**
 * The Chinese notice for a sheet whose used range reaches past the limits; lastRow and lastCol are
 * 1-based (the used range's last row and column).
 */
export function partialReadNotice(sheet: string, lastRow: number, lastCol: number): string {
  return (
    `工作表「${sheet}」的已用区域延伸到第 ${lastRow} 行、第 ${lastCol} 列，` +
    `勾稽只读取了前 ${MAX_ROWS} 行、前 ${MAX_COLUMNS} 列。若远处有误输入的内容，` +
    '请按 Ctrl+End 找到并删除后重新审核。'
  );
}
