import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { check, loadCase, marks, planted } from '../helpers';

test('number.decimals: two decimals pass', async () => {
  assert.deepEqual(marks(check(await loadCase('danfeng2024-standard')), 'number.decimals'), []);
});

test('number.decimals: 151.911 in a 万元 table is a warning', async () => {
  const r = await planted('danfeng2024-standard', [['公开05表', 'D10', 38.501]]);
  assert.deepEqual(marks(r, 'number.decimals'), ['warning 公开05表!D10']);
});
