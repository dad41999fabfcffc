/**
 * A copy made by the command line or the browser page (src/export/patch-xlsx annotatePackage) of fixture
 * sheets, read back as fixture sheets: what a host finds when the user opens that copy — marked fills, notes
 * with 勾稽's lines, and the very hidden 勾稽_原格式 sheet holding the original fills and notes.
 */

import ExcelJS from 'exceljs';
import type { Finding } from '../../src/core/report';
import type { CellValue } from '../../src/core/snapshot';
import { annotatePackage, ORIGINALS_SHEET } from '../../src/export/patch-xlsx';
import { fillHex, noteText } from '../../src/hosts/browser/workbook-model';
import type { FixtureSheet } from './host-suite';

export async function annotatedCopyOf(sheets: FixtureSheet[], findings: Finding[]): Promise<FixtureSheet[]> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const [a1, v] of Object.entries(s.cells)) ws.getCell(a1).value = v;
    for (const [a1, hex] of Object.entries(s.fills ?? {}))
      ws.getCell(a1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${hex.slice(1)}` } };
    for (const [a1, text] of Object.entries(s.notes ?? {})) ws.getCell(a1).note = text;
  }
  const summary = { error: findings.length, warning: 0, info: 0 };
  const bytes = annotatePackage(new Uint8Array(await wb.xlsx.writeBuffer()), {
    schema: 'gouji.report/1',
    workbook: 'fixture.xlsx',
    year: null,
    tables: [],
    findings,
    summary,
  });
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(bytes as unknown as ArrayBuffer);
  const names = new Set([...sheets.map((s) => s.name), ORIGINALS_SHEET]);
  return copy.worksheets
    .filter((ws) => names.has(ws.name))
    .map((ws) => {
      const out: FixtureSheet = { name: ws.name, cells: {}, fills: {}, notes: {} };
      if (ws.state === 'veryHidden') out.visibility = 'VeryHidden';
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.value !== null && cell.value !== undefined)
            out.cells[cell.address] = cell.value as CellValue;
          const fill = fillHex(cell.fill);
          if (fill) out.fills![cell.address] = fill;
          const note = noteText(cell.note);
          if (note) out.notes![cell.address] = note;
        }),
      );
      return out;
    });
}
