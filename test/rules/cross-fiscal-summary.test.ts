import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { check, loadCase, marks, planted } from '../helpers';

test('cross.fiscal-summary: 公开04 财政拨款 income rows = 公开01; 年初 in 公开01 ≥ 公开04', async () => {
  assert.deepEqual(marks(check(await loadCase('liujiang2022-standard')), 'cross.fiscal-summary'), []);
  const r = await planted('liujiang2022-standard', [
    ['公开04表', 'C7', 950.2],
    ['公开04表', 'C34', 5],
  ]);
  assert.deepEqual(marks(r, 'cross.fiscal-summary'), ['error 公开01表!C35', 'error 公开04表!C7']);
});
