/** The department read from a workbook: the name alone, not the unit line printed after it in the same cell. */

import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { departmentOf } from '../../src/core/years/unit';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { loadCase, withCells } from '../helpers';

/** The workbook with its 编制部门 line written into one cell, on every sheet. */
function oneCell(snapshot: WorkbookSnapshot, text: string): WorkbookSnapshot {
  return withCells(
    snapshot,
    snapshot.sheets.flatMap((s) => [
      [s.name, 'A3', text],
      [s.name, 'F3', null],
    ]) as Array<[string, string, string | null]>,
  );
}

test('departmentOf: “编制单位：…  单位：万元” in one cell gives the name alone', async () => {
  const snapshot = await loadCase('danfeng2024-standard');
  assert.equal(departmentOf(snapshot), '丹凤县医疗保障局');
  for (const text of [
    '编制单位：丹凤县医疗保障局          单位：万元',
    '编制单位：丹凤县医疗保障局\u3000\u3000单位：万元',
    '编制部门：丹凤县医疗保障局单位：万元',
    '编制部门：丹凤县医疗保障局 金额单位：万元',
    '部门：丹凤县医疗保障局',
  ])
    assert.equal(departmentOf(oneCell(snapshot, text)), '丹凤县医疗保障局', text);
  // A unit line alone is not a department: the name comes from another cell or a title.
  assert.notEqual(departmentOf(oneCell(snapshot, '单位：万元')), '万元');
});
