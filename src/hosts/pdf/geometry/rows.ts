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

/**
 * Consecutive lines closer than the table's usual row pitch are one row: cells centred vertically put a
 * wrapped name above and below its code (much closer than a row), top-aligned ones put the rest of the
 * name one line height below (a line without figures, closer than a row).
 */
export function buildRows(lines: Line[]): Row[] {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++)
    if (lines[i].page === lines[i - 1].page) gaps.push(lines[i].y - lines[i - 1].y);
  const pitch = median(gaps);
  const rows: Row[] = [];
  lines.forEach((line, i) => {
    const row = rows[rows.length - 1];
    const prev = lines[i - 1];
    const next = lines[i + 1];
    const gap = prev && prev.page === line.page ? line.y - prev.y : Infinity;
    const gapNext = next && next.page === line.page ? next.y - line.y : Infinity;
    const close = gap < 0.6 * pitch && gap < 1.7 * line.h;
    // A line of a wrapped name goes with the nearer of its neighbours.
    const wrapped =
      gap < 0.85 * pitch &&
      gap < 1.7 * line.h &&
      gap <= gapNext + 0.5 &&
      !hasNumber(line) &&
      phrases(line, 1.5).length === 1;
    if (row && (close || wrapped)) {
      row.lines.push(line);
      row.rect = union(row.rect, line.rect);
    } else rows.push({ page: line.page, lines: [line], rect: { ...line.rect } });
  });
  return rows;
}
