/** Lines of a table into rows: a name or header wrapped over two or three lines is one row. */

import { isNumeric, phrases, type Line } from './lines';
import { union, type Rect } from './types';

export interface Row {
  page: number;
  lines: Line[];
  rect: Rect;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function hasNumber(line: Line): boolean {
  return line.items.some((it) => isNumeric(it.str));
}

/** The usual distance between rows: between lines of two or more cells (a wrapped line has one), else any. */
function rowPitch(lines: Line[]): number {
  const between = (keep: (l: Line) => boolean): number[] => {
    const kept = lines.filter(keep);
    const gaps: number[] = [];
    for (let i = 1; i < kept.length; i++)
      if (kept[i].page === kept[i - 1].page) gaps.push(kept[i].y - kept[i - 1].y);
    return gaps;
  };
  const full = between((l) => phrases(l, 1.5).length >= 2);
  return median(full.length >= 3 ? full : between(() => true));
}

/**
 * A line without figures (part of a wrapped name or header) belongs to the row of the nearer of its
 * neighbours when that one is closer than a row: cells centred vertically put a wrapped name above and below
 * its code, top-aligned ones put the rest of the name one line below. Lines with figures are rows of their own.
 * `fixed`: lines never joined to another (the title and the unit line above the table).
 */
export function buildRows(lines: Line[], fixed: Set<Line> = new Set()): Row[] {
  const pitch = rowPitch(lines);
  const gap = (i: number, j: number): number =>
    j < 0 || j >= lines.length || lines[i].page !== lines[j].page || fixed.has(lines[j])
      ? Infinity
      : Math.abs(lines[j].y - lines[i].y);
  const parent = lines.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  lines.forEach((line, i) => {
    if (fixed.has(line) || hasNumber(line)) return;
    const up = gap(i, i - 1);
    const down = gap(i, i + 1);
    const j = up <= down ? i - 1 : i + 1;
    const g = Math.min(up, down);
    if (g < 0.85 * pitch && g < 1.7 * line.h) parent[find(i)] = find(j);
    // Lines of a header wrapped inside its cells sit much closer than rows: all of them are one row.
    const next = lines[i + 1];
    if (next && !hasNumber(next) && !fixed.has(next) && down < 0.4 * pitch) parent[find(i)] = find(i + 1);
  });
  const rows: Row[] = [];
  const rowOf = new Map<number, Row>();
  lines.forEach((line, i) => {
    const root = find(i);
    const row = rowOf.get(root);
    if (row) {
      row.lines.push(line);
      row.rect = union(row.rect, line.rect);
    } else {
      const fresh = { page: line.page, lines: [line], rect: { ...line.rect } };
      rowOf.set(root, fresh);
      rows.push(fresh);
    }
  });
  return rows;
}
