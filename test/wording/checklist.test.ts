/**
 * 检查表 items (docs/published/reviewer-checklists.md) not yet built into another wording test: 单位预算 预算编制说明
 * item 3, one item given 56.12万元 and 57.8万元 in one paragraph.
 */

import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { checkWorkbook } from '../../src/core/check';

const conflicts = (narrative: string) =>
  checkWorkbook(null, { narrative, year: 2026 }).findings.filter((f) => f.rule === 'text.figure-conflict');

test('text.figure-conflict: 检查表 单位预算 item 3, "56.12万元" then "2026年预算安排57.8万元" for the same item', () => {
  const item =
    '7、机关事业单位职业年金缴费支出（06项）56.12万元。2025年当年预算执行数为52.30万元，2026年预算安排57.8万元，比2025年预算执行数增加10.52%。';
  const f = conflicts(item);
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'warning');
  assert.equal(f[0].expected, 56.12);
  assert.equal(f[0].actual, 57.8);
  assert.deepEqual(conflicts(item.replace('57.8万元', '56.12万元')), []);
});
