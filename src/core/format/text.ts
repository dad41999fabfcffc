/** The report as text for a terminal: grouped by table, sorted by sheet and cell, in Chinese. */

import { forTerminal } from './terminal';
import { SEVERITY_LABELS, type Finding, type Report } from '../report';
import { TABLE_TITLES, type TableId } from '../tables/model';

function where(f: Finding): string {
  if (f.sheet && f.cell) return `${f.sheet}!${f.cell}`;
  if (f.narrative) return `情况说明第 ${f.narrative.start + 1} 字`;
  return '—';
}

export function formatText(report: Report): string {
  const out: string[] = [];
  out.push(
    `勾稽审核：${report.workbook ?? '（仅情况说明）'}${report.year ? `\u3000年度：${report.year}` : ''}`,
  );
  if (report.tables.length > 0) {
    out.push('识别到的表：');
    for (const t of report.tables) out.push(`  ${t.id} ${t.title}\u3000${t.sheet}!${t.range}`);
  }
  const groups = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const key = f.table ?? (f.narrative ? '情况说明' : '其他');
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  for (const [key, findings] of groups) {
    const title = TABLE_TITLES[key as TableId];
    out.push('', `【${key}${title ? ' ' + title : ''}】`);
    for (const f of findings) out.push(`  ${SEVERITY_LABELS[f.severity]}  ${where(f)}  ${f.message}`);
  }
  const s = report.summary;
  out.push(
    '',
    `共 ${report.findings.length} 条：错误 ${s.error}，警告 ${s.warning}，提示 ${s.info}（提示多为四舍五入尾差）`,
  );
  return forTerminal(out.join('\n'));
}
