/**
 * The annotated PDF copy on damaged input (fuzz run 1, inputs 4033, 4700 and 9790): a page tree pdf-lib
 * cannot walk is refused with a Chinese reason, and a box with a coordinate that is not a number is skipped
 * instead of ending the run with pdf-lib's English error.
 */

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from '@jest/globals';
import { PDFDocument } from 'pdf-lib';
import { annotatePdf, PdfCopyError } from '../../src/export/annotate-pdf';
import type { Finding, Report } from '../../src/core/report';

const REAL = new Uint8Array(
  readFileSync(path.join(__dirname, '..', 'fixtures', 'pdf', 'danfeng2024-standard.pdf')),
);

function reportWith(boxes: [number, number, number, number][]): Report {
  const findings = boxes.map(
    (box, i) =>
      ({
        id: `t${i}`,
        severity: 'error',
        message: '测试',
        pdf: { page: 1, box },
      }) as unknown as Finding,
  );
  return { findings } as unknown as Report;
}

test('a box with NaN is skipped; the finite boxes are drawn and the copy is written', async () => {
  const notesBefore = (await PDFDocument.load(REAL)).getPage(0).node.Annots()?.size() ?? 0;
  const saved = await annotatePdf(
    REAL,
    reportWith([
      [NaN, 100, 200, 120],
      [100, 100, 200, Infinity],
      [100, 100, 200, 120],
    ]),
  );
  const copy = await PDFDocument.load(saved);
  const annots = copy.getPage(0).node.Annots();
  // One note: the finite box only.
  assert.equal(annots?.size(), notesBefore + 1);
});

test('a catalog whose /Pages is not a page tree: no copy, a Chinese reason', async () => {
  // One flipped byte: the page tree's /Type /Pages read as /Pagez, a plain dictionary pdf-lib cannot walk.
  const text = Buffer.from(REAL).toString('latin1');
  assert.equal(text.split('/Type/Pages').length, 2);
  const damaged = new Uint8Array(Buffer.from(text.replace('/Type/Pages', '/Type/Pagez'), 'latin1'));
  await assert.rejects(
    annotatePdf(damaged, reportWith([[100, 100, 200, 120]])),
    (e: unknown) =>
      e instanceof PdfCopyError &&
      /页面目录（页面树）有损坏/.test(e.message) &&
      !/[A-Za-z]{4,}/.test(e.message),
  );
});
