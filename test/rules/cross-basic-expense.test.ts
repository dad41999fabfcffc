import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { check, loadCase, marks, planted } from '../helpers';

test('cross.basic-expense: 公开05 基本支出 = 人员经费 + 公用经费', async () => {
  assert.deepEqual(marks(check(await loadCase('danfeng2024-textnum')), 'cross.basic-expense'), []);
  const r = await planted('danfeng2024-standard', [['公开06表', 'I38', 230.27]]);
  assert.deepEqual(marks(r, 'cross.basic-expense'), ['error 公开05表!D7']);
});
