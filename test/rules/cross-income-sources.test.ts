import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { check, loadCase, marks, planted } from '../helpers';

test('cross.income-sources: 公开02 合计 columns against 公开01 收入 rows', async () => {
  assert.deepEqual(marks(check(await loadCase('liujiang2022-standard')), 'cross.income-sources'), []);
  const r = await planted('liujiang2022-standard', [
    ['公开02表', 'D7', 950],
    ['公开02表', 'F7', 3.2],
  ]);
  assert.deepEqual(marks(r, 'cross.income-sources'), ['error 公开02表!D7', 'error 公开02表!F7']);
});
