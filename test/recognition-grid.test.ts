/**
 * The shortcuts recognition takes give what the plain way gives, on every cell of real workbooks and on the
 * edges: SheetGrid's key, isBlank, isString and the cells holding 表 against labelKey, text and a scan of every
 * cell; parseCode's number and text shortcuts against the plain pattern; isColumnNumberRow against its
 * plain form (every number kept, then compared); a text's parse the same however often it is asked.
 */

import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { isColumnNumberRow } from '../src/core/recognition/layout';
import { parseAmount, parseCode } from '../src/core/numbers';
import { SheetGrid, type CellValue, type WorkbookSnapshot } from '../src/core/snapshot';
import { labelKey, stripSpaces, toHalfWidth } from '../src/core/text';
import { CASES, SHANGHAI_CASES, loadCase } from './helpers';

/** parseCode as it was written first: print the number or clean the text, then match 3, 5 or 7 digits. */
function plainParseCode(raw: CellValue): string | null {
  if (raw === null || typeof raw === 'boolean') return null;
  if (typeof raw === 'number') {
    if (!Number.isInteger(raw) || raw < 100) return null;
    const s = String(raw);
    return /^\d{3}(?:\d{2}){0,2}$/.test(s) ? s : null;
  }
  const s = stripSpaces(toHalfWidth(raw));
  return /^\d{3}(?:\d{2}){0,2}$/.test(s) ? s : null;
}

/** isColumnNumberRow as it was written first: every number of the row kept, then compared. */
function plainColumnNumberRow(grid: SheetGrid, row: number, left: number, right: number): boolean {
  const numbers: number[] = [];
  for (let c = left; c <= right; c++) {
    const text = grid.text(row, c);
    if (text === '') continue;
    if (labelKey(text) === '栏次') return true;
    const p = parseAmount(grid.value(row, c));
    if (p.kind !== 'number' || !Number.isInteger(p.value)) return false;
    numbers.push(p.value);
  }
  if (numbers.length < 2 || numbers[0] !== 1) return false;
  return numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1);
}

async function workbooks(): Promise<WorkbookSnapshot[]> {
  return Promise.all([...CASES, ...SHANGHAI_CASES].map((id) => loadCase(id)));
}

test('SheetGrid: key, isBlank, isString and the cells holding 表 agree with the plain reading of every cell', async () => {
  for (const book of await workbooks()) {
    for (const sheet of book.sheets) {
      const grid = new SheetGrid(sheet);
      const words: number[] = [];
      for (let r = grid.firstRow - 1; r <= grid.rowCount; r++)
        for (let c = grid.firstCol - 1; c <= grid.colCount; c++) {
          const where = `${sheet.name} ${r},${c}`;
          const v = grid.value(r, c);
          assert.equal(grid.key(r, c), labelKey(grid.text(r, c)), where);
          assert.equal(grid.isBlank(r, c), grid.text(r, c) === '', where);
          assert.equal(grid.isString(r, c), typeof v === 'string', where);
          if (typeof v === 'string' && v.includes('表') && r >= grid.firstRow && c >= grid.firstCol)
            words.push(r, c);
        }
      assert.deepEqual([...grid.tableWordCells()], words, sheet.name);
    }
  }
});

test('SheetGrid: cells of every kind, away from the origin, asked twice', () => {
  const values: CellValue[][] = [
    [' 公开01表 ', null, 12.5, true, '  ', '\u200b'],
    [],
    [0, -0.5, ' 栏 次 ', false, 1e21, '（表一）'],
  ];
  const grid = new SheetGrid({
    name: 'S',
    originRow: 2,
    originCol: 1,
    values,
    merges: [],
    unknown: [[4, 2]],
  });
  for (let pass = 0; pass < 2; pass++) {
    assert.equal(grid.key(2, 1), '公开01表');
    assert.equal(grid.isBlank(2, 5), true);
    assert.equal(grid.isBlank(2, 6), false); // a zero-width space is no trimmed-away space
    assert.equal(grid.key(2, 6), '');
    assert.equal(grid.key(4, 3), '栏次');
    assert.equal(grid.text(4, 5), '1e+21');
    assert.equal(grid.isBlank(4, 4), false);
    assert.equal(grid.isString(2, 3), false);
    assert.equal(grid.isUnknown(4, 2), true);
    assert.equal(grid.isUnknown(2, 4), false);
  }
  assert.deepEqual([...grid.tableWordCells()], [2, 1, 4, 6]);
});

test('parseCode: the shortcuts for numbers and for text without digits give what the plain pattern gives', async () => {
  const edges: CellValue[] = [
    99,
    100,
    999,
    1000,
    9999,
    10000,
    99999,
    100000,
    999999,
    1000000,
    9999999,
    10000000,
    201.5,
    -201,
    -0,
    0,
    1e21,
    Number.NaN,
    Infinity,
    '201',
    ' 201 01 ',
    '２０１０１',
    '2010101 行政运行',
    '行政运行',
    '',
    '20 1',
    '3010',
    true,
    null,
  ];
  for (const v of edges) assert.equal(parseCode(v), plainParseCode(v), String(v));
  for (const book of await workbooks())
    for (const sheet of book.sheets)
      for (const row of sheet.values)
        for (const v of row) assert.equal(parseCode(v), plainParseCode(v), String(v));
});

test('isColumnNumberRow: read without keeping the numbers, every row of real workbooks and the edges', async () => {
  const rows: CellValue[][] = [
    [1, 2, 3],
    [1, 3, 4, '栏次'], // the word after a break still makes it a 栏次 row
    [2, 3],
    [1],
    ['1', '２', ' 3 '],
    [1, '行政运行', '栏次'],
    [null, '栏 次'],
    [1, 2, true],
    ['', 1, '  ', 2],
  ];
  const grid = new SheetGrid({ name: 'S', originRow: 0, originCol: 0, values: rows, merges: [] });
  for (let r = 0; r < rows.length; r++)
    assert.equal(isColumnNumberRow(grid, r, 0, 5), plainColumnNumberRow(grid, r, 0, 5), String(r));
  for (const book of await workbooks())
    for (const sheet of book.sheets) {
      const g = new SheetGrid(sheet);
      for (let r = g.firstRow; r < g.rowCount; r++)
        assert.equal(
          isColumnNumberRow(g, r, g.firstCol, g.colCount - 1),
          plainColumnNumberRow(g, r, g.firstCol, g.colCount - 1),
          `${sheet.name} ${r}`,
        );
    }
});

test('parseAmount: a text gives the same parse however often it is asked, and each text its own', () => {
  const texts = ['1,234.50', '(12.3)', '－', '无', 'abc', ' 12 ', '１２', '12。5', '', '1e5', '(1,000)'];
  const first = texts.map((t) => parseAmount(t));
  for (let pass = 0; pass < 3; pass++)
    texts.forEach((t, i) => assert.deepEqual(parseAmount(t), first[i], `${t} pass ${pass}`));
  assert.deepEqual(first[0], { kind: 'number', value: 1234.5, decimals: 2 });
  assert.deepEqual(first[1], { kind: 'number', value: -12.3, decimals: 1 });
  assert.deepEqual(first[2], { kind: 'blank' });
  assert.deepEqual(first[4], { kind: 'invalid', text: 'abc' });
  assert.deepEqual(first[7], { kind: 'number', value: 12.5, decimals: 1 });
});
