/** Each corpus PDF printed from a workbook gives that workbook's findings, each located on a page with a box. */

import { beforeAll, describe, expect, test } from '@jest/globals';
import path from 'path';
import type { Report } from '../../src/core/report';
import { CORPUS } from '../helpers';
import { checkReport, PDF_FIXTURES, pdfPages, tableSignatures } from './pdf-helpers';

// danfeng2024-shanghai is in the Shanghai face: the PDF and its workbook are both read in it (asserted below).
const CASES = [
  'danfeng2024-standard',
  'liujiang2022-stacked',
  'liujiang2022-textnum',
  'danfeng2024-shanghai',
];

/** The workbook each PDF was printed from (the Shanghai case is kept beside the PDFs). */
function workbookOf(id: string): string {
  return id.endsWith('-shanghai')
    ? path.join(PDF_FIXTURES, `${id}.xlsx`)
    : path.join(CORPUS, 'cases', `${id}.xlsx`);
}

describe.each(CASES)('%s.pdf', (id) => {
  let pdf: Report;
  let xlsx: Report;
  beforeAll(() => {
    pdf = checkReport(path.join(PDF_FIXTURES, `${id}.pdf`));
    xlsx = checkReport(workbookOf(id));
  }, 120000);

  test('the same findings as its workbook (rule, table, severity, figures)', () => {
    const b = tableSignatures(xlsx);
    expect(b.length).toBeGreaterThan(0);
    expect(tableSignatures(pdf)).toEqual(b);
  });

  test('the same nine tables, read from the PDF', () => {
    expect(pdf.source).toBe('pdf');
    expect(pdf.tables.map((t) => t.id)).toEqual(xlsx.tables.map((t) => t.id));
  });

  test('the box of a finding about a figure is where that figure is printed', () => {
    const pages = pdfPages(path.join(PDF_FIXTURES, `${id}.pdf`));
    const figures = pdf.findings.filter(
      (f) => f.pdf && f.actual !== undefined && f.actual !== 0 && f.rule !== 'narrative.parts',
    );
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) {
      const page = pages[f.pdf!.page - 1];
      const [x0, y0, x1, y1] = f.pdf!.box;
      // Items are in reading space (y down) on these unturned pages: PDF y = page height − y.
      const inside = page.items.filter((it) => {
        const cx = it.x + it.w / 2;
        const cy = page.height - (it.y - it.h / 3);
        return cx > x0 && cx < x1 && cy > y0 && cy < y1;
      });
      const printed = inside.map((it) => Number(it.str.replace(/,/g, '')));
      expect(printed).toContain(Math.abs(f.actual!));
    }
  });

  test('the PDF is read in the face of its workbook', () => {
    const faces = (r: Report): string[] => r.tables.map((t) => t.face ?? 'mof');
    expect(faces(pdf)).toEqual(faces(xlsx));
    if (id.endsWith('-shanghai')) expect(new Set(faces(pdf))).toEqual(new Set(['shanghai']));
  });

  test('every finding on a table cell has its page and a box on that page', () => {
    const onCells = pdf.findings.filter((f) => f.sheet && f.cell);
    expect(onCells.length).toBeGreaterThan(0);
    for (const f of onCells) {
      expect(f.pdf).toBeDefined();
      const [x0, y0, x1, y1] = f.pdf!.box;
      expect(f.pdf!.page).toBeGreaterThanOrEqual(1);
      expect(x1).toBeGreaterThan(x0);
      expect(y1).toBeGreaterThan(y0);
      // Landscape A4 in points.
      expect(x0).toBeGreaterThanOrEqual(0);
      expect(x1).toBeLessThanOrEqual(842);
      expect(y1).toBeLessThanOrEqual(596);
    }
  });
});
