/**
 * Issue 16 item 4, the marks: the culprit of a root cause in the error colour, the cells it threw off
 * balance lighter, with a note that names the culprit. Painted so on the browser page's workbook.
 */

import { describe, expect, test } from '@jest/globals';
import { checkWorkbook } from '../../src/core/check';
import { CONSEQUENCE_FILLS, MARK_FILLS, marksFromFindings } from '../../src/core/marks';
import type { Finding, Report } from '../../src/core/report';
import { BrowserHost, fillHex } from '../../src/hosts/browser';
import { openCase } from './pane-fixtures';

/** The planted report with a root cause on 公开01表!C7 explaining the errors the check found elsewhere. */
async function withCause(): Promise<{
  host: BrowserHost;
  report: Report;
  cause: Finding;
  consequences: Finding[];
}> {
  const model = await openCase('danfeng2024-standard');
  model.cell('公开01表', 'C7')!.value = 1149.22;
  const host = new BrowserHost(model);
  const report = checkWorkbook(await host.readSnapshot(), {});
  const errors = report.findings.filter((f) => f.severity === 'error' && f.cell && f.cell !== 'C7');
  expect(errors.length).toBeGreaterThan(0);
  const cause: Finding = {
    id: 'c1',
    rule: 'cause.single-cell',
    severity: 'error',
    message: '公开01表!C7 1,149.22 应为 1,049.22',
    sheet: '公开01表',
    cell: 'C7',
    expected: 1049.22,
    actual: 1149.22,
    explains: errors.map((f) => f.id!),
  };
  const consequences = errors.map((f) => ({ ...f, explainedBy: 'c1' }));
  const findings = [cause, ...report.findings.map((f) => consequences.find((c) => c.id === f.id) ?? f)];
  return { host, report: { ...report, findings }, cause, consequences };
}

describe('marks of a root cause and its consequences', () => {
  test('the culprit in the error colour, the consequences lighter, their notes naming the culprit', async () => {
    const { host, report, consequences } = await withCause();
    const marks = marksFromFindings(report.findings);
    const culprit = marks.find((m) => m.cell === 'C7')!;
    expect(culprit.consequence).toBeUndefined();
    const other = marks.find((m) => m.sheet === consequences[0].sheet && m.cell === consequences[0].cell)!;
    expect(other.consequence).toBe(true);
    expect(other.note).toContain('（根源：公开01表!C7）');

    await host.paintMarks(marks);
    const fill = (sheet: string, cell: string) => fillHex(host.model.cell(sheet, cell)!.fill);
    expect(fill('公开01表', 'C7')).toBe(`#${MARK_FILLS.error.slice(2)}`);
    expect(fill(consequences[0].sheet!, consequences[0].cell!)).toBe(`#${CONSEQUENCE_FILLS.error.slice(2)}`);
  });
});
