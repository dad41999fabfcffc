/**
 * The annotated copy of a workbook (`gouji check --out`, the browser page's export): each finding's cell
 * filled by severity with a note, and a first sheet 审核结果 listing every finding with a link to its cell.
 */

import type ExcelJS from 'exceljs';
import { SEVERITY_LABELS, type Finding, type Report, type Severity } from '../core/report';

/** ARGB fills: error red, warning amber, tail light grey. */
export const MARK_FILLS: Record<Severity, string> = {
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
  info: 'FFE7E6E6',
};
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
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
  const byCell = new Map<string, { sheet: string; cell: string; findings: Finding[] }>();
  for (const f of report.findings) {
    if (!f.sheet || !f.cell) continue;
    const key = `${f.sheet}!${f.cell}`;
    const entry = byCell.get(key) ?? { sheet: f.sheet, cell: f.cell, findings: [] };
    entry.findings.push(f);
    byCell.set(key, entry);
  }
  for (const { sheet, cell, findings } of byCell.values()) {
    const ws = workbook.getWorksheet(sheet);
    if (!ws) continue;
    const target = ws.getCell(cell);
    const worst = findings.reduce(
      (w, f) => (RANK[f.severity] < RANK[w] ? f.severity : w),
      'info' as Severity,
    );
    // Cells read from a file share style objects: give this cell its own before changing its fill.
    target.style = {
      ...target.style,
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: MARK_FILLS[worst] } },
    };
    const ours = findings.map((f) => `【勾稽·${SEVERITY_LABELS[f.severity]}】${f.message}`).join('\n');
    const before = existingNote(target);
    target.note = before ? `${before}\n${ours}` : ours;
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
  report.findings.forEach((f, i) => {
    const row = ws.addRow([
      i + 1,
      SEVERITY_LABELS[f.severity],
      f.rule,
      f.table ?? (f.narrative ? '情况说明' : ''),
      f.sheet && f.cell ? `${f.sheet}!${f.cell}` : '',
      f.message,
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
