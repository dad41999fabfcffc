/**
 * The annotated copy of a workbook (`gouji check --out`, the browser page's export): each finding's cell
 * filled by severity with a note, and a first sheet 审核结果 listing every finding with a link to its cell.
 */

import type ExcelJS from 'exceljs';
import { MARK_FILLS, marksFromFindings } from '../core/marks';
import { reportTableRef } from '../core/faces/names';
import { SEVERITY_LABELS, type Report } from '../core/report';
import { groupedByCause } from './patch-xlsx/results-sheet';

export const RESULTS_SHEET = '审核结果';

function existingNote(cell: ExcelJS.Cell): string {
  const note = cell.note as unknown;
  if (!note) return '';
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: Array<{ text: string }> }).texts;
  return texts ? texts.map((t) => t.text).join('') : '';
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function uniqueSheetName(workbook: ExcelJS.Workbook, base: string): string {
  let name = base;
  for (let i = 2; workbook.getWorksheet(name); i++) name = `${base}(${i})`;
  return name;
}

export function annotateWorkbook(workbook: ExcelJS.Workbook, report: Report): void {
  for (const mark of marksFromFindings(report.findings)) {
    const ws = workbook.getWorksheet(mark.sheet);
    if (!ws) continue;
    const target = ws.getCell(mark.cell);
    // Cells read from a file share style objects: give this cell its own before changing its fill.
    target.style = {
      ...target.style,
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: MARK_FILLS[mark.severity] } },
    };
    const before = existingNote(target);
    target.note = before ? `${before}\n${mark.note}` : mark.note;
  }
  writeResultsSheet(workbook, report);
}

function writeResultsSheet(workbook: ExcelJS.Workbook, report: Report): void {
  const ws = workbook.addWorksheet(uniqueSheetName(workbook, RESULTS_SHEET));
  // Put the results first: ExcelJS orders sheets by orderNo when it writes.
  (ws as unknown as { orderNo: number }).orderNo = -1;
  ws.columns = [
    { header: '序号', width: 6 },
    { header: '级别', width: 6 },
    { header: '规则', width: 22 },
    { header: '表', width: 8 },
    { header: '单元格', width: 22 },
    { header: '说明', width: 90 },
    { header: '应为', width: 12 },
    { header: '实际', width: 12 },
    { header: '差额', width: 10 },
  ];
  ws.getRow(1).font = { bold: true };
  let n = 0;
  let sub = 0;
  // A consequence (explainedBy) goes under its cause, numbered after it.
  groupedByCause(report.findings).forEach(({ finding: f, consequence }) => {
    sub = consequence ? sub + 1 : 0;
    const row = ws.addRow([
      consequence ? `${n}.${sub}` : ++n,
      SEVERITY_LABELS[f.severity],
      f.rule,
      f.table ? reportTableRef(report, f.table) : f.narrative ? '情况说明' : '',
      f.sheet && f.cell ? `${f.sheet}!${f.cell}` : '',
      consequence ? `\u3000└ 由上一条原因引起：${f.message}` : f.message,
      f.expected ?? null,
      f.actual ?? null,
      f.difference ?? null,
    ]);
    if (f.sheet && f.cell)
      row.getCell(5).value = { text: `${f.sheet}!${f.cell}`, hyperlink: `#${quoteSheet(f.sheet)}!${f.cell}` };
    row.getCell(2).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: MARK_FILLS[f.severity] } };
  });
  const s = report.summary;
  ws.addRow([]);
  ws.addRow(['', '', `错误 ${s.error}，警告 ${s.warning}，提示 ${s.info}`]);
}
