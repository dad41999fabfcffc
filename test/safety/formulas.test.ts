/** Formulas saved without their results are unknown, never zero; a blank total-column header is no crash. */

import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { Report } from '../../src/core/report';
import { CORPUS } from '../helpers';
import { gouji, noInternalError, tempDir } from './helpers';

const TMP = tempDir('gouji-formulas-');
const sample = path.join(CORPUS, 'cases', 'danfeng2024-standard.xlsx');

/** The corpus workbook with every value of the rows labelled `label` in `sheet` turned into a formula with no saved result. */
async function withUncached(file: string, changes: Array<[string, RegExp]>): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(sample);
  const changed: string[] = [];
  for (const [sheet, label] of changes) {
    const ws = wb.getWorksheet(sheet)!;
    ws.eachRow((row) => {
      const labelled = row.values as unknown[];
      if (!labelled.some((v) => typeof v === 'string' && label.test(v.replace(/\s/g, '')))) return;
      row.eachCell((cell) => {
        // Amounts only: the 行次 column holds small whole numbers.
        if (typeof cell.value !== 'number' || (Number.isInteger(cell.value) && cell.value < 100)) return;
        cell.value = { formula: `SUM(${cell.address})` } as ExcelJS.CellFormulaValue;
        changed.push(`${sheet}!${cell.address}`);
      });
    });
  }
  await wb.xlsx.writeFile(file);
  return changed;
}

test('formulas without cached values are unknown: one finding per table naming them, no false error', async () => {
  const file = path.join(TMP, '未计算公式.xlsx');
  const changed = await withUncached(file, [
    ['公开01表', /^本年收入合计$/],
    ['公开02表', /^合计$/],
  ]);
  assert.ok(changed.length >= 4, changed.join(' '));
  const r = gouji('check', file, '--format', 'json');
  const report: Report = JSON.parse(r.stdout);
  const errors = report.findings.filter((f) => f.severity === 'error');
  assert.deepEqual(
    errors.map((f) => f.message),
    [],
    'no relation fails on a figure that is not known',
  );
  assert.equal(r.status, 0);
  const uncached = report.findings.filter((f) => f.rule === 'number.uncached');
  assert.deepEqual(
    uncached.map((f) => f.table),
    ['公开01', '公开02'],
  );
  for (const f of uncached) {
    assert.match(f.message, /请在 Excel 或 WPS 中打开、保存后再审核/);
    const cells = [f, ...(f.related ?? [])].map((x) => `${x.sheet}!${x.cell}`);
    for (const c of cells) assert.ok(changed.includes(c), c);
  }
  assert.equal(
    uncached.reduce((n, f) => n + 1 + (f.related?.length ?? 0), 0),
    changed.length,
    'every unknown cell is named',
  );
});

test('a blank header over the total column of 公开04 is a finding, not an internal error', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(sample);
  const ws = wb.getWorksheet('公开04表')!;
  let blanked = '';
  ws.eachRow((row, n) =>
    row.eachCell((c) => {
      if (n < 10 && typeof c.value === 'string' && c.value.replace(/\s/g, '') === '合计' && !blanked) {
        blanked = c.address;
        c.value = null;
      }
    }),
  );
  assert.ok(blanked);
  const file = path.join(TMP, '合计表头为空.xlsx');
  await wb.xlsx.writeFile(file);
  const r = gouji('check', file);
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  assert.ok(noInternalError(r.stderr), r.stderr);
  assert.match(r.stdout, /公开04 支出栏没有“合计”列/);
});
