/**
 * What a host paints: one mark per cell, whatever the number of findings on it. Every host (Excel, WPS,
 * the browser page, the annotated copy) turns a report into marks here, so they all agree.
 */

import { SEVERITY_LABELS, type Finding, type Severity } from './report';

/** ARGB fills by severity: error red, warning amber, tail (info) light grey. */
export const MARK_FILLS: Record<Severity, string> = {
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
  info: 'FFE7E6E6',
};

/** The same colours as CSS hex (#RRGGBB), for office.js and the browser page. */
export function markColorHex(severity: Severity): string {
  return `#${MARK_FILLS[severity].slice(2)}`;
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The prefix of every line 勾稽 writes into a note, so its own lines can be told from the user's. */
export const NOTE_PREFIX = '【勾稽';

export interface Mark {
  sheet: string;
  /** A1 address of a single cell. */
  cell: string;
  /** The worst severity among the cell's findings. */
  severity: Severity;
  /** The note text: one line per finding, each starting with NOTE_PREFIX. */
  note: string;
  findings: Finding[];
}

export interface MarkOptions {
  /** Leave out rounding tails (info findings) when false. */
  showInfo?: boolean;
  /** Findings the user accepted (忽略): skipped. */
  isIgnored?: (f: Finding) => boolean;
}

export function noteLine(f: Finding): string {
  return `${NOTE_PREFIX}·${SEVERITY_LABELS[f.severity]}】${f.message}`;
}

/** One mark per cell, in the order of the findings. Findings without a cell (narrative-only) have none. */
export function marksFromFindings(findings: readonly Finding[], options: MarkOptions = {}): Mark[] {
  const byCell = new Map<string, Mark>();
  for (const f of findings) {
    if (!f.sheet || !f.cell) continue;
    if (options.showInfo === false && f.severity === 'info') continue;
    if (options.isIgnored?.(f)) continue;
    const key = `${f.sheet}!${f.cell}`;
    const mark = byCell.get(key);
    if (!mark) {
      byCell.set(key, {
        sheet: f.sheet,
        cell: f.cell,
        severity: f.severity,
        note: noteLine(f),
        findings: [f],
      });
      continue;
    }
    mark.findings.push(f);
    mark.note += `\n${noteLine(f)}`;
    if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[mark.severity]) mark.severity = f.severity;
  }
  return [...byCell.values()];
}

/** A stable key for a finding, to remember an accepted (忽略) finding across re-checks. */
export function findingKey(f: Finding): string {
  const where = f.sheet && f.cell ? `${f.sheet}!${f.cell}` : f.narrative ? `@${f.narrative.text}` : '';
  return `${f.rule}|${where}|${f.expected ?? ''}|${f.actual ?? ''}`;
}
