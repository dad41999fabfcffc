/** Recognition of the nine tables across layouts and the variations real workbooks show. */

import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { recognizeWorkbook } from '../src/core/recognition';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../src/core/snapshot';
import type { CodedTable } from '../src/core/tables/model';
import { check, loadCase, withCells } from './helpers';

const ranges = (s: WorkbookSnapshot) => recognizeWorkbook(s).tables.map((t) => `${t.id} ${t.sheet}`);

test('one sheet per table, all stacked on one sheet, numbers stored as text: all nine found', async () => {
  for (const id of ['liujiang2022-standard', 'liujiang2022-stacked', 'danfeng2024-textnum']) {
    const found = recognizeWorkbook(await loadCase(id)).tables.map((t) => t.id);
    assert.deepEqual(
      found,
      ['公开01', '公开02', '公开03', '公开04', '公开05', '公开06', '公开07', '公开08', '公开09'],
      id,
    );
  }
});

test('without the 公开NN表 markers, by title only, and with arbitrary sheet names', async () => {
  const base = await loadCase('liujiang2022-standard');
  const stripped: WorkbookSnapshot = {
    ...base,
    sheets: base.sheets.map((s, i) => ({
      ...s,
      name: `Sheet${i + 1}`,
      values: s.values.map((row) =>
        row.map((v) => (typeof v === 'string' && /^公开\d\d表$/.test(v) ? null : v)),
      ),
    })),
  };
  assert.equal(recognizeWorkbook(stripped).tables.length, 9);
  assert.deepEqual(
    check(stripped).findings.map((f) => f.rule + f.cell),
    check(base).findings.map((f) => f.rule + f.cell),
  );
});

test('headers with line breaks, titles with the unit and year, full-width spaces', async () => {
  const s = withCells(await loadCase('danfeng2024-standard'), [
    ['公开03表', 'A5', '功能分类\n科目代码'],
    ['公开03表', 'C4', '本年支出\n合计'],
    ['公开03表', 'A1', '丹凤县医疗保障局2024年度支出决算表'],
    ['公开05表', 'C5', '小　计'],
  ]);
  const r = recognizeWorkbook(s);
  assert.equal(r.year, 2024);
  const t03 = r.tables.find((t) => t.id === '公开03') as CodedTable;
  assert.deepEqual(
    t03.columns.map((c) => c.key),
    ['total', 'basic', 'project', 'remit', 'operating', 'affiliated'],
  );
  assert.equal(t03.rows.length, 24);
  const t05 = r.tables.find((t) => t.id === '公开05') as CodedTable;
  assert.equal(t05.columns[0].key, 'total');
});

function insertRow(sheet: SheetSnapshot, before: number, row: CellValue[]): SheetSnapshot {
  const values = sheet.values.slice();
  values.splice(before, 0, row);
  return { ...sheet, values };
}

test('a header repeated in the middle of a table (pasted from PDF) is skipped', async () => {
  const base = await loadCase('danfeng2024-standard');
  const header = [
    '科目代码',
    '科目名称',
    '本年支出合计',
    '基本支出',
    '项目支出',
    '上缴上级支出',
    '经营支出',
    '对附属单位补助支出',
  ];
  const s: WorkbookSnapshot = {
    ...base,
    sheets: base.sheets.map((sh) => (sh.name === '公开03表' ? insertRow(sh, 20, header) : sh)),
  };
  const t03 = recognizeWorkbook(s).tables.find((t) => t.id === '公开03') as CodedTable;
  assert.equal(t03.rows.length, 24);
  assert.equal(check(s).summary.error, 0);
});

test('group headers given by merged cells spread over their columns', async () => {
  const base = await loadCase('liujiang2022-standard');
  const s: WorkbookSnapshot = {
    ...base,
    sheets: base.sheets.map((sh) =>
      sh.name === '公开05表'
        ? { ...sh, merges: [...sh.merges, { top: 3, left: 2, bottom: 3, right: 4 }] }
        : sh,
    ),
  };
  const t05 = recognizeWorkbook(s).tables.find((t) => t.id === '公开05') as CodedTable;
  assert.deepEqual(
    t05.columns.map((c) => `${c.key}:${c.header}`),
    ['total:本年支出/小计', 'basic:本年支出/基本支出', 'project:本年支出/项目支出'],
  );
});

test('a table of contents in a narrative sheet is not taken for tables', async () => {
  const base = await loadCase('liujiang2022-standard');
  const toc: SheetSnapshot = {
    name: '情况说明',
    originRow: 0,
    originCol: 0,
    merges: [],
    values: [
      ['目录'],
      ['表一：收入支出决算总表'],
      ['表二：收入决算表'],
      ['表三：支出决算表'],
      ['一、收入支出决算总体情况说明'],
    ],
  };
  const s = { ...base, sheets: [toc, ...base.sheets] };
  assert.deepEqual(ranges(s), ranges(base));
});

test('codes split by a space, and a snapshot whose used range does not start at A1', async () => {
  const base = await loadCase('liujiang2022-standard');
  const shifted: WorkbookSnapshot = {
    ...base,
    sheets: base.sheets.map((sh) =>
      sh.name === '公开02表'
        ? {
            ...sh,
            originRow: 2,
            originCol: 1,
            values: sh.values.map((r) => r.map((v) => (v === '2101599' ? '21015 99' : v))),
          }
        : sh,
    ),
  };
  const t02 = recognizeWorkbook(shifted).tables.find((t) => t.id === '公开02') as CodedTable;
  assert.equal(t02.rows.length, 26);
  assert.equal(t02.rows[0].codeRef.row, 9);
  assert.equal(t02.rows[0].codeRef.col, 1);
});
