/**
 * Rows of a table ruled only across (horizontal lines between its rows, no vertical ones): all the text between
 * two lines is one row, whatever its baselines. The columns are then found from where the text stands.
 */

import { mergeRules, NOTE } from './lattice';
import { lineText, type Line } from './lines';
import type { Row } from './rows';
import { union, type PageText, type Rect } from './types';

/** Lines across most of the table's width, top to bottom; null when the page rules fewer than three. */
function rowEdges(page: PageText, region: Rect): number[] | null {
  const width = region.right - region.left;
  const across = mergeRules(
    (page.rules ?? []).filter((r) => r.horizontal && r.at >= region.top - 8 && r.at <= region.bottom + 8),
  ).filter((r) => Math.min(r.to, region.right) - Math.max(r.from, region.left) >= 0.6 * width);
  const ys = [...new Set(across.map((r) => r.at))].sort((a, b) => a - b);
  return ys.length >= 3 ? ys : null;
}

/**
 * The rows of a table from the horizontal rules its pages draw, or null when a page of it holding text
 * has none (the rows are then found from the lines' spacing). `fixed`: lines that stay rows of their own
 * (the title and unit line); a note (注：…) is a row of its own too.
 */
export function bandRows(lines: Line[], pages: Map<number, PageText>, fixed: Set<Line>): Row[] | null {
  const edges = new Map<number, number[]>();
  for (const n of new Set(lines.map((l) => l.page))) {
    let region: Rect | null = null;
    for (const l of lines) if (l.page === n && !fixed.has(l)) region = union(region, l.rect);
    if (!region) continue;
    const ys = rowEdges(pages.get(n)!, region);
    if (!ys) return null;
    edges.set(n, ys);
  }
  const rows: Row[] = [];
  const byBand = new Map<string, Row>();
  for (const line of lines) {
    const ys = edges.get(line.page);
    const cy = line.y - 0.35 * line.h;
    const band =
      ys && !fixed.has(line) && !NOTE.test(lineText(line))
        ? ys.findIndex((y, i) => i + 1 < ys.length && y <= cy && cy < ys[i + 1])
        : -1;
    const key = `${line.page}:${band}`;
    const row = band >= 0 ? byBand.get(key) : undefined;
    if (row) {
      row.lines.push(line);
      row.rect = union(row.rect, line.rect);
      continue;
    }
    const fresh: Row = { page: line.page, lines: [line], rect: { ...line.rect } };
    if (band >= 0) byBand.set(key, fresh);
    rows.push(fresh);
  }
  return rows;
}
