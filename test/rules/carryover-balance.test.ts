import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { marks, planted } from '../helpers';

test('carryover.balance: 年初 + 收入 − 支出 = 年末 on 公开07', async () => {
  const good = await planted('danfeng2024-standard', [
    ['公开07表', 'C7', 10],
    ['公开07表', 'D7', 5],
    ['公开07表', 'E7', 3],
    ['公开07表', 'G7', 3],
    ['公开07表', 'H7', 12],
  ]);
  assert.deepEqual(marks(good, 'carryover.balance'), []);
  const bad = await planted('danfeng2024-standard', [
    ['公开07表', 'C7', 10],
    ['公开07表', 'D7', 5],
    ['公开07表', 'E7', 3],
    ['公开07表', 'G7', 3],
    ['公开07表', 'H7', 11],
  ]);
  assert.deepEqual(marks(bad, 'carryover.balance'), ['error 公开07表!H7']);
});
