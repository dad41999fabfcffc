/** Helpers shared by the Excel host tests: marks, scattered findings, the document without its noise. */

import { marksFromFindings, type Mark } from '../../src/core/marks';
import type { Severity } from '../../src/core/report';
import { toA1 } from '../../src/core/address';
import type { FakeExcel, FakeSheet } from '../fakes/excel/fake-excel';

export function mark(sheet: string, cell: string, severity: Severity, text: string): Mark {
  return marksFromFindings([{ rule: 'test.rule', severity, message: text, sheet, cell }])[0];
}

export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/** n scattered cells (no two adjacent), some with the user's own fills (solid, hatched, tinted) and notes. */
export function scattered(n: number): { sheets: FakeSheet[]; marks: Mark[] } {
  const cells: Record<string, number> = {};
  const fills: Record<string, string> = {};
  const notes: Record<string, string> = {};
  const marks: Mark[] = [];
  for (let i = 0; i < n; i++) {
    const a1 = toA1(Math.floor(i / 5) * 2, (i % 5) * 2);
    cells[a1] = i;
    if (i % 7 === 0) fills[a1] = '#00B0F0';
    if (i % 11 === 0) notes[a1] = `用户批注 ${i}`;
    marks.push(mark('数据', a1, SEVERITIES[i % 3], `第 ${i} 个问题`));
  }
  return { sheets: [{ name: '数据', cells, fills, notes }], marks };
}

export function documentOf(fake: FakeExcel): unknown {
  const doc = JSON.parse(fake.serialize()) as {
    sheets: Array<{ cells: Record<string, { fill?: { pattern: string } }> }>;
  };
  // A cell whose fill was cleared back to "no fill" equals a cell that never had one.
  for (const s of doc.sheets)
    for (const c of Object.values(s.cells)) if (c.fill && c.fill.pattern === 'None') delete c.fill;
  return { sheets: doc.sheets, comments: (doc as unknown as { comments: unknown }).comments };
}

/** Waits until `done` holds (polling), failing after a generous timeout on a busy machine. */
export async function waitFor(done: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!done()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 5));
  }
}
