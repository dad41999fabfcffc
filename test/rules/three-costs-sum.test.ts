import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { check, loadCase, marks, planted } from '../helpers';

test('three-costs.sum: 12-column layout', async () => {
  assert.deepEqual(marks(check(await loadCase('liujiang2022-standard')), 'three-costs.sum'), []);
  const r = await planted('liujiang2022-standard', [['公开09表', 'G8', 0.19]]);
  assert.deepEqual(marks(r, 'three-costs.sum'), ['error 公开09表!G8']);
});

test('three-costs.sum: rows 预算数/决算数 with 会议费 and 培训费', async () => {
  const r = await planted('danfeng2024-standard', [
    ['公开09表', 'B9', 3],
    ['公开09表', 'D9', 2],
    ['公开09表', 'E9', 1],
    ['公开09表', 'F9', 1.5],
    ['公开09表', 'H9', 7],
  ]);
  // 决算 合计 3 = 0 + 2 + 0 holds? no: 3 ≠ 2 → error; 小计 2 ≠ 1 + 1.5 → error. 会议费 is not part of 三公.
  assert.deepEqual(marks(r, 'three-costs.sum'), ['error 公开09表!B9', 'error 公开09表!D9']);
});
