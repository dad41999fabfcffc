/** The user's corrections (DocumentState.assignments, CheckOptions.assignments) and the face setting. */

import assert from 'node:assert/strict';
import { test } from '@jest/globals';
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
