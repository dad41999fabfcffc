/** The user's corrections (DocumentState.assignments, CheckOptions.assignments) and the face setting. */

import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { recognizeWorkbook } from '../../src/core/recognition';
import { check, loadCase, withCells } from '../helpers';

const tally = (r: ReturnType<typeof check>) =>
  r.findings.map((f) => `${f.rule} ${f.severity} ${f.cell ?? ''}`).sort();

async function untitled05() {
  // A title no face knows and no marker: 公开05 is not recognised by itself.
  return withCells(await loadCase('danfeng2024-standard'), [
    ['公开05表', 'A1', '本年财政拨款开支情况'],
    ['公开05表', 'E2', null],
  ]);
}

test('a sheet assigned to a table is read as that table', async () => {
  const base = await loadCase('danfeng2024-standard');
  const book = await untitled05();
  const without = check(book);
  assert.ok(!without.tables.some((t) => t.id === '公开05'));
  assert.ok(without.findings.some((f) => f.rule === 'completeness.tables' && f.message.includes('公开05')));
  const fixed = check(book, { assignments: [{ table: '公开05', sheet: '公开05表' }] });
  assert.deepEqual(
    fixed.tables.map((t) => t.id),
    check(base).tables.map((t) => t.id),
  );
  assert.deepEqual(tally(fixed), tally(check(base)));
});

test('a range assigned to a table: the table starts at its header when the range has no title', async () => {
  const book = await untitled05();
  const fixed = check(book, { assignments: [{ table: '公开05', sheet: '公开05表', range: 'A4:E31' }] });
  const t = fixed.tables.find((x) => x.id === '公开05');
  assert.ok(t);
  assert.equal(t.sheet, '公开05表');
  assert.ok(fixed.findings.some((f) => f.rule === 'sum.hierarchy' && f.sheet === '公开05表'));
  // The table and its title reference start at the range's first row (row 4), never the row above.
  assert.match(t.range, /^A4:/);
  assert.equal(t.title, '一般公共预算财政拨款支出决算表');
  const read = (range: string) =>
    recognizeWorkbook(book, { assignments: [{ table: '公开05', sheet: '公开05表', range }] }).tables.find(
      (x) => x.id === '公开05',
    )!;
  assert.deepEqual([read('A4:E31').top, read('A4:E31').titleRef.row], [3, 3]);
  // A range from the sheet's first row: nothing points above it (no address A0).
  assert.deepEqual([read('A1:E31').top, read('A1:E31').titleRef.row], [0, 0]);
  const top = check(book, { assignments: [{ table: '公开05', sheet: '公开05表', range: 'A1:E31' }] });
  assert.ok(top.findings.every((f) => !/^[A-Z]+0$/.test(f.cell ?? '')));
  assert.ok(top.tables.every((x) => !/^[A-Z]+0/.test(x.range)));
  // A range that is not an address is ignored, not a crash.
  assert.doesNotThrow(() =>
    check(book, { assignments: [{ table: '公开05', sheet: '公开05表', range: '第4行起' }] }),
  );
});

test('the face setting overrides detection', async () => {
  const shanghai = await loadCase('danfeng2024-shanghai');
  assert.ok(check(shanghai).tables.every((t) => t.face === 'shanghai'));
  const asMof = check(shanghai, { face: 'mof' });
  assert.ok(asMof.tables.every((t) => t.face === 'mof'));
  // Read as 财政部 tables, 三公 is still found: titles are the face's words, not positions.
  assert.ok(asMof.tables.some((t) => t.id === '公开09'));
});

test('an assignment that cannot be followed is always reported, in Chinese', async () => {
  const book = await untitled05();
  const unreadable = (assignment: { table: '公开05' | '公开03'; sheet: string; range?: string }) =>
    check(book, { assignments: [assignment] }).findings.filter((f) => f.rule === 'table.unreadable');
  // A range that is not an address.
  const range = unreadable({ table: '公开05', sheet: '公开05表', range: '第4行起' });
  assert.equal(range.length, 1);
  assert.match(range[0].message, /“第4行起”不是有效的单元格区域/);
  // A sheet the workbook does not have.
  const sheet = unreadable({ table: '公开05', sheet: '公开五表' });
  assert.equal(sheet.length, 1);
  assert.match(sheet[0].message, /没有名为“公开五表”的工作表/);
  // A range with no table in it, while the table is read elsewhere under its own title.
  const failed = unreadable({ table: '公开03', sheet: '公开05表', range: 'G40:H45' });
  assert.equal(failed.length, 1);
  assert.match(failed[0].message, /指定为/);
  assert.doesNotMatch(failed[0].message, /标题“公开03”/);
});
