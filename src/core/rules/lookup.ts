/** Finding the same line in two tables: by code, or by 类 name where 公开01/04 print no codes. */

import { labelKey, perText, stripOrdinal } from '../text';
import type { CodedRow, CodedTable, SummaryLine, SummaryTable } from '../tables/model';

export function nameKey(name: string): string {
  return nameKeyOf(name);
}
// The rules ask for the same 类 and line names in every unit of a 汇总.
const nameKeyOf = perText((name) => labelKey(stripOrdinal(name)).replace(/\((类|款|项)\)$/, ''));

/** 类 lines of the 支出 half of 公开01/04, by name. */
export function classLines(t: SummaryTable): Map<string, SummaryLine> {
  const m = new Map<string, SummaryLine>();
  for (const l of t.expense)
    if (l.key === 'class') {
      const key = nameKey(l.label);
      if (!m.has(key)) m.set(key, l);
    }
  return m;
}

export function line(t: SummaryTable, side: 'income' | 'expense', key: string): SummaryLine | undefined {
  return t[side].find((l) => l.key === key);
}

/** A coded table's rows by code: the first row of each code, its 类 rows, and each code's direct children. */
export interface CodeIndex {
  readonly byCode: ReadonlyMap<string, CodedRow>;
  readonly classes: readonly CodedRow[];
  readonly children: ReadonlyMap<string, readonly CodedRow[]>;
}

/** Built once per table: a table's rows never change after recognition. */
const indexes = new WeakMap<CodedTable, CodeIndex>();

export function codeIndex(t: CodedTable): CodeIndex {
  let index = indexes.get(t);
  if (index) return index;
  const byCode = new Map<string, CodedRow>();
  for (const r of t.rows) if (!byCode.has(r.code)) byCode.set(r.code, r);
  const classes: CodedRow[] = [];
  const children = new Map<string, CodedRow[]>();
  for (const r of byCode.values()) {
    if (r.code.length === 3) classes.push(r);
    if (r.code.length < 2) continue;
    const parent = r.code.slice(0, r.code.length - 2);
    const list = children.get(parent);
    if (list) list.push(r);
    else children.set(parent, [r]);
  }
  index = { byCode, classes, children };
  indexes.set(t, index);
  return index;
}

/** First row of each code; later duplicates are a finding of their own. */
export function rowsByCode(t: CodedTable): ReadonlyMap<string, CodedRow> {
  return codeIndex(t).byCode;
}

export function classRows(t: CodedTable): CodedRow[] {
  return [...codeIndex(t).classes];
}

/** Direct children of a code: 款 of a 类, 项 of a 款. */
export function childrenOf(t: CodedTable, code: string): CodedRow[] {
  return [...(codeIndex(t).children.get(code) ?? [])];
}

/** True when a row's figure in column `key` is exactly the sum of its direct children's (a row without children too). */
export function addsUpFromChildren(t: CodedTable, r: CodedRow, key: string): boolean {
  const children = childrenOf(t, r.code);
  if (children.length === 0) return true;
  const sum = children.reduce((s, c) => s + (c.values[key]?.value ?? 0), 0);
  return Math.abs(sum - (r.values[key]?.value ?? 0)) < 0.005;
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
