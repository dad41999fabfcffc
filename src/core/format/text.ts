/** The report as text for a terminal: grouped by table, sorted by sheet and cell, in Chinese. */

import { forTerminal } from './terminal';
import { SEVERITY_LABELS, summarize, type Finding, type OtherYearLocation, type Report } from '../report';
import { FACE_CHOICES } from '../faces/choices';
import { reportTableName } from '../faces/names';

/** On a PDF, the page the figure is printed on, so that a reader finds it in the document. */
function page(f: Finding): string {
  return f.pdf ? `（第 ${f.pdf.page} 页）` : '';
}

function where(f: Finding): string {
  // On a PDF a finding on the narrative is placed on its sentence, not on the table cell it may also name.
  if (f.pdf && f.narrative) return `情况说明第 ${f.narrative.start + 1} 字${page(f)}`;
  if (f.sheet && f.cell) return `${f.sheet}!${f.cell}${page(f)}`;
  if (f.narrative) return `情况说明第 ${f.narrative.start + 1} 字${page(f)}`;
  return f.pdf ? page(f).slice(1, -1) : '—';
}

/** Where a finding's other side is in last year's file: "上年.pdf 公开01表!F35（第 3 页）". */
export function otherYearPlace(o: OtherYearLocation): string {
  const at =
    o.sheet && o.cell ? `${o.sheet}!${o.cell}` : o.narrative ? `情况说明第 ${o.narrative.start + 1} 字` : '';
  return `${o.file}${at ? ' ' + at : ''}${o.pdf ? `（第 ${o.pdf.page} 页）` : ''}`;
}

/** Rules year.*: where the other side is in last year's file. */
function otherYear(f: Finding): string {
  if (!f.otherYear?.length) return '';
  return `\u3000〔上年：${f.otherYear.map(otherYearPlace).join('；')}〕`;
}

function line(f: Finding): string {
  return `${SEVERITY_LABELS[f.severity]}  ${where(f)}  ${f.message}${otherYear(f)}`;
}

/** Adds to a map of lists without rebuilding the list. */
function append<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function formatText(report: Report): string {
  const out: string[] = [];
  out.push(
    `勾稽审核：${report.workbook ?? '（仅情况说明）'}${report.year ? `\u3000年度：${report.year}` : ''}`,
  );
  const last = report.lastYear;
  if (last)
    out.push(
      `上年决算：${last.file}${last.year ? `\u3000年度：${last.year}` : ''}${last.unit ? `\u3000单位：${last.unit}` : ''}`,
    );
  if (report.tables.length > 0) {
    out.push(
      `识别到的表（${FACE_CHOICES.find((c) => c.id === report.tables[0].face)?.name ?? '财政部格式（九张表）'}）：`,
    );
    for (const t of report.tables)
      out.push(`  ${t.name ?? reportTableName(report, t.id)}\u3000${t.sheet}!${t.range}`);
  }
  // A consequence is printed under its cause, not in its own table's group.
  const byId = new Map(report.findings.map((f) => [f.id, f]));
  const folded = (f: Finding) => f.explainedBy !== undefined && byId.has(f.explainedBy);
  const shown = report.findings.filter((f) => !folded(f));
  // Grouped by pushing onto each group's list (rebuilding a list per finding was quadratic).
  const under = new Map<string, Finding[]>();
  for (const f of report.findings) if (folded(f)) append(under, f.explainedBy!, f);
  const groups = new Map<string, Finding[]>();
  for (const f of shown) append(groups, f.table ?? (f.narrative ? '情况说明' : '其他'), f);
  for (const [key, findings] of groups) {
    out.push('', `【${reportTableName(report, key)}】`);
    for (const f of findings) {
      out.push(`  ${line(f)}`);
      const consequences = (f.id && under.get(f.id)) || [];
      if (consequences.length > 0) out.push(`      由此引起的 ${consequences.length} 条：`);
      for (const c of consequences) out.push(`      └ ${line(c)}`);
    }
  }
  const s = summarize(shown);
  const hidden = report.findings.length - shown.length;
  out.push(
    '',
    `共 ${shown.length} 条${hidden ? `（另有 ${hidden} 条由上列根源引起，已归在根源之下）` : ''}：错误 ${s.error}，警告 ${s.warning}，提示 ${s.info}（提示多为四舍五入尾差）`,
  );
  return forTerminal(out.join('\n'));
}
