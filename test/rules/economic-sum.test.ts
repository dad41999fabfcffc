import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { check, loadCase, marks, planted } from '../helpers';

test('economic.sum: 301 = Σ 301xx is a tail in the corpus', async () => {
  assert.deepEqual(marks(check(await loadCase('liujiang2022-standard')), 'economic.sum'), [
    'info 公开06表!C6',
  ]);
});

test('economic.sum: 人员经费合计 ≠ 301 + 303, 302 ≠ Σ 302xx', async () => {
  const r = await planted('liujiang2022-standard', [
    ['公开06表', 'C34', 490.64],
    ['公开06表', 'F7', 8.43],
  ]);
  assert.deepEqual(marks(r, 'economic.sum'), ['info 公开06表!C6', 'error 公开06表!F6', 'error 公开06表!C34']);
});
