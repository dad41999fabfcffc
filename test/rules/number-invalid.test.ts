import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { check, loadCase, marks, planted } from '../helpers';

test('number.invalid: clean corpus has none', async () => {
  assert.deepEqual(marks(check(await loadCase('liujiang2022-textnum')), 'number.invalid'), []);
});

test('number.invalid: a value cell with words in it is an error on that cell, not a crash', async () => {
  const r = await planted('liujiang2022-standard', [['公开03表', 'D12', '约52万']]);
  assert.deepEqual(marks(r, 'number.invalid'), ['error 公开03表!D12']);
  assert.match(r.findings.find((f) => f.rule === 'number.invalid')!.message, /约52万/);
  // The cell takes part in no relation: no sum finding is built on a guess.
  assert.deepEqual(
    marks(r, 'sum.row').filter((m) => m.endsWith('!C12')),
    [],
  );
});

test('number.invalid: a figure of absurd size is an error on that cell, and no sum prints it', async () => {
  const report = await planted('danfeng2024-standard', [['公开03表', 'D8', 1e21]]);
  assert.deepEqual(marks(report, 'number.invalid'), ['error 公开03表!D8']);
  assert.match(report.findings.find((f) => f.rule === 'number.invalid')!.message, /过大/);
  assert.ok(report.findings.every((f) => f.rule === 'number.invalid' || !/e\+\d/.test(f.message)));
});
