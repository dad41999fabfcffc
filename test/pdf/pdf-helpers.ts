/** Shared by the PDF tests: the fixtures, and pdf.js run in a child process (it is ESM-only; Jest runs CommonJS). */

import { spawnSync } from 'child_process';
import path from 'path';
import type { PageText } from '../../src/hosts/pdf/geometry/types';

export const PDF_FIXTURES = path.join(__dirname, '..', 'fixtures', 'pdf');
const CHILD = path.join(__dirname, 'pdfjs-child.ts');

function child(mode: string, file: string): string {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CHILD, mode, file], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (r.status !== 0) throw new Error(`pdf.js child failed: ${r.stderr}`);
  return r.stdout;
}

export function pdfPages(file: string): PageText[] {
  return JSON.parse(child('pages', file)) as PageText[];
}

export function pdfAnnotations(
  file: string,
): Array<{ page: number; subtype: string; rect: number[]; contents: string }> {
  return JSON.parse(child('annots', file));
}
