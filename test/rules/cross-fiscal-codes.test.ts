import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { check, loadCase, marks, planted } from '../helpers';

// 丹凤 2024: every 公开02 row is all 财政拨款收入 and every code is in 公开05. 事业收入 on 公开01 (C11) takes the
// unit out of the whole-unit case of cross.fiscal-only, so the codes are compared one by one.
const NOT_ALL_FISCAL: Array<[string, string, number]> = [['公开01表', 'C11', 10]];

test('cross.fiscal-codes: silent where every code all 财政拨款 and spent is in 公开05', async () => {
  assert.deepEqual(marks(check(await loadCase('danfeng2024-standard')), 'cross.fiscal-codes'), []);
  assert.deepEqual(marks(await planted('danfeng2024-standard', NOT_ALL_FISCAL), 'cross.fiscal-codes'), []);
});

test('cross.fiscal-codes: a code all 财政拨款 in 公开02, spent in 公开03, left out of 公开05', async () => {
  const r = await planted('danfeng2024-standard', [...NOT_ALL_FISCAL, ['公开05表', 'A31', null]]);
  // On the row after which 2210201 would be printed (22102 住房改革支出, row 30).
  assert.deepEqual(marks(r, 'cross.fiscal-codes'), ['warning 公开05表!A30']);
  const [f] = r.findings.filter((x) => x.rule === 'cross.fiscal-codes');
  assert.match(f.message, /^公开05、公开07、公开08 没有科目 2210201 住房公积金（公开03 合计 28\.08/);
  assert.match(f.message, /公开02 中这些科目的本年收入全部为财政拨款收入（2210201 28\.08）/);
});

test('cross.fiscal-codes: not when the code has other income, nor in the whole-unit case (cross.fiscal-only)', async () => {
  const other = await planted('danfeng2024-standard', [
    ...NOT_ALL_FISCAL,
    ['公开05表', 'A31', null],
    ['公开02表', 'D31', 20],
  ]);
  assert.deepEqual(marks(other, 'cross.fiscal-codes'), []);
  const whole = await planted('danfeng2024-standard', [['公开05表', 'A31', null]]);
  assert.deepEqual(marks(whole, 'cross.fiscal-codes'), []);
  assert.ok(marks(whole, 'cross.fiscal-only').length > 0);
});
