/** Tables of the Shanghai template (shanghai-2024-部门决算模板.pdf) that the corpus cases do not show. */

import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { checkWorkbook } from '../../src/core/check';
import { recognizeWorkbook } from '../../src/core/recognition';
import type { CellValue, WorkbookSnapshot } from '../../src/core/snapshot';
import type { ThreeCostsTable } from '../../src/core/tables/model';

const TITLE = '财政拨款“三公”经费支出决算表';
const HEAD: CellValue[][] = [
  [TITLE],
  [null, null, null, null, null, null, null, null, null, null, null, '单位：万元'],
  ['财政拨款“三公”经费'],
  [
    '合计',
    null,
    '因公出国（境）费',
    null,
    '公务用车购置及运行维护费',
    null,
    null,
    null,
    null,
    null,
    '公务接待费',
  ],
  [null, null, null, null, '小计', null, '公务用车购置费', null, '公务用车运行维护费'],
  Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? '预算数' : '决算数')),
];
/** The template's merges: the group over all, each item over its pair, 公务用车 over its three pairs. */
const MERGES = [
  { top: 0, left: 0, bottom: 0, right: 11 },
  { top: 2, left: 0, bottom: 2, right: 11 },
  { top: 3, left: 0, bottom: 4, right: 1 },
  { top: 3, left: 2, bottom: 4, right: 3 },
  { top: 3, left: 4, bottom: 3, right: 9 },
  { top: 3, left: 10, bottom: 4, right: 11 },
  { top: 4, left: 4, bottom: 4, right: 5 },
  { top: 4, left: 6, bottom: 4, right: 7 },
  { top: 4, left: 8, bottom: 4, right: 9 },
];

function book(rows: CellValue[][]): WorkbookSnapshot {
  return {
    name: 'shanghai-three-costs.xlsx',
    sheets: [{ name: TITLE, originRow: 0, originCol: 0, values: [...HEAD, ...rows], merges: MERGES }],
  };
}

test('三公 with 预算数/决算数 side by side under each item: every pair read', () => {
  const figures = [10, 8.5, 2, 1.5, 6, 5, 0, 0, 6, 5, 2, 2];
  const r = recognizeWorkbook(book([figures, ['注：本表反映部门本年度“三公”经费支出预决算情况。']]), {
    face: 'shanghai',
  });
  const t = r.tables.find((x) => x.id === '公开09') as ThreeCostsTable;
  assert.ok(t);
  const values = (side: ThreeCostsTable['budget']) =>
    Object.fromEntries(Object.entries(side).map(([k, f]) => [k, f?.value]));
  assert.deepEqual(values(t.budget), {
    total: 10,
    abroad: 2,
    carSubtotal: 6,
    carPurchase: 0,
    carRunning: 6,
    reception: 2,
  });
  assert.deepEqual(values(t.actual), {
    total: 8.5,
    abroad: 1.5,
    carSubtotal: 5,
    carPurchase: 0,
    carRunning: 5,
    reception: 2,
  });
  // The figures add up: no 三公 sum finding.
  const report = checkWorkbook(book([figures]));
  assert.deepEqual(
    report.findings.filter((f) => f.rule === 'three-costs.sum'),
    [],
  );
});

test('三公 pairs that do not add up: the sum rule reads the right pair', () => {
  const figures = [10, 9.5, 2, 1.5, 6, 5, 0, 0, 6, 5, 2, 2];
  const report = checkWorkbook(book([figures]));
  const sums = report.findings.filter((f) => f.rule === 'three-costs.sum' && f.severity === 'error');
  assert.equal(sums.length, 1);
  assert.equal(sums[0].cell, 'B7');
});

test('an empty 三公 table closed by a 说明 line: read as empty, explained', () => {
  const report = checkWorkbook(
    book([
      [],
      ['注：本表反映部门本年度“三公”经费支出预决算情况。'],
      ['说明：上海市XX局本年度没有财政拨款“三公”经费支出，故本表无数据。'],
    ]),
    // The note's wording is not Shanghai's alone: a lone table with it is read in the face the user chose.
    { face: 'shanghai' },
  );
  assert.equal(report.tables.length, 1);
  assert.equal(report.tables[0].face, 'shanghai');
  assert.deepEqual(
    report.findings.filter((f) => f.rule === 'completeness.empty-note'),
    [],
  );
  // Without the 说明 line the empty table is unexplained.
  const bare = checkWorkbook(book([[], ['注：本表反映部门本年度“三公”经费支出预决算情况。']]));
  assert.equal(bare.findings.filter((f) => f.rule === 'completeness.empty-note').length, 1);
});
