import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { check, loadCase, marks, planted } from '../helpers';

test('summary.fund-split: each 公开04 支出 row splits into the three kinds of 拨款', async () => {
  assert.deepEqual(marks(check(await loadCase('danfeng2024-standard')), 'summary.fund-split'), []);
  const r = await planted('danfeng2024-standard', [['公开04表', 'G15', 963.0]]);
  assert.deepEqual(marks(r, 'summary.fund-split'), ['error 公开04表!F15']);
});
