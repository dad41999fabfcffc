/** number.uncached: cells whose value is not known are named once per table, and never read as zero. */

import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { alarms, check, loadCase, ofRule } from '../helpers';

/** The snapshot with the figures of the row labelled `label` in `sheet` unknown (a formula without its result). */
function unknownRow(snapshot: WorkbookSnapshot, sheet: string, label: string): WorkbookSnapshot {
  const copy: WorkbookSnapshot = structuredClone(snapshot);
  const s = copy.sheets.find((x) => x.name === sheet)!;
  s.unknown = [];
  s.values.forEach((row, r) => {
    if (!row.some((v) => typeof v === 'string' && v.replace(/\s/g, '') === label)) return;
    row.forEach((v, c) => {
      if (typeof v === 'number' && !(Number.isInteger(v) && v < 100)) {
        row[c] = null;
        s.unknown!.push([r + s.originRow, c + s.originCol]);
      }
    });
  });
  return copy;
}

test('unknown totals: one warning for the table, no relation fails on them', async () => {
  const base = await loadCase('danfeng2024-standard');
  const report = check(unknownRow(base, '公开01表', '本年收入合计'));
  const found = ofRule(report, 'number.uncached');
  assert.equal(found.length, 1);
  assert.equal(found[0].table, '公开01');
  assert.equal(found[0].severity, 'warning');
  assert.match(found[0].message, /公开01 有 2 个公式单元格没有保存计算结果（C33、F33）/);
  assert.deepEqual(
    alarms(report.findings).filter((f) => f.rule !== 'number.uncached'),
    alarms(check(base).findings),
  );
});

test('the same cells blank (no formula) are zero, and the totals fail', async () => {
  const base = await loadCase('danfeng2024-standard');
  const blanked = unknownRow(base, '公开01表', '本年收入合计');
  for (const s of blanked.sheets) delete s.unknown;
  const report = check(blanked);
  assert.equal(ofRule(report, 'number.uncached').length, 0);
  assert.ok(report.summary.error > 0);
});
