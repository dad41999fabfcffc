/**
 * 上年决算 in the pane when last year is a PDF: last year's side of each finding carries its page, as the command
 * line gives it (`gouji check --last-year 上年.pdf`). The real 西南大学 2023 PDF against a 2024 built from it.
 */

import { readFileSync } from 'node:fs';
import { test } from '@jest/globals';
import { checkWorkbook } from '../../src/core/check';
import { pdfWorkbookOf } from '../../src/hosts/browser/open-pdf';
import { layoutDocument } from '../../src/hosts/pdf/geometry/layout';
import { keptLastYear, lastYearOf, withLastYearFindings } from '../../src/taskpane/logic/last-year';
import { pdfPages } from '../pdf/pdf-helpers';
import { assertXinanYears, XINAN_2023, XINAN_2024_NARRATIVE, xinan2024 } from '../years/xinan-case';

test('a PDF last year: both 跨年 findings name its page (表1 on pages 8–9), also after being kept in the document', () => {
  const name = '西南大学2023年度部门决算.pdf';
  const pages = pdfPages(XINAN_2023);
  const model = pdfWorkbookOf(
    layoutDocument(pages, name),
    pages,
    new Uint8Array(readFileSync(XINAN_2023)),
    name,
  );
  const kept = lastYearOf(model, model.narrative, 'pdf');
  const { workbook } = xinan2024();
  const options = { narrative: XINAN_2024_NARRATIVE };
  // Kept with the document as JSON and read back, as the pane does on the next opening.
  const restored = keptLastYear(JSON.parse(JSON.stringify(kept)))!;
  for (const last of [kept, restored]) {
    const report = withLastYearFindings(checkWorkbook(workbook, options), workbook, options, last);
    assertXinanYears(report.findings);
  }
}, 300_000);
