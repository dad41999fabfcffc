/**
 * Corpus workbooks printed as departments' printers print them (narrow columns, names and header words wrapped in
 * their cells, codes top-aligned, names centred, figures bottom-aligned, 注 lines tight under the table): each
 * print gives exactly its workbook's findings, and every figure printed in a table lands in a cell.
 */

import { beforeAll, describe, expect, test } from '@jest/globals';
import path from 'path';
import type { Finding, Report } from '../../src/core/report';
import { layoutDocument, type PdfLayout } from '../../src/hosts/pdf/geometry/layout';
import type { PageText } from '../../src/hosts/pdf/geometry/types';
import { CORPUS, gouji } from '../helpers';
import { PDF_FIXTURES, pdfPages } from './pdf-helpers';
import { unplacedFigures } from './silent-loss';

function report(file: string): Report {
  const r = gouji('check', file, '--format', 'json');
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as Report;
}

function signature(f: Finding): string {
  const n = (v: number | undefined): string => (v === undefined ? '' : v.toFixed(2));
  return [f.rule, f.table ?? '', f.severity, n(f.expected), n(f.actual)].join('|');
}

const tableFindings = (r: Report): Finding[] =>
  r.findings.filter((f) => !f.rule.startsWith('completeness.') && !f.narrative);

/** Print → the workbook it was printed from. */
const PRINTS: Array<[string, string]> = [
  ['D01.wrap.pdf', path.join(PDF_FIXTURES, 'D01.xlsx')],
  ['danfeng2024-shanghai.wrap-mixed.pdf', path.join(PDF_FIXTURES, 'danfeng2024-shanghai.xlsx')],
  ['liujiang2022-standard.wrap-mixed.pdf', path.join(CORPUS, 'cases', 'liujiang2022-standard.xlsx')],
  // Printed by LibreOffice (scripts/print-styled.mjs): portrait, narrow columns, wrapped names and headers, codes
  // top / names middle / figures bottom, every table cell boxed, title and 注 lines unboxed.
  ['danfeng2024-standard.lo-portrait.pdf', path.join(CORPUS, 'cases', 'danfeng2024-standard.xlsx')],
];

describe.each(PRINTS)('%s', (print, workbook) => {
  let pdf: Report;
  let xlsx: Report;
  let pages: PageText[];
  let layout: PdfLayout;
  beforeAll(() => {
    pdf = report(path.join(PDF_FIXTURES, print));
    xlsx = report(workbook);
    pages = pdfPages(path.join(PDF_FIXTURES, print));
    layout = layoutDocument(pages, print);
  }, 180000);

  test('exactly the findings of its workbook (rule, table, severity, figures), nothing more', () => {
    const a = tableFindings(pdf).map(signature).sort();
    const b = tableFindings(xlsx).map(signature).sort();
    expect(b.length).toBeGreaterThan(0);
    expect(a).toEqual(b);
    expect(pdf.tables.map((t) => t.id)).toEqual(xlsx.tables.map((t) => t.id));
  });

  test('the page draws its borders: they are read', () => {
    expect(pages.filter((p) => (p.rules ?? []).length > 0).length).toBeGreaterThan(5);
  });

  test('every figure printed inside a table lands in a cell of the rebuilt sheet', () => {
    expect(unplacedFigures(pages, layout)).toEqual([]);
  });
});

describe('a row printed on three baselines (wrap-mixed: code top, name centred, figures bottom)', () => {
  let layout: PdfLayout;
  beforeAll(() => {
    layout = layoutDocument(
      pdfPages(path.join(PDF_FIXTURES, 'danfeng2024-shanghai.wrap-mixed.pdf')),
      'x.pdf',
    );
  }, 60000);

  const rowWith = (text: string): string[] => {
    for (const s of layout.snapshot.sheets)
      for (const r of s.values) if (r.includes(text)) return r.map((v) => (v == null ? '' : String(v)));
    throw new Error(`no row with ${text}`);
  };

  test('code, wrapped name and figures are one row', () => {
    expect(rowWith('机关事业单位基本养老保险缴费支出').slice(0, 6)).toEqual([
      '208',
      '05',
      '05',
      '机关事业单位基本养老保险缴费支出',
      '38.50',
      '38.50',
    ]);
  });

  test('a header word wrapped in its cell is one word; the note under the table is a row of its own', () => {
    expect(rowWith('财政拨款收入')).toContain('本年收入合计');
    const sheet = layout.snapshot.sheets.find((s) => s.values.some((r) => r.includes('住房公积金')))!;
    const last = sheet.values.findIndex((r) => r.includes('住房公积金'));
    expect(sheet.values[last][0]).toBe('221');
    expect(String(sheet.values[last + 1][0])).toMatch(/^注：/);
  });
});
