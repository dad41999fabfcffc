/** Codes in 类 | 款 | 项 columns and names wrapped over rows, on small grids. */

import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { findSplitColumns, SplitCodeReader } from '../../src/core/recognition/codes';
import { joinWrappedNames } from '../../src/core/recognition/wrapped-names';
import { SheetGrid, type CellValue } from '../../src/core/snapshot';

const grid = (values: CellValue[][]) =>
  new SheetGrid({ name: 'S', originRow: 0, originCol: 0, values, merges: [] });

test('类 | 款 | 项 parts joined; parents repeated, left blank, or stored as numbers', () => {
  const g = grid([
    ['支出决算表'],
    ['类', '款', '项', '科目名称'],
    ['201', null, null, '一般公共服务支出'],
    ['201', '32', null, '组织事务'],
    ['201', '32', '02', '一般行政管理事务'],
    [null, null, '99', '其他组织事务支出'],
    [208, 5, 5, '机关事业单位基本养老保险缴费支出'],
    [null, '类', null, null],
  ]);
  const cols = findSplitColumns(g, { top: 0, bottom: 7, left: 0, right: 3, titleCol: 0 });
  assert.deepEqual(cols, { first: 0, parts: [0, 1, 2], partsRow: 1 });
  const reader = new SplitCodeReader(g, cols!, /^2\d{2}$/);
  assert.deepEqual(
    [2, 3, 4, 5, 6, 7].map((r) => reader.read(r)),
    ['201', '20132', '2013202', '2013299', '2080505', null],
  );
});

test('a wrapped name with the code on its first row takes the pieces below it', () => {
  const rows = [
    { row: 5, name: '机关事业单位基本养老保险缴费' },
    { row: 7, name: '行政运行' },
  ];
  joinWrappedNames(rows, [{ row: 6, text: '支出' }]);
  assert.deepEqual(
    rows.map((r) => r.name),
    ['机关事业单位基本养老保险缴费支出', '行政运行'],
  );
});

test('a wrapped name with the code on its middle row: as many pieces above as below', () => {
  // 一般公共服务 / 201 (no name) / 支出 ; 机关事业单位 / 2080505 基本养老保险 / 缴费支出 ; 行政运行
  const rows = [
    { row: 2, name: '' },
    { row: 5, name: '基本养老保险' },
    { row: 7, name: '行政运行' },
  ];
  joinWrappedNames(rows, [
    { row: 1, text: '一般公共服务' },
    { row: 3, text: '支出' },
    { row: 4, text: '机关事业单位' },
    { row: 6, text: '缴费支出' },
  ]);
  assert.deepEqual(
    rows.map((r) => r.name),
    ['一般公共服务支出', '机关事业单位基本养老保险缴费支出', '行政运行'],
  );
});
