/** The reviewer's 汇总.xlsx: one row per workbook, then every finding of every workbook on a second sheet. */

import path from 'path';
// Static: a batch has ExcelJS loaded already (every job reads its workbook with it, src/cli/batch/check-job.ts).
import ExcelJS from 'exceljs';
import { reportTableRef } from '../../core/faces/names';
import { SEVERITY_LABELS } from '../../core/report';
import { writeFileSafely } from '../../hosts/file/safe-write';
import type { JobResult } from './check-job';
import { BASE_COLUMNS, completenessColumns, type SummaryColumn } from './summary-columns';

export const SUMMARY_SHEET = '汇总';
export const FINDINGS_SHEET = '全部问题';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };

function header(ws: ExcelJS.Worksheet, columns: Array<{ header: string; width: number }>): void {
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  const row = ws.getRow(1);
  row.font = { bold: true };
  row.eachCell((cell) => (cell.fill = HEADER_FILL));
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

export async function writeSummaryWorkbook(file: string, results: JobResult[]): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const wb = new ExcelJS.Workbook();
  const summary = wb.addWorksheet(SUMMARY_SHEET);
  const columns: SummaryColumn[] = [...BASE_COLUMNS, ...completenessColumns()];
  header(summary, [{ header: '序号', width: 6 }, ...columns]);
  results.forEach((r, i) => {
    const row = summary.addRow([i + 1, ...columns.map((c) => c.value(r, dir))]);
    if (r.reason)
      row.getCell(1 + columns.findIndex((c) => c.header === '状态') + 1).font = {
        color: { argb: 'FFC00000' },
      };
  });

  const findings = wb.addWorksheet(FINDINGS_SHEET);
  header(findings, [
    { header: '文件', width: 36 },
    { header: '部门', width: 24 },
    { header: '级别', width: 6 },
    { header: '规则', width: 24 },
    { header: '表', width: 8 },
    { header: '单元格', width: 18 },
    { header: '说明', width: 90 },
    { header: '应为', width: 12 },
    { header: '实际', width: 12 },
    { header: '差额', width: 10 },
  ]);
  for (const r of results) {
    if (!r.report) continue;
    const link = r.annotated ? path.relative(dir, r.annotated).split(path.sep).join('/') : null;
    for (const f of r.report.findings) {
      const where = f.sheet && f.cell ? `${f.sheet}!${f.cell}` : f.narrative ? '情况说明' : '';
      const cell =
        link && f.sheet && f.cell
          ? { text: where, hyperlink: `${link}#'${f.sheet.replace(/'/g, "''")}'!${f.cell}` }
          : where;
      findings.addRow([
        r.job.name,
        r.department,
        SEVERITY_LABELS[f.severity],
        f.rule,
        f.table ? reportTableRef(r.report, f.table) : '',
        cell,
        f.message,
        f.expected ?? null,
        f.actual ?? null,
        f.difference ?? null,
      ]);
    }
  }
  await writeFileSafely(file, new Uint8Array(await wb.xlsx.writeBuffer()));
}
