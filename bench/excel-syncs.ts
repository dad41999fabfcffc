/**
 * Round trips of the Excel host (src/hosts/excel) on the fake Excel object model, which enforces Excel on
 * the web's 5 MB limit: syncs to read, to paint and to clear by number of findings, and for a 汇总, with
 * the largest request or response of one sync.
 */

import { fromA1, toA1 } from '../src/core/address';
import { marksFromFindings } from '../src/core/marks';
import type { Finding, Severity } from '../src/core/report';
import type { WorkbookSnapshot } from '../src/core/snapshot';
import { createExcelHost } from '../src/hosts/excel';
import { FakeContext } from '../test/fakes/excel/context';
import { FakeExcel, type FakeSheet } from '../test/fakes/excel/fake-excel';

export interface SyncCount {
  label: string;
  read: number;
  paint: number;
  clear: number;
  /** The largest request or response of one sync, in bytes. */
  largest: number;
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

async function measure(label: string, sheets: FakeSheet[], findings: Finding[]): Promise<SyncCount> {
  FakeContext.largestRequest = 0;
  FakeContext.largestResponse = 0;
  const fake = FakeExcel.create(sheets);
  const host = createExcelHost(fake.run, fake.env);
  await host.readSnapshot();
  const read = fake.syncs;
  await host.paintMarks(marksFromFindings(findings));
  const paint = fake.syncs - read;
  await host.clearMarks();
  const clear = fake.syncs - read - paint;
  return {
    label,
    read,
    paint,
    clear,
    largest: Math.max(FakeContext.largestRequest, FakeContext.largestResponse),
  };
}

/** n findings on scattered cells of one sheet. */
export async function excelSyncs(counts: number[]): Promise<SyncCount[]> {
  const out: SyncCount[] = [];
  for (const n of counts) {
    const cells: Record<string, number> = {};
    const findings: Finding[] = [];
    for (let i = 0; i < n; i++) {
      const a1 = toA1(Math.floor(i / 5) * 2, (i % 5) * 2);
      cells[a1] = i;
      findings.push({
        rule: 'bench',
        severity: SEVERITIES[i % 3],
        message: `第 ${i} 个问题`,
        sheet: '数据',
        cell: a1,
      });
    }
    out.push(await measure(`${n} findings`, [{ name: '数据', cells }], findings));
  }
  return out;
}

/** A workbook (a 汇总 of many units) read, painted with `findings` marks and cleared. */
export async function excelSummarySyncs(
  label: string,
  snapshot: WorkbookSnapshot,
  findings: Finding[],
): Promise<SyncCount> {
  const sheets: FakeSheet[] = snapshot.sheets.map((s) => {
    const cells: Record<string, string | number | boolean> = {};
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== '') cells[toA1(s.originRow + r, s.originCol + c)] = v;
      }),
    );
    return { name: s.name, cells };
  });
  const located = findings.filter((f) => f.sheet && f.cell && fromA1(f.cell));
  return measure(label, sheets, located);
}
