import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { check, loadCase, marks, planted } from '../helpers';

test('sum.hierarchy: the corpus hierarchy holds up to tails', async () => {
  const r = check(await loadCase('danfeng2024-standard'));
  assert.ok(marks(r, 'sum.hierarchy').every((m) => m.startsWith('info')));
});

test('sum.hierarchy: a 款 that is not the sum of its 项 is an error in every column it breaks', async () => {
  const r = await planted('liujiang2022-standard', [
    ['公开02表', 'C13', 1.5],
    ['公开02表', 'D13', 1.5],
  ]);
  const errors = marks(r, 'sum.hierarchy').filter((m) => m.startsWith('error'));
  assert.deepEqual(errors, ['error 公开02表!C12', 'error 公开02表!D12']);
});

test('sum.hierarchy: 合计 = Σ 类 in the stacked layout', async () => {
  const r = await planted('danfeng2024-stacked', [['部门决算公开表', 'C46', 1059.22]]);
  assert.ok(marks(r, 'sum.hierarchy').includes('error 部门决算公开表!C46'));
});
