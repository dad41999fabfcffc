import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { check, loadCase, marks, planted } from '../helpers';

test('cross.three-costs-bounds: 公务接待费 决算 below 30217 of 基本支出 is a warning', async () => {
  assert.deepEqual(marks(check(await loadCase('liujiang2022-standard')), 'cross.three-costs-bounds'), []);
  const r = await planted('liujiang2022-standard', [['公开06表', 'F22', 0.5]]);
  assert.deepEqual(marks(r, 'cross.three-costs-bounds'), ['warning 公开09表!L8']);
});
