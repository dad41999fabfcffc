/** The report says what was read (REPORT.md `source`): a workbook, or a narrative alone. */

import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { checkWorkbook } from '../src/core/check';
import { loadCase } from './helpers';

test('a workbook gives source "xlsx", a narrative alone "text"', async () => {
  assert.equal(checkWorkbook(await loadCase('danfeng2024-standard')).source, 'xlsx');
  assert.equal(checkWorkbook(null, { narrative: '2024年度收入总计100.00万元。' }).source, 'text');
});
