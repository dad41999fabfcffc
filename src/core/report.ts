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
