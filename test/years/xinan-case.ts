/** The real 西南大学 2023 PDF as last year and a 2024 disclosure built from it (shared by the years and pane tests). */

import assert from 'node:assert/strict';
import path from 'node:path';
import { toA1 } from '../../src/core/address';
import { recognizeWorkbook } from '../../src/core/recognition';
import type { Finding } from '../../src/core/report';
import type { SummaryTable } from '../../src/core/tables/model';
import { layoutDocument } from '../../src/hosts/pdf/geometry/layout';
import { FIXTURES, withCells } from '../helpers';
import { pdfPages } from '../pdf/pdf-helpers';

export const XINAN_2023 = path.join(FIXTURES, 'pdf', 'swu2023-real.pdf');

/** The 2024 narrative: 2023's 本年收入合计 and 本年支出合计 quoted, the second one 91.00 off. */
export const XINAN_2024_NARRATIVE = [
  '西南大学2024年度部门决算',
  '三、决算报表说明',
  '（一）高等学校收支决算总表说明',
  '2024年度本年收入合计440,725.03万元，比上年430,725.03万元增加10,000.00万元，增长2.32%。',
  '2024年度本年支出合计467,676.75万元，比上年457,767.75万元增加10,000.00万元，增长2.18%。',
].join('\n');

/** 2024's tables: the 2023 grids with 表1's 上年结转和结余 set to 106,700.90 (2023 closed at 106,848.91). */
export function xinan2024() {
  // pdf.js is ESM-only: the pages are read in a child process, laid out here as the CLI does.
  const last = { layout: layoutDocument(pdfPages(XINAN_2023), '西南大学2023年度部门决算.pdf') };
  const snapshot = last.layout.snapshot;
  const t1 = recognizeWorkbook(snapshot, {}).tables.find((t) => t.id === '公开01') as SummaryTable;
  assert.ok(t1, '表1 高等学校收支决算总表 is read from the PDF');
  const opening = t1.income.find((l) => l.key === 'openingBalance')!.values.amount;
  const closing = t1.expense.find((l) => l.key === 'closingBalance')!.values.amount;
  assert.equal(closing.value, 106848.91);
  const workbook = withCells(snapshot, [
    [opening.ref.sheet, toA1(opening.ref.row, opening.ref.col), 106700.9],
  ]);
  return { last, workbook, openingCell: toA1(opening.ref.row, opening.ref.col), closing };
}

/** The two 跨年 findings of the case (the carry-over break, the misquoted 上年支出合计), both on 表1's page of 2023. */
export function assertXinanYears(findings: Finding[]): void {
  const years = findings.filter((f) => f.rule.startsWith('year.'));
  assert.deepEqual(
    years.map((f) => f.rule),
    ['year.carryover', 'year.prior-figure'],
  );
  // 表1 is printed on pages 8–9 of the 2023 PDF.
  const page = years[0].otherYear![0].pdf?.page;
  assert.ok(page === 8 || page === 9, `page ${page}`);
  assert.equal(years[1].otherYear![0].pdf?.page, page);
}
