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

/**
 * A cell whose every finding is the consequence of a root cause elsewhere (explainedBy) is painted lighter,
 * so the culprit stands out in the error colour among the cells its error threw off balance.
 */
export const CONSEQUENCE_FILLS: Record<Severity, string> = {
  error: 'FFFDE9EB',
  warning: 'FFFFF6D5',
  info: 'FFF3F2F1',
};

/** The same colours as CSS hex (#RRGGBB), for office.js and the browser page. */
export function markColorHex(severity: Severity): string {
  return `#${MARK_FILLS[severity].slice(2)}`;
}

/** A mark's fill as CSS hex (#RRGGBB): the severity's colour, lighter for a consequence. */
export function markFillHex(mark: Pick<Mark, 'severity' | 'consequence'>): string {
  return `#${markFillArgb(mark).slice(2)}`;
}

/** A mark's fill as ARGB: the severity's colour, lighter for a consequence. */
export function markFillArgb(mark: Pick<Mark, 'severity' | 'consequence'>): string {
  return (mark.consequence ? CONSEQUENCE_FILLS : MARK_FILLS)[mark.severity];
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
  /** Every finding on the cell is explained by a root cause on another cell: painted lighter. */
  consequence?: boolean;
}

export interface MarkOptions {
  /** Leave out rounding tails (info findings) when false. */
  showInfo?: boolean;
  /** Findings the user accepted (忽略): skipped. */
  isIgnored?: (f: Finding) => boolean;
}

export function noteLine(f: Finding, cause?: Finding): string {
  const where = cause && cause.sheet && cause.cell ? `（根源：${cause.sheet}!${cause.cell}）` : '';
  return `${NOTE_PREFIX}·${SEVERITY_LABELS[f.severity]}】${f.message}${where}`;
}

/** One mark per cell, in the order of the findings. Findings without a cell (narrative-only) have none. */
export function marksFromFindings(findings: readonly Finding[], options: MarkOptions = {}): Mark[] {
  const byCell = new Map<string, Mark>();
  const causes = new Map<string, Finding>();
  for (const f of findings) if (f.id && f.explains) causes.set(f.id, f);
  for (const f of findings) {
    if (!f.sheet || !f.cell) continue;
    if (options.showInfo === false && f.severity === 'info') continue;
    if (options.isIgnored?.(f)) continue;
    const key = `${f.sheet}!${f.cell}`;
    const cause = f.explainedBy ? causes.get(f.explainedBy) : undefined;
    // A consequence on the culprit's own cell is not lighter: the cell is the culprit.
    const consequence = !!cause && `${cause.sheet}!${cause.cell}` !== key;
    const mark = byCell.get(key);
    if (!mark) {
      byCell.set(key, {
        sheet: f.sheet,
        cell: f.cell,
        severity: f.severity,
        note: noteLine(f, consequence ? cause : undefined),
        findings: [f],
        ...(consequence ? { consequence: true } : {}),
      });
      continue;
    }
    mark.findings.push(f);
    mark.note += `\n${noteLine(f, consequence ? cause : undefined)}`;
    if (mark.consequence && !consequence) delete mark.consequence;
    if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[mark.severity]) mark.severity = f.severity;
  }
  return [...byCell.values()];
}

/** A stable key for a finding, to remember an accepted (忽略) finding across re-checks. */
export function findingKey(f: Finding): string {
  const where = f.sheet && f.cell ? `${f.sheet}!${f.cell}` : f.narrative ? `@${f.narrative.text}` : '';
  return `${f.rule}|${where}|${f.expected ?? ''}|${f.actual ?? ''}`;
}
