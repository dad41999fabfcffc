import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { CENTRAL_4_FACE } from '../../src/core/faces/central-4';
import { matchTitle } from '../../src/core/recognition/titles';
import { assertWellFormed } from './checks';

test('the central four-table face: 收支决算总表, 收入决算表, 支出决算表, 财政拨款支出决算表', () => {
  assertWellFormed(CENTRAL_4_FACE);
  assert.deepEqual(
    CENTRAL_4_FACE.tables.map((t) => `${t.number} ${t.id} ${t.title}`),
    [
      '1 公开01 高等学校收支决算总表',
      '2 公开02 收入决算表',
      '3 公开03 支出决算表',
      '4 公开05 财政拨款支出决算表',
    ],
  );
  assert.equal(matchTitle('北京大学2024年度高等学校收支决算总表', CENTRAL_4_FACE)?.id, '公开01');
  assert.equal(matchTitle('收入支出决算总表', CENTRAL_4_FACE)?.id, '公开01');
  // 财政拨款支出决算表 is the fourth table, not a 支出决算表.
  assert.equal(matchTitle('财政拨款支出决算表', CENTRAL_4_FACE)?.id, '公开05');
  assert.equal(matchTitle('支出决算表', CENTRAL_4_FACE)?.id, '公开03');
});
