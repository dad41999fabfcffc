/**
 * The real 西南大学 2023 PDF (central units' four tables) as last year, against a 2024 disclosure built from it:
 * its 年末结转和结余 106,848.91 carried as 106,700.90 (the break its real 2024 disclosure has, 148.01), and a
 * narrative quoting 2023 figures, one of them wrong. Both breaks are found, and nothing else.
 */

import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from '@jest/globals';
import ExcelJS from 'exceljs';
import { toA1 } from '../../src/core/address';
import { checkAcrossYears } from '../../src/core/years';
import type { Report } from '../../src/core/report';
import { gouji } from '../helpers';

import { assertXinanYears, XINAN_2023, XINAN_2024_NARRATIVE, xinan2024 } from './xinan-case';

test('西南大学 2023 (real PDF) against a 2024 built from it: the carry-over and the misquoted 上年 figure, nothing else', async () => {
  const { last, workbook, openingCell, closing } = xinan2024();
  const r = checkAcrossYears(
    { file: '西南大学2024.xlsx', source: 'xlsx', workbook, narrative: XINAN_2024_NARRATIVE },
    {
      file: '西南大学2023年度部门决算.pdf',
      source: 'pdf',
      workbook: last.layout.snapshot,
      narrative: last.layout.narrative,
    },
  );
  assert.equal(r.problem, null);
  assert.equal(r.last.unit, '西南大学');
  assert.equal(r.last.year, 2023);
  assert.equal(r.current.year, 2024);
  assert.deepEqual(
    r.findings.map((f) => [f.rule, f.severity, f.cell ?? f.narrative?.text, f.difference]),
    [
      ['year.carryover', 'error', openingCell, -148.01],
      ['year.prior-figure', 'error', '比上年457,767.75万元', 91],
    ],
  );
  const [carry, quoted] = r.findings;
  assert.deepEqual(carry.otherYear, [
    {
      file: '西南大学2023年度部门决算.pdf',
      year: 2023,
      sheet: closing.ref.sheet,
      cell: toA1(closing.ref.row, closing.ref.col),
    },
  ]);
  assert.match(carry.message, /表1 高等学校收支决算总表 .*106,700\.90.*106,848\.91/);
  assert.match(quoted.message, /表1 高等学校收支决算总表 本年支出合计 457,676\.75/);
});

test('gouji check 2024.xlsx --last-year 西南大学2023年度部门决算.pdf: last year’s place carries its page', async () => {
  const { workbook } = xinan2024();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gouji-xinan-'));
  const wb = new ExcelJS.Workbook();
  for (const sheet of workbook.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) ws.getCell(sheet.originRow + r + 1, sheet.originCol + c + 1).value = v;
      }),
    );
  }
  await wb.xlsx.writeFile(path.join(dir, '西南大学2024.xlsx'));
  writeFileSync(path.join(dir, '2024.txt'), XINAN_2024_NARRATIVE);
  const r = gouji(
    'check',
    path.join(dir, '西南大学2024.xlsx'),
    '--narrative',
    path.join(dir, '2024.txt'),
    '--last-year',
    XINAN_2023,
    '--format',
    'json',
  );
  assert.equal(r.status, 1, r.stderr);
  const report: Report = JSON.parse(r.stdout);
  assert.equal(report.lastYear?.source, 'pdf');
  assertXinanYears(report.findings);
}, 600_000);
