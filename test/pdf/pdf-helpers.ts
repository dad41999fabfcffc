/** Shared by the PDF tests: the fixtures, and pdf.js run in a child process (it is ESM-only; Jest runs CommonJS). */

import { spawnSync } from 'child_process';
import path from 'path';
import type { Finding, Report } from '../../src/core/report';
import type { PageText } from '../../src/hosts/pdf/geometry/types';
import { gouji } from '../helpers';

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

/** The command line's report on a file (a PDF or a workbook), as JSON; it writes nothing on stderr. */
export function checkReport(file: string): Report {
  const r = gouji('check', file, '--format', 'json');
  if (r.stderr !== '') throw new Error(`gouji check ${path.basename(file)} wrote on stderr: ${r.stderr}`);
  return JSON.parse(r.stdout) as Report;
}

/** What must agree: rule, table, severity and figures (narrative and completeness findings aside, as pdf-parity.js). */
function signature(f: Finding): string {
  const n = (v: number | undefined): string => (v === undefined ? '' : v.toFixed(2));
  return [f.rule, f.table ?? '', f.severity, n(f.expected), n(f.actual)].join('|');
}

/** A report's findings on its tables, each as its signature, sorted: a PDF and its workbook must give the same. */
export function tableSignatures(r: Report): string[] {
  return r.findings
    .filter((f) => !f.rule.startsWith('completeness.') && !f.narrative)
    .map(signature)
    .sort();
}
