import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { check, loadCase } from '../helpers';

test('completeness.tables: a missing table is named', async () => {
  const full = await loadCase('liujiang2022-standard');
  assert.deepEqual(
    check(full).findings.filter((f) => f.rule === 'completeness.tables'),
    [],
  );
  const without08 = { ...full, sheets: full.sheets.filter((s) => s.name !== '公开08表') };
  const f = check(without08).findings.filter((x) => x.rule === 'completeness.tables');
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'warning');
  assert.equal(f[0].topic, '九张表');
  assert.match(f[0].message, /公开08（国有资本经营预算财政拨款支出决算表）/);
});
