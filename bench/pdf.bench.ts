/**
 * A 30-page disclosure read from PDF and checked: our time (rebuilding lines, rows, columns and sheets from the
 * positioned text, then the check) against pdf.js's own text extraction of the same file. The issue asks for
 * under 1 s of core time. Updates the PDF section of bench/results.md.
 * Run: npx tsx bench/pdf.bench.ts
 */

import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { checkWorkbook } from '../src/core/check';
import { loadPdfJs } from '../src/hosts/file/pdfjs-node';
import { layoutDocument } from '../src/hosts/pdf/geometry/layout';
import { locateFindings } from '../src/hosts/pdf/locate';
import { readPdfText } from '../src/hosts/pdf/read-pdf';

const FIXTURES = path.join(__dirname, '..', 'test', 'fixtures', 'pdf');
const LIMIT_MS = 1000;
const RUNS = 5;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const ms = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e6;

/** The real 24-page Putuo disclosure with its six pages of 情况说明 printed twice: 30 pages, one department. */
async function thirtyPages(): Promise<Uint8Array> {
  const real = await PDFDocument.load(await fs.readFile(path.join(FIXTURES, 'putuo2024-real.pdf')));
  const out = await PDFDocument.create();
  const order = [...Array(24).keys(), 16, 17, 18, 19, 20, 21];
  for (const p of await out.copyPages(real, order)) out.addPage(p);
  return out.save();
}

async function main(): Promise<void> {
  const bytes = await thirtyPages();
  const root = path.dirname(require.resolve('pdfjs-dist/package.json'));
  const resources = {
    cMapUrl: path.join(root, 'cmaps') + '/',
    standardFontDataUrl: path.join(root, 'standard_fonts') + '/',
  };
  const pdfjs = await loadPdfJs();
  const extract: number[] = [];
  const core: number[] = [];
  let pages = 0;
  let findings = 0;
  for (let i = 0; i < RUNS + 1; i++) {
    let t0 = process.hrtime.bigint();
    const text = await readPdfText(pdfjs, bytes.slice(), '30页.pdf', resources);
    const extractMs = ms(t0);
    t0 = process.hrtime.bigint();
    const layout = layoutDocument(text, '30页.pdf');
    const report = locateFindings(
      checkWorkbook(layout.snapshot, { narrative: layout.narrative }),
      layout.places,
    );
    const coreMs = ms(t0);
    if (i === 0) continue; // warm-up
    extract.push(extractMs);
    core.push(coreMs);
    pages = text.length;
    findings = report.findings.length;
    assert.equal(report.tables.length >= 7, true);
  }
  const e = median(extract);
  const c = median(core);
  const load = os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
  const section = [
    '<!-- pdf-bench -->',
    '## PDF input (`npx tsx bench/pdf.bench.ts`)',
    '',
    `A ${pages}-page disclosure (the real Putuo 2024 PDF, its 情况说明 printed twice; ${(bytes.length / 1024).toFixed(0)} KB), median of ${RUNS} runs after a warm-up; load average ${load}.`,
    '',
    '| step | time |',
    '| ---- | ---: |',
    `| pdf.js text extraction (getDocument + getTextContent of every page) | ${e.toFixed(0)} ms |`,
    `| core: lines, rows, columns, sheets + recognition, rules, narrative (${findings} findings) | ${c.toFixed(0)} ms |`,
    `| core / pdf.js extraction | ${(c / e).toFixed(2)}× |`,
    '',
    `Target: under ${LIMIT_MS} ms of core time for 30 pages: ${c < LIMIT_MS ? 'met' : 'missed'}.`,
    '<!-- /pdf-bench -->',
  ].join('\n');
  const file = path.join(__dirname, 'results.md');
  const current = await fs.readFile(file, 'utf8');
  const start = current.indexOf('<!-- pdf-bench -->');
  const end = current.indexOf('<!-- /pdf-bench -->');
  const next =
    start >= 0 && end > start
      ? current.slice(0, start) + section + current.slice(end + '<!-- /pdf-bench -->'.length)
      : `${current.trimEnd()}\n\n${section}\n`;
  await fs.writeFile(file, next);
  console.log(section);
  assert.ok(c < LIMIT_MS, `core ${c.toFixed(0)} ms ≥ ${LIMIT_MS} ms`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
