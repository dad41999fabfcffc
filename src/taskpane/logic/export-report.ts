/** The report exported from the pane: JSON (gouji.report/1) and an .xlsx whose one sheet is 审核结果. */

import ExcelJS from 'exceljs';
import { findingKey } from '../../core/marks';
import { summarize, type Finding, type Report } from '../../core/report';
import { annotateWorkbook } from '../../export/annotate-xlsx';
import { finishResultsSheet } from './results-sheet';

/** The report without the accepted findings, which are listed apart with their reasons. */
export interface ExportedReport extends Report {
  ignored: Array<{ reason: string; finding: Finding }>;
}

export function reportForExport(report: Report, ignored: Readonly<Record<string, string>>): ExportedReport {
  const kept: Finding[] = [];
  const set: ExportedReport['ignored'] = [];
  for (const f of report.findings) {
    const key = findingKey(f);
    if (key in ignored) set.push({ reason: ignored[key], finding: f });
    else kept.push(f);
  }
  return { ...report, findings: kept, summary: summarize(kept), ignored: set };
}

export function reportJson(report: ExportedReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** An .xlsx holding only the 审核结果 sheet (for Excel and WPS, where the workbook itself is open). */
export async function reportWorkbook(report: ExportedReport): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  annotateWorkbook(workbook, report);
  finishResultsSheet(workbook, report);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The base of exported file names: the workbook's (or PDF's) name without .xlsx / .pdf, or 审核报告. */
export function exportBaseName(report: Report): string {
  const name = report.workbook ? report.workbook.replace(/\.(xlsx|pdf)$/i, '') : '';
  return name || '审核报告';
}
