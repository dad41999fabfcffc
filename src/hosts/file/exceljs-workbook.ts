/**
 * ExcelJS's Workbook class alone. The package's entry also loads its streaming reader and writer
 * (unzipper, archiver and their dependencies), which reading a file never uses: loading only the class
 * halves the time the command line spends loading ExcelJS. It is the same class as ExcelJS.Workbook.
 */

import type ExcelJS from 'exceljs';

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const Workbook = require('exceljs/lib/doc/workbook') as typeof ExcelJS.Workbook;
