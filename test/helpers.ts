/** Shared by the tests: the real corpus workbooks as snapshots, and planting an error in one. */

import { spawnSync } from 'child_process';
import path from 'path';
import { fromA1 } from '../src/core/address';
import { checkWorkbook, type CheckOptions } from '../src/core/check';
import type { Finding, Report } from '../src/core/report';
import type { CellValue, WorkbookSnapshot } from '../src/core/snapshot';
import { readWorkbookFile } from '../src/hosts/file/read-workbook';

export const FIXTURES = path.join(__dirname, 'fixtures');
export const CORPUS = path.join(FIXTURES, 'corpus');
export const CASES = ['liujiang2022', 'danfeng2024'].flatMap((u) =>
  ['standard', 'stacked', 'textnum'].map((l) => `${u}-${l}`),
);

/** The two disclosures again in the Shanghai face (类 | 款 | 项 code columns, no markers, 三公 seventh). */
export const SHANGHAI_CASES = ['liujiang2022-shanghai', 'danfeng2024-shanghai'];

const cache = new Map<string, Promise<WorkbookSnapshot>>();

export function loadCase(id: string): Promise<WorkbookSnapshot> {
  if (!cache.has(id))
    cache.set(
      id,
      readWorkbookFile(path.join(CORPUS, 'cases', `${id}.xlsx`)).then((l) => l.snapshot),
    );
  return cache.get(id)!;
}

/** A copy of the snapshot with some cells changed, addressed as in Excel ("公开03表", "C24"). */
export function withCells(
  snapshot: WorkbookSnapshot,
  changes: Array<[string, string, CellValue]>,
): WorkbookSnapshot {
  const copy: WorkbookSnapshot = structuredClone(snapshot);
  for (const [sheetName, a1, value] of changes) {
    const sheet = copy.sheets.find((s) => s.name === sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    const { row, col } = fromA1(a1);
    const r = row - sheet.originRow;
    while (sheet.values.length <= r) sheet.values.push([]);
    const cells = sheet.values[r];
    while (cells.length <= col - sheet.originCol) cells.push(null);
    cells[col - sheet.originCol] = value;
  }
  return copy;
}

export function check(snapshot: WorkbookSnapshot, options?: CheckOptions): Report {
  return checkWorkbook(snapshot, options);
}

export function ofRule(report: Report, rule: string): Finding[] {
  return report.findings.filter((f) => f.rule === rule);
}

export function alarms(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
}

/** The findings on one cell, as "severity rule" strings, for compact assertions. */
export function at(report: Report, sheet: string, cell: string): string[] {
  return report.findings
    .filter((f) => f.sheet === sheet && f.cell === cell)
    .map((f) => `${f.severity} ${f.rule}`);
}

/** The report of a corpus case with cells changed: a real workbook with a planted error. */
export async function planted(
  caseId: string,
  changes: Array<[string, string, CellValue]>,
  options?: CheckOptions,
) {
  return check(withCells(await loadCase(caseId), changes), options);
}

/** One rule's findings reduced to "severity sheet!cell" for exact assertions. */
export function marks(report: Report, rule: string): string[] {
  return ofRule(report, rule).map((f) => `${f.severity} ${f.sheet ?? ''}!${f.cell ?? ''}`);
}

const PROJECT_ROOT = path.join(__dirname, '..');

/** The command line as a user runs it (from the sources, through tsx): exit status and both streams. */
export function gouji(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(PROJECT_ROOT, 'src/cli/main.ts'), ...args],
    { cwd: PROJECT_ROOT, encoding: 'utf8' },
  );
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
