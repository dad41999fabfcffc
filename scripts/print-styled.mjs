#!/usr/bin/env node
/**
 * Prints corpus workbooks as departments' printers print them, through LibreOffice, into test/fixtures/pdf/:
 * a copy of each workbook restyled with ExcelJS (narrow columns, names and header words wrapped in their cells,
 * top / middle / bottom alignment mixed per column, a tight 注 line, portrait or landscape, borders or none), then
 * `soffice --headless --convert-to pdf`. The tests read the committed PDFs; this script only regenerates them
 * (it needs LibreOffice and a Chinese font: `apt-get install -y --no-install-recommends libreoffice-calc-nogui
 * fonts-wqy-microhei`; without the font the glyphs come out as the wrong characters).
 *
 *   node scripts/print-styled.mjs [--only <name>]
 */

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const CASES = path.join(ROOT, 'test', 'fixtures', 'corpus', 'cases');
const OUT = path.join(ROOT, 'test', 'fixtures', 'pdf');

/**
 * Each print: the workbook, the style's name (the PDF is <workbook>.<style>.pdf) and how it is styled.
 * borders: every cell of the used range boxed, or none at all (tables told apart by text alone).
 */
export const PRINTS = [
  { workbook: 'danfeng2024-standard', style: 'lo-portrait', orientation: 'portrait', borders: true },
  { workbook: 'liujiang2022-standard', style: 'lo-landscape-bare', orientation: 'landscape', borders: false },
  { workbook: 'danfeng2024-shanghai', style: 'lo-portrait-bare', orientation: 'portrait', borders: false },
  // A planted error (two digits swapped in 公开03) read through the borderless path.
  { workbook: 'D03', style: 'lo-portrait-bare', orientation: 'portrait', borders: false },
];

const THIN = { style: 'thin', color: { argb: 'FF000000' } };
const BOX = { top: THIN, left: THIN, bottom: THIN, right: THIN };

const isCode = (v) => typeof v === 'string' && /^\d{3}(\d{2}){0,2}$/.test(v.trim());
const isFigure = (v) =>
  typeof v === 'number' || (typeof v === 'string' && /^-?[\d,]+(\.\d+)?$/.test(v.trim()));
const isNote = (v) => typeof v === 'string' && /^\s*(注|说明)[:：]/.test(v);
/** Lines of the page above the table (title, 编制部门, 单位, 公开NN表): printed on one line, never wrapped. */
const isFrame = (v) =>
  typeof v === 'string' &&
  /^\s*(编制)?(部门|单位)(名称)?[:：]|决算(总)?表$|^公开\d{2}表$|明细表$/.test(v.trim());

/** A row of the table itself: something in it, and no title, 编制部门 or 注 line. */
const tableRow = (row) => {
  const values = (row.values ?? []).filter((v) => v !== null && v !== undefined && v !== '');
  return values.length > 0 && !values.some((v) => isNote(v) || isFrame(v));
};

/** Display width of a text in column-width units: a Chinese character takes two. */
const textWidth = (v) => [...String(v ?? '')].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);

/** What a column mostly holds below its headers: codes, figures or words. */
function columnKind(sheet, col) {
  let codes = 0;
  let figures = 0;
  let words = 0;
  sheet.eachRow((row) => {
    const v = row.getCell(col).value;
    if (v === null || v === undefined || v === '') return;
    if (isCode(v)) codes++;
    else if (isFigure(v)) figures++;
    else words++;
  });
  if (codes > figures && codes > words / 2) return 'code';
  if (figures > words) return 'figure';
  return 'words';
}

function restyle(sheet, print) {
  const width = sheet.columnCount;
  for (let c = 1; c <= width; c++) {
    const kind = columnKind(sheet, c);
    const column = sheet.getColumn(c);
    // Narrow: names wrap over two or three lines, header words over two.
    column.width = kind === 'code' ? 9 : kind === 'figure' ? 11 : 14;
    const vertical = kind === 'code' ? 'top' : kind === 'figure' ? 'bottom' : 'middle';
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const cell = row.getCell(c);
      const note = isNote(cell.value) || isFrame(cell.value);
      cell.alignment = {
        wrapText: !note,
        vertical,
        // A note or heading line runs on from its cell's left edge (centred, it would run off the page).
        horizontal: note ? 'left' : kind === 'figure' ? 'right' : kind === 'code' ? 'left' : 'center',
      };
      // Every cell of a table row is boxed, empty ones too (a merged header's lines are drawn whole).
      cell.border = print.borders && tableRow(row) ? BOX : {};
    });
  }
  sheet.eachRow({ includeEmpty: false }, (row) => {
    // Rows as tall as their wrapped text needs (as a printer's autofit leaves them); a 注 row tight under the table.
    let lines = 1;
    row.eachCell((cell, c) => {
      if (isNote(cell.value) || isFrame(cell.value) || cell.isMerged) return;
      const width = sheet.getColumn(c).width ?? 10;
      lines = Math.max(lines, Math.ceil(textWidth(cell.value) / Math.max(1, width - 1)));
    });
    const noteRow = row.values.some?.((v) => isNote(v));
    row.height = noteRow ? 12 : 14 * lines + 2;
  });
  sheet.pageSetup = {
    ...sheet.pageSetup,
    orientation: print.orientation,
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.2, footer: 0.2 },
  };
}

async function printOne(print, work) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(CASES, `${print.workbook}.xlsx`));
  for (const sheet of wb.worksheets) restyle(sheet, print);
  const name = `${print.workbook}.${print.style}`;
  const xlsx = path.join(work, `${name}.xlsx`);
  await wb.xlsx.writeFile(xlsx);
  const r = spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', work, xlsx], {
    encoding: 'utf8',
    timeout: 300000,
  });
  if (r.status !== 0) throw new Error(`soffice failed for ${name}: ${r.stderr || r.error}`);
  copyFileSync(path.join(work, `${name}.pdf`), path.join(OUT, `${name}.pdf`));
  console.log(`${name}.pdf`);
}

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
const work = mkdtempSync(path.join(tmpdir(), 'gouji-print-'));
try {
  for (const p of PRINTS) if (!only || `${p.workbook}.${p.style}`.includes(only)) await printOne(p, work);
} finally {
  rmSync(work, { recursive: true, force: true });
}
