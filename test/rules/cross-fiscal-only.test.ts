import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { check, loadCase, marks, planted } from '../helpers';

test('cross.fiscal-only: all income is 一般公共预算 拨款, so 公开05 = 公开03 code by code', async () => {
  assert.deepEqual(marks(check(await loadCase('liujiang2022-standard')), 'cross.fiscal-only'), []);
  const r = await planted('liujiang2022-standard', [
    ['公开03表', 'C33', 26.55],
    ['公开03表', 'D33', 26.55],
  ]);
  assert.ok(marks(r, 'cross.fiscal-only').includes('error 公开05表!C33'));
  assert.ok(marks(r, 'cross.fiscal-only').includes('error 公开02表!C33'));
});

test('cross.fiscal-only: does not apply when the unit has 事业收入', async () => {
  const r = await planted('liujiang2022-standard', [
    ['公开01表', 'C11', 10],
    ['公开03表', 'C33', 26.55],
    ['公开03表', 'D33', 26.55],
  ]);
  assert.deepEqual(marks(r, 'cross.fiscal-only'), []);
});
