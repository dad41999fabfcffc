/** Round trips of the Excel host (src/hosts/excel) on the fake Excel object model, by number of marks. */

import { toA1 } from '../src/core/address';
import { marksFromFindings } from '../src/core/marks';
import type { Finding, Severity } from '../src/core/report';
import { createExcelHost } from '../src/hosts/excel';
import { FakeExcel } from '../test/fakes/excel/fake-excel';

export interface SyncCount {
  findings: number;
  paint: number;
  clear: number;
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

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
    const fake = FakeExcel.create([{ name: '数据', cells }]);
    const host = createExcelHost(fake.run, fake.env);
    await host.paintMarks(marksFromFindings(findings));
    const paint = fake.syncs;
    await host.clearMarks();
    out.push({ findings: n, paint, clear: fake.syncs - paint });
  }
  return out;
}
