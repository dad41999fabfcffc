/** Finding the same line in two tables: by code, or by 类 name where 公开01/04 print no codes. */

import { labelKey, stripOrdinal } from '../text';
import type { CodedRow, CodedTable, SummaryLine, SummaryTable } from '../tables/model';

export function nameKey(name: string): string {
  return labelKey(stripOrdinal(name)).replace(/\((类|款|项)\)$/, '');
}

/** 类 lines of the 支出 half of 公开01/04, by name. */
export function classLines(t: SummaryTable): Map<string, SummaryLine> {
  const m = new Map<string, SummaryLine>();
  for (const l of t.expense) if (l.key === 'class' && !m.has(nameKey(l.label))) m.set(nameKey(l.label), l);
  return m;
}

export function line(t: SummaryTable, side: 'income' | 'expense', key: string): SummaryLine | undefined {
  return t[side].find((l) => l.key === key);
}

/** First row of each code; later duplicates are a finding of their own. */
export function rowsByCode(t: CodedTable): Map<string, CodedRow> {
  const m = new Map<string, CodedRow>();
  for (const r of t.rows) if (!m.has(r.code)) m.set(r.code, r);
  return m;
}

export function classRows(t: CodedTable): CodedRow[] {
  return [...rowsByCode(t).values()].filter((r) => r.code.length === 3);
}

/** Direct children of a code: 款 of a 类, 项 of a 款. */
export function childrenOf(t: CodedTable, code: string): CodedRow[] {
  return [...rowsByCode(t).values()].filter(
    (r) => r.code.length === code.length + 2 && r.code.startsWith(code),
  );
}

export function columnLabel(t: CodedTable, key: string): string {
  return (
    t.columns
      .find((c) => c.key === key)
      ?.header.split('/')
      .pop() ?? key
  );
}

export function rowLabel(r: CodedRow): string {
  return `${r.code} ${r.name}`.trim();
}
