/** The report contract gouji.report/1 (REPORT.md): the only thing rules produce. */

import { rangeToA1, toA1 } from './address';
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

export interface Finding {
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
}

export interface TableSummary {
  id: TableId;
  title: string;
  sheet: string;
  range: string;
}

export interface Report {
  schema: 'gouji.report/1';
  workbook: string | null;
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
  return { id: t.id, title: t.title, sheet: t.sheet, range: rangeToA1(t.top, t.left, t.bottom, t.right) };
}

export function summarize(findings: Finding[]): Record<Severity, number> {
  const summary: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) summary[f.severity]++;
  return summary;
}
