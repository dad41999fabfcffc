/**
 * PDF inputs for the fuzz run: the hostile shapes of pdf-shapes.ts (built once, reused), and seeded damage to
 * the real PDFs of test/fixtures/pdf (truncation, shifted or broken xref, flipped bytes, a stream's data cut),
 * plus the hostile workbook shapes of workbook-shapes.ts.
 */

import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import { rng } from './mutate';
import {
  deepNestingPdf,
  encryptedOwnerOnly,
  manyOperatorsPdf,
  oddPageTreePdf,
  shiftXref,
  streamBombPdf,
  withOddPageNode,
} from './pdf-shapes';
import { deflatedRun, hugeColumnSpan, manyMerges, withLyingPart } from './workbook-shapes';

const FIXTURES = path.join(__dirname, '..', '..', 'test', 'fixtures');

export interface FuzzShapes {
  pdfs: Uint8Array[];
  hostilePdfs: Uint8Array[];
  hostileWorkbooks: Uint8Array[];
}

let shapes: Promise<FuzzShapes> | null = null;

/** The real PDFs and the hostile shapes, built once per process. */
export function fuzzShapes(): Promise<FuzzShapes> {
  if (!shapes)
    shapes = (async () => {
      const dir = path.join(FIXTURES, 'pdf');
      const pdfs = readdirSync(dir)
        .filter((f) => f.endsWith('.pdf') && f !== 'encrypted.pdf')
        .map((f) => new Uint8Array(readFileSync(path.join(dir, f))));
      const workbook = readFileSync(path.join(FIXTURES, 'corpus', 'cases', 'danfeng2024-standard.xlsx'));
      return {
        pdfs,
        hostilePdfs: [
          streamBombPdf(40),
          manyOperatorsPdf(2_100_000),
          deepNestingPdf(100_000),
          deepNestingPdf(100_000, 'array'),
          oddPageTreePdf(),
          await withOddPageNode(pdfs[0]),
          await encryptedOwnerOnly(pdfs[0]),
        ],
        hostileWorkbooks: [
          withLyingPart(workbook, 'xl/sharedStrings.xml', deflatedRun(80)),
          hugeColumnSpan(workbook),
          manyMerges(workbook, 16_000),
        ],
      };
    })();
  return shapes;
}

const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');

/** One seeded damage to a real PDF. */
export function mutatePdf(bytes: Uint8Array, seed: number): Uint8Array {
  const r = rng(seed);
  const int = (n: number) => Math.floor(r() * n);
  const op = int(6);
  if (op === 0) return bytes.slice(0, 1 + int(bytes.length)); // truncated
  if (op === 1) return shiftXref(bytes, int(2001) - 1000); // xref offsets shifted
  if (op === 2) {
    // "xref" or "startxref" damaged
    const s = latin1(bytes);
    return Buffer.from(
      r() < 0.5 ? s.replace(/startxref\s+\d+/, 'startxref\n0') : s.replace(/xref/g, 'xqef'),
      'latin1',
    );
  }
  if (op === 3) {
    // a stream's data cut or its /Length made wrong
    const s = latin1(bytes);
    return Buffer.from(
      s.replace(/\/Length (\d+)/g, (m, n: string) => (r() < 0.3 ? `/Length ${int(Number(n) * 2 + 1)}` : m)),
      'latin1',
    );
  }
  const out = new Uint8Array(bytes);
  for (let i = 0, n = 1 + int(op === 4 ? 20 : 400); i < n; i++) out[int(out.length)] = int(256); // flipped bytes
  return out;
}
