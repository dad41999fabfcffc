/**
 * The sheets 勾稽 adds to the copy, as worksheet XML with inline strings (the shared strings part is left as
 * it is): 审核结果, every finding with a link to its cell, a consequence under its cause; and 勾稽_原格式,
 * the marked cells' own fills and notes in the record the browser page reads (src/hosts/browser/saved-formats.ts).
 */

import { SEVERITY_LABELS, type Finding, type Report, type Severity } from '../../core/report';
import { toA1 } from '../../core/address';
import { ruleTitle } from '../../core/rule-catalog';
import { reportTableRef } from '../../core/faces/names';

const escapeXml = (s: string) =>
  s
    // Characters XML 1.0 cannot hold at all.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

export type Cell = string | number | null | { text: string; link: string };

export interface SheetStyles {
  bold: number;
  severity: (s: Severity) => number;
}

function cellXml(row: number, col: number, value: Cell, style: number | null): string {
  const r = toA1(row, col);
  const s = style !== null ? ` s="${style}"` : '';
  if (value === null || value === '') return style !== null ? `<c r="${r}"${s}/>` : '';
  if (typeof value === 'number')
    return Number.isFinite(value)
      ? `<c r="${r}"${s}><v>${value}</v></c>`
      : cellXml(row, col, String(value), style);
  const text = typeof value === 'string' ? value : value.text;
  return `<c r="${r}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
}

/** A worksheet of rows; `widths` per column; `styleOf(r, c)` a style index or null; `filter` a range. */
export function worksheetXml(
  rows: Cell[][],
  widths: number[],
  styleOf: (row: number, col: number) => number | null,
  frozenHeader: boolean,
  filter?: string,
): string {
  const links: string[] = [];
  const data = rows
    .map((cells, r) => {
      const inner = cells
        .map((v, c) => {
          if (v && typeof v === 'object')
            links.push(
              `<hyperlink ref="${toA1(r, c)}" location="${escapeXml(v.link)}" display="${escapeXml(v.text)}"/>`,
            );
          return cellXml(r, c, v, styleOf(r, c));
        })
        .join('');
      return `<row r="${r + 1}">${inner}</row>`;
    })
    .join('');
  const view = frozenHeader
    ? '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
    : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const cols = `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `${view}<sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>${data}</sheetData>` +
    (filter ? `<autoFilter ref="${filter}"/>` : '') +
    (links.length ? `<hyperlinks>${links.join('')}</hyperlinks>` : '') +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
  );
}

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** Findings in reading order: each cause followed by the consequences it explains. */
export function groupedByCause(
  findings: readonly Finding[],
): Array<{ finding: Finding; consequence: boolean }> {
  const ids = new Set(findings.map((f) => f.id).filter(Boolean));
  const under = new Map<string, Finding[]>();
  for (const f of findings)
    if (f.explainedBy && ids.has(f.explainedBy))
      under.set(f.explainedBy, [...(under.get(f.explainedBy) ?? []), f]);
  const out: Array<{ finding: Finding; consequence: boolean }> = [];
  for (const f of findings) {
    if (f.explainedBy && ids.has(f.explainedBy)) continue;
    out.push({ finding: f, consequence: false });
    for (const c of (f.id && under.get(f.id)) || []) out.push({ finding: c, consequence: true });
  }
  return out;
}

export const RESULTS_HEADER = ['序号', '级别', '规则', '表', '单元格', '说明', '应为', '实际', '差额'];
const RESULTS_WIDTHS = [6, 6, 22, 8, 22, 90, 12, 12, 10];

/** The findings the user accepted (忽略) on the page or in the pane, each with the reason given. */
export type IgnoredFindings = ReadonlyArray<{ reason: string; finding: Finding }>;

/** The range the header's filter covers: the header and the findings, not the lines below them. */
export function resultsFilterRange(report: Report): string {
  return `A1:${toA1(Math.max(0, report.findings.length), RESULTS_HEADER.length - 1)}`;
}

function ignoredRows(report: Report, ignored: IgnoredFindings): Cell[][] {
  if (ignored.length === 0) return [];
  return [
    [],
    [`已忽略的审核意见（${ignored.length} 条，不计入上面的结果）`],
    [...RESULTS_HEADER, '忽略理由'],
    ...ignored.map(({ finding: f, reason }, i): Cell[] => [
      i + 1,
      SEVERITY_LABELS[f.severity],
      ruleTitle(f.rule),
      f.table ? reportTableRef(report, f.table) : f.narrative ? '情况说明' : '',
      f.sheet && f.cell ? `${f.sheet}!${f.cell}` : '',
      f.message,
      f.expected ?? null,
      f.actual ?? null,
      f.difference ?? null,
      reason,
    ]),
  ];
}

/**
 * 审核结果: rules by their Chinese titles, a consequence under its cause, the header frozen with a filter over
 * the findings, the totals, then the accepted findings with their reasons (the pane's export).
 */
export function resultsSheetXml(report: Report, styles: SheetStyles, ignored: IgnoredFindings = []): string {
  const rows: Cell[][] = [RESULTS_HEADER];
  const severities: Array<Severity | null> = [null];
  let n = 0;
  let sub = 0;
  for (const { finding: f, consequence } of groupedByCause(report.findings)) {
    sub = consequence ? sub + 1 : 0;
    const where = f.sheet && f.cell ? `${f.sheet}!${f.cell}` : '';
    rows.push([
      consequence ? `${n}.${sub}` : ++n,
      SEVERITY_LABELS[f.severity],
      ruleTitle(f.rule),
      f.table ? reportTableRef(report, f.table) : f.narrative ? '情况说明' : '',
      f.sheet && f.cell ? { text: where, link: `${quoteSheet(f.sheet)}!${f.cell}` } : '',
      consequence ? `\u3000└ 由上一条原因引起：${f.message}` : f.message,
      f.expected ?? null,
      f.actual ?? null,
      f.difference ?? null,
    ]);
    severities.push(f.severity);
  }
  const s = report.summary;
  rows.push([], ['', '', `错误 ${s.error}，警告 ${s.warning}，提示 ${s.info}`]);
  const firstIgnored = rows.length;
  rows.push(...ignoredRows(report, ignored));
  const bold = new Set([0, firstIgnored + 1, firstIgnored + 2]);
  return worksheetXml(
    rows,
    [...RESULTS_WIDTHS, 40],
    (r, c) => (bold.has(r) ? styles.bold : c === 1 && severities[r] ? styles.severity(severities[r]!) : null),
    true,
    resultsFilterRange(report),
  );
}

export const SAVED_FORMATS_HEADER = ['工作表', '单元格', '原填充', '原批注'];

export function savedFormatsSheetXml(
  saved: Array<{ sheet: string; cell: string; fill: string; note: string }>,
): string {
  const rows: Cell[][] = [SAVED_FORMATS_HEADER, ...saved.map((s) => [s.sheet, s.cell, s.fill, s.note])];
  return worksheetXml(rows, [16, 10, 40, 40], () => null, false);
}
