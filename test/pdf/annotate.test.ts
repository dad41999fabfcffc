/** The annotated copy: one note per finding at the figure's box, opened again with pdf.js; the original untouched. */

import { beforeAll, describe, expect, test } from '@jest/globals';
import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { SEVERITY_LABELS, type Report } from '../../src/core/report';
import { gouji } from '../helpers';
import { PDF_FIXTURES, pdfAnnotations } from './pdf-helpers';

const SOURCE = path.join(PDF_FIXTURES, 'liujiang2022-textnum.pdf');

async function sha(file: string): Promise<string> {
  return createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex');
}

describe('gouji check 决算.pdf --out 标注.pdf', () => {
  let out: string;
  let report: Report;
  let before: string;
  let status: number | null;
  beforeAll(async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gouji-pdf-'));
    out = path.join(dir, '标注.pdf');
    before = await sha(SOURCE);
    const r = gouji('check', SOURCE, '--format', 'json', '--out', out);
    status = r.status;
    report = JSON.parse(r.stdout) as Report;
  }, 120000);

  test('exits as a check does and leaves the original as it was', async () => {
    expect(status).toBe(report.summary.error > 0 ? 1 : 0);
    expect(await sha(SOURCE)).toBe(before);
  });

  test('the copy opens in pdf.js with one note per located finding, at its box, carrying its severity and message', () => {
    const located = report.findings.filter((f) => f.pdf);
    expect(located.length).toBeGreaterThan(5);
    const notes = pdfAnnotations(out).filter((a) => a.subtype === 'Square');
    expect(notes).toHaveLength(located.length);
    for (const f of located) {
      const [x0, y0, x1, y1] = f.pdf!.box;
      const note = notes.find(
        (a) =>
          a.page === f.pdf!.page &&
          a.contents === `【${SEVERITY_LABELS[f.severity]}】${f.message}` &&
          a.rect[0] <= x0 &&
          a.rect[1] <= y0 &&
          a.rect[2] >= x1 &&
          a.rect[3] >= y1 &&
          a.rect[2] - a.rect[0] < x1 - x0 + 4 &&
          a.rect[3] - a.rect[1] < y1 - y0 + 4,
      );
      expect(note).toBeDefined();
    }
  });

  test('--out for a PDF must be a .pdf', () => {
    const r = gouji('check', SOURCE, '--out', path.join(os.tmpdir(), 'x.xlsx'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('.pdf');
  });
});
