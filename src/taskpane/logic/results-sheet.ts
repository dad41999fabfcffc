/**
 * The 审核结果 sheet as the pane exports it (the annotated copy of the browser page, the .xlsx of Excel and
 * WPS): rule titles in Chinese, the header row frozen with a filter on it, and the accepted (忽略) findings
 * listed below with the user's reasons. Works on the sheet the shared writer made, found by its headers.
 */

import type ExcelJS from 'exceljs';
import { SEVERITY_LABELS, findingGroup, type Report } from '../../core/report';
import { RESULTS_SHEET } from '../../export/annotate-xlsx';
import type { ExportedReport } from './export-report';
import { ruleTitle } from '../../core/rule-catalog';
import { reportTableRef } from '../../core/faces/names';

function headerTexts(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
    out[col - 1] = typeof cell.value === 'string' ? cell.value : '';
  });
  return out;
}

/** The 审核结果 sheet the writer added last (its name may carry a suffix when the workbook had one). */
function resultsSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  const sheets = workbook.worksheets.filter((ws) => ws.name.startsWith(RESULTS_SHEET));
  return sheets[sheets.length - 1];
}

/** A report to export: the accepted findings, when there are any, apart with their reasons. */
export type ResultsInput = Report & { ignored?: ExportedReport['ignored'] };

export function finishResultsSheet(workbook: ExcelJS.Workbook, report: ResultsInput): void {
  const ignored = report.ignored ?? [];
  const ws = resultsSheet(workbook);
  if (!ws) return;
  const headers = headerTexts(ws);
  const col = (name: string) => headers.indexOf(name) + 1;
  const ruleCol = col('规则');
  const ids = new Set(report.findings.map((f) => f.rule));
  const lastRow = 1 + report.findings.length;
  if (ruleCol > 0)
    for (let r = 2; r <= lastRow; r++) {
      const cell = ws.getRow(r).getCell(ruleCol);
      if (typeof cell.value === 'string' && ids.has(cell.value)) cell.value = ruleTitle(cell.value);
    }
  // The header row stays in sight and carries a filter over the findings.
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }];
  if (headers.length > 0)
    ws.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: Math.max(1, lastRow), column: headers.length },
    };
  if (ignored.length === 0) return;
  ws.addRow([]);
  const title = ws.addRow([`已忽略的审核意见（${ignored.length} 条，不计入上面的结果）`]);
  title.font = { bold: true };
  const reasonCol = headers.length + 1;
  const head = ws.addRow([...headers, '忽略理由']);
  head.font = { bold: true };
  if (ws.getColumn(reasonCol).width === undefined || ws.getColumn(reasonCol).width! < 30)
    ws.getColumn(reasonCol).width = 40;
  ignored.forEach(({ finding: f, reason }, i) => {
    const values: Array<string | number | null> = headers.map(() => null);
    const put = (name: string, v: string | number | null | undefined) => {
      const c = col(name);
      if (c > 0 && v !== undefined) values[c - 1] = v;
    };
    put('序号', i + 1);
    put('级别', SEVERITY_LABELS[f.severity]);
    put('规则', ruleTitle(f.rule));
    put('表', f.table ? reportTableRef(report, f.table) : findingGroup(f));
    put('单元格', f.sheet && f.cell ? `${f.sheet}!${f.cell}` : '');
    put('说明', f.message);
    put('应为', f.expected ?? null);
    put('实际', f.actual ?? null);
    put('差额', f.difference ?? null);
    values[reasonCol - 1] = reason;
    ws.addRow(values);
  });
}
