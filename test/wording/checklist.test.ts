/**
 * 检查表 items (docs/published/reviewer-checklists.md) not yet built into another wording test: 单位预算 预算编制说明
 * item 3, one item given 56.12万元 and 57.8万元 in one paragraph; 部门预算 预算编制说明 item 1, "与2025年预算比较"
 * in a 2026 预算.
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

test('text.year: 检查表 部门预算 item 1, "与2025年预算比较" in a 2026 预算 is a hint to check the year', () => {
  const budget =
    '上海市普陀区司法局2026年部门预算\n2026年一般公共预算财政拨款支出3845.49万元，与2025年预算比较，增加120.00万元。';
  const f = checkWorkbook(null, { narrative: budget, year: 2026 }).findings.filter(
    (x) => x.rule === 'text.year',
  );
  assert.deepEqual(
    f.map((x) => `${x.severity} ${x.narrative?.text}`),
    ['info 与2025年预算比较'],
  );
  assert.match(f[0].message, /请核对年份/);
  // In a 决算 the same words compare with last year's budget as they should; a 2026 budget's 2026 is right too.
  const final = budget.replace('部门预算', '部门决算');
  assert.deepEqual(
    checkWorkbook(null, { narrative: final, year: 2026 }).findings.filter((x) => x.rule === 'text.year'),
    [],
  );
  assert.deepEqual(
    checkWorkbook(null, {
      narrative: budget.replace('与2025年预算', '与2026年预算'),
      year: 2026,
    }).findings.filter((x) => x.rule === 'text.year'),
    [],
  );
});
