/** 细化到项 and 三公分项 on the tables: a real workbook with its detail rows or columns taken away. */

import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { toA1 } from '../../src/core/address';
import { recognizeWorkbook } from '../../src/core/recognition';
import type { CellValue } from '../../src/core/snapshot';
import { check, loadCase, marks, withCells } from '../helpers';

test('completeness.detail: the real workbooks are detailed down to 项 and to 经济分类 款', async () => {
  for (const id of ['liujiang2022-standard', 'danfeng2024-stacked'])
    assert.deepEqual(marks(check(await loadCase(id)), 'completeness.detail'), [], id);
});

test('completeness.detail: a 款 with a value and no 项 under it is reported on the 款 row', async () => {
  const snapshot = await loadCase('liujiang2022-standard');
  // 2013202 一般行政管理事务 is the only 项 of 款 20132 组织事务 in 公开05.
  const report = check(
    withCells(snapshot, [
      ['公开05表', 'A10', null],
      ['公开05表', 'B10', null],
    ]),
  );
  const f = report.findings.filter((x) => x.rule === 'completeness.detail');
  assert.deepEqual(marks(report, 'completeness.detail'), ['warning 公开05表!A9']);
  assert.equal(f[0].topic, '细化到项');
  assert.match(f[0].message, /公开05的款“20132 组织事务”有数（0.12 万元），其下没有列到项/);
});

test('completeness.detail: 公开06 with 301 not split into 款 is reported on the 301 cell', async () => {
  const snapshot = await loadCase('liujiang2022-standard');
  const e = recognizeWorkbook(snapshot).tables.find((t) => t.kind === 'economic');
  assert.ok(e && e.kind === 'economic');
  const blanks: Array<[string, string, CellValue]> = e.entries
    .filter((x) => x.code.length === 5 && x.code.startsWith('301'))
    .flatMap((x) => [
      [x.codeRef.sheet, toA1(x.codeRef.row, x.codeRef.col), null],
      [x.nameRef.sheet, toA1(x.nameRef.row, x.nameRef.col), null],
    ]);
  assert.ok(blanks.length >= 10);
  assert.deepEqual(marks(check(withCells(snapshot, blanks)), 'completeness.detail'), ['warning 公开06表!A6']);
});

test('completeness.three-costs-split: 公开09 without 购置费 and 运行维护费 columns is reported', async () => {
  const snapshot = await loadCase('liujiang2022-standard');
  assert.deepEqual(marks(check(snapshot), 'completeness.three-costs-split'), []);
  const sheet = snapshot.sheets.find((s) => s.name === '公开09表')!;
  const headers: Array<[string, string, CellValue]> = [];
  sheet.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v === 'string' && /^公务用车(?:购置费|运行维护费)$/.test(v))
        headers.push(['公开09表', toA1(r + sheet.originRow, c + sheet.originCol), null]);
    }),
  );
  assert.equal(headers.length, 4, '预算 and 决算 each split in two');
  const report = check(withCells(snapshot, headers));
  assert.deepEqual(marks(report, 'completeness.three-costs-split'), ['warning 公开09表!I8']);
  assert.equal(report.findings.find((f) => f.rule === 'completeness.three-costs-split')!.topic, '三公分项');
});

test('completeness.detail: the amount quoted is the row’s 合计, not the first column (公开07: 年初结转和结余)', async () => {
  const snapshot = await loadCase('liujiang2022-standard');
  // 公开07 printed empty; a 类 with no 结转 at the start of the year, 5 万元 received and spent.
  const row = (r: number, values: CellValue[]): Array<[string, string, CellValue]> =>
    values.map((v, c) => ['公开07表', toA1(r, c), v]);
  const report = check(
    withCells(snapshot, [
      ...row(6, ['合计', null, 0, 5, 5, 0, 5, 0]),
      ...row(7, ['229', '其他支出', 0, 5, 5, 0, 5, 0]),
    ]),
  );
  const f = report.findings.filter((x) => x.rule === 'completeness.detail' && x.table === '公开07');
  assert.equal(f.length, 1);
  assert.match(f[0].message, /公开07的类“229 其他支出”有数（5\.00 万元）/);
});
