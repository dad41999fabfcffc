/** The synthetic sets of the benchmark: figures that keep every relation, and every planted error found. */

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from '@jest/globals';
import { generateDepartments, generateSummaryWorkbook, type PlantedError } from '../../bench/synth';
import { checkWorkbook } from '../../src/core/check';
import type { Finding, Report } from '../../src/core/report';
import { readWorkbookFile } from '../../src/hosts/file/read-workbook';

const TMP = mkdtempSync(path.join(os.tmpdir(), 'gouji-synth-'));

const touches = (f: Finding, p: PlantedError) =>
  (f.sheet === p.sheet && f.cell === p.cell) ||
  (f.related ?? []).some((r) => r.sheet === p.sheet && r.cell === p.cell);

/** Errors and warnings of the arithmetic and code rules (completeness findings judge the narrative's scope). */
const alarms = (r: Report) =>
  r.findings.filter((f) => f.severity !== 'info' && !f.rule.startsWith('completeness.'));

function assertPlantsFound(report: Report, planted: PlantedError[], label: string): void {
  for (const p of planted) {
    const hits = alarms(report).filter((f) => touches(f, p));
    assert.ok(
      hits.length > 0,
      `${label}: planted ${p.kind} at ${p.sheet}!${p.cell} (${p.before} → ${p.after}) not found`,
    );
    if (p.severity === 'error')
      assert.ok(
        hits.some((f) => f.severity === 'error'),
        `${label}: ${p.kind} at ${p.sheet}!${p.cell} found only as a warning`,
      );
  }
  const stray = alarms(report).filter((f) => !planted.some((p) => touches(f, p)));
  assert.deepEqual(
    stray.map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.message}`),
    [],
    `${label}: alarms that no planted error explains`,
  );
}

test('department workbooks: every planted error is found, and nothing else is alarmed', async () => {
  const generated = await generateDepartments({
    dir: path.join(TMP, 'drafts'),
    count: 8,
    seed: 7,
    plantShare: 0.75,
  });
  const planted = generated.flatMap((g) => g.planted);
  assert.ok(planted.length >= 6, `a real test plants errors (${planted.length})`);
  assert.ok(
    generated.some((g) => g.planted.length === 0),
    'some workbooks are clean',
  );
  for (const g of generated) {
    const { snapshot } = await readWorkbookFile(g.file);
    const report = checkWorkbook(snapshot, { narrative: readFileSync(g.narrative!, 'utf8') });
    assert.equal(report.tables.length, 9, g.file);
    assert.equal(report.year, 2024);
    assertPlantsFound(report, g.planted, path.basename(g.file));
  }
});

test('a 汇总 workbook: each unit sheet is checked on its own, every planted error is found', async () => {
  const g = await generateSummaryWorkbook({
    file: path.join(TMP, '汇总.xlsx'),
    units: 6,
    seed: 11,
    plantEvery: 2,
  });
  assert.ok(g.planted.length >= 3);
  const { snapshot } = await readWorkbookFile(g.file);
  assert.equal(snapshot.sheets.length, 7, '部门汇总 and six unit sheets');
  const report = checkWorkbook(snapshot);
  assert.equal(report.tables.length, 63);
  const plantedSheets = new Set(g.planted.map((p) => p.sheet));
  assert.ok(plantedSheets.size >= 3 && !plantedSheets.has(snapshot.sheets[1].name));
  assertPlantsFound(report, g.planted, '汇总.xlsx');
  // Each unit's titles and headings name that unit: no wording alarm from comparing one unit's name with another's.
  assert.deepEqual(
    alarms(report)
      .filter((f) => f.rule.startsWith('text.'))
      .map((f) => `${f.rule} ${f.sheet}!${f.cell}`),
    [],
  );
  // Findings of a later unit stay on its own sheet: one unit's figures are never compared with another's.
  for (const f of alarms(report))
    for (const r of f.related ?? []) assert.equal(r.sheet, f.sheet, `${f.rule} ${f.sheet}!${f.cell}`);
});
