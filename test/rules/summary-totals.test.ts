import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { check, loadCase, marks, planted } from '../helpers';

test('summary.totals: 公开01 and 公开04 balance in the corpus', async () => {
  const r = check(await loadCase('liujiang2022-standard'));
  assert.deepEqual(marks(r, 'summary.totals'), []);
});

test('summary.totals: 本年收入合计 that is not the sum of the income rows, and the totals that follow', async () => {
  const r = await planted('liujiang2022-standard', [['公开01表', 'C33', 953.5]]);
  assert.deepEqual(marks(r, 'summary.totals'), ['error 公开01表!C33', 'error 公开01表!C37']);
});

test('summary.totals: 收入总计 ≠ 支出总计', async () => {
  const r = await planted('danfeng2024-standard', [
    ['公开01表', 'F36', 1049.32],
    ['公开01表', 'F35', 0.1],
  ]);
  assert.deepEqual(
    marks(r, 'summary.totals').filter((m) => m.startsWith('error')),
    ['error 公开01表!F36'],
  );
  assert.match(
    r.findings.find((f) => f.rule === 'summary.totals' && f.severity === 'error')!.message,
    /收入总计/,
  );
});
