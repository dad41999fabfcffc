/**
 * The browser grid shows a cell as the file has it: text as text (a 栏次 "1" or a PDF's "1.00" unchanged),
 * a number with the decimals of its format.
 */

import { expect, test } from '@jest/globals';
import ExcelJS from 'exceljs';
import { buildGridView } from '../../src/hosts/browser/page/grid-view';

test('text stays text, numbers take their format', () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('表');
  ws.getCell('A1').value = '1';
  ws.getCell('A1').numFmt = '0.00';
  ws.getCell('B1').value = '1.00';
  ws.getCell('C1').value = 1;
  ws.getCell('C1').numFmt = '#,##0.00';
  ws.getCell('D1').value = 1.5;
  const [row] = buildGridView(ws).rows;
  expect(row.cells.map((c) => [c.text, c.numeric])).toEqual([
    ['1', false],
    ['1.00', false],
    ['1.00', true],
    ['1.5', true],
  ]);
});
