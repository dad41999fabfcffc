/** The report contract gouji.report/1 (REPORT.md): the only thing rules produce. */

import { rangeToA1, toA1 } from './address';
import { tableName } from './faces/names';
import type { CellRef, Table, TableId } from './tables/model';

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_LABELS: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

export interface CellLocation {
  sheet: string;
  cell: string;
}

export interface NarrativeSpan {
  start: number;
  end: number;
  text: string;
}

/** A figure on a page of a PDF: 1-based page, box in PDF points [x0, y0, x1, y1], origin bottom-left. */
export interface PdfLocation {
  page: number;
  box: [number, number, number, number];
}

/**
 * A place in the other year's disclosure (rules year.*, docs/report.md): its file and year, then a cell of its
 * tables (sheet/cell, with pdf when it is a PDF) or a span of its narrative.
 */
export interface OtherYearLocation {
  file: string;
  year: number | null;
  sheet?: string;
  cell?: string;
  narrative?: NarrativeSpan;
  pdf?: PdfLocation;
}

/** The other disclosure a report was checked against (docs/report.md): last year's, for the rules year.*. */
export interface OtherYearSource {
  file: string;
  source: 'xlsx' | 'pdf' | 'text';
  year: number | null;
  /** The unit its tables or cover name, when printed. */
  unit: string | null;
}

export interface Finding {
  /** Unique within one report ("f12"); causes and consequences refer to each other by it. */
  id?: string;
  rule: string;
  severity: Severity;
  message: string;
  sheet?: string;
  cell?: string;
  related?: CellLocation[];
  expected?: number;
  actual?: number;
  difference?: number;
  narrative?: NarrativeSpan;
  topic?: string;
  /** The table the finding's cell belongs to, for grouping in every formatter. */
  table?: TableId;
  /** A root cause (rule cause.*): the ids of the findings it accounts for. */
  explains?: string[];
  /** A consequence: the id of the cause that accounts for it. */
  explainedBy?: string;
  /** Findings on a PDF: where the figure is printed; sheet/cell then name the table's rebuilt grid. */
  pdf?: PdfLocation;
  /** Rules year.*: where the other side of the relation is in the other year's disclosure. */
  otherYear?: OtherYearLocation[];
}

export interface TableSummary {
  id: TableId;
  title: string;
  /** The table's name as its face calls it ("公开02 收入决算表", "表2 收入决算表"): one name wherever it is shown. */
  name?: string;
  sheet: string;
  range: string;
  /** The face the table was read in: "mof" (财政部 standard), "shanghai", "central-4", … */
  face?: string;
}

export interface Report {
  schema: 'gouji.report/1';
  workbook: string | null;
  /** What was read: a workbook, a PDF, or a narrative alone. */
  source?: 'xlsx' | 'pdf' | 'text';
  year: number | null;
  tables: TableSummary[];
  findings: Finding[];
  summary: Record<Severity, number>;
  /** What was checked: the completeness checklist tells a topic not judged from one not found. */
  checked?: { tables: boolean; narrative: boolean };
  /** Checked against last year's disclosure too (gouji check --last-year, a batch folder of several years). */
  lastYear?: OtherYearSource;
}

/** A rounding tail (尾差): an info finding on a relation with a (small) difference. */
export function isTail(f: Finding): boolean {
  return f.severity === 'info' && typeof f.difference === 'number' && f.difference !== 0;
}

/** The group a finding belongs to in every list: its table (公开01…), 公开完整性, 情况说明 or 其他. */
export function findingGroup(f: Finding): string {
  if (f.table) return f.table;
  if (f.rule.startsWith('completeness.')) return '公开完整性';
  if (f.narrative || f.rule.startsWith('narrative.')) return '情况说明';
  return '其他';
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Findings worst first (errors, warnings, then 提示), each severity in the report's order. */
export function bySeverity<T extends Finding>(findings: readonly T[]): T[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .map((x) => x.f);
}

export function location(ref: CellRef): CellLocation {
  return { sheet: ref.sheet, cell: toA1(ref.row, ref.col) };
}

export function tableSummary(t: Table): TableSummary {
  const summary: TableSummary = {
    id: t.id,
    title: t.title,
    name: tableName(t.id, t.face),
    sheet: t.sheet,
    range: rangeToA1(t.top, t.left, t.bottom, t.right),
  };
  if (t.face) summary.face = t.face;
  return summary;
}

export function summarize(findings: Finding[]): Record<Severity, number> {
  const summary: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) summary[f.severity]++;
  return summary;
}
