/** Columns of a table from where its text is printed: numbers right-aligned, names left-aligned, headers anywhere. */

import { isNumeric } from './lines';
import type { TextItem } from './types';

export interface Column {
  left: number;
  right: number;
}

export interface PlacedItem {
  item: TextItem;
  row: number;
}

interface Span {
  left: number;
  right: number;
}

/** Intervals of x covered by at least `min` distinct rows. */
function coveredSpans(items: PlacedItem[], min: number): Span[] {
  const byRow = new Map<number, Span[]>();
  for (const { item, row } of items) {
    const spans = byRow.get(row) ?? [];
    spans.push({ left: item.x, right: item.x + item.w });
    byRow.set(row, spans);
  }
  const events: Array<[number, number]> = [];
  for (const spans of byRow.values()) {
    spans.sort((a, b) => a.left - b.left);
    let cur: Span | null = null;
    for (const s of spans) {
      if (cur && s.left <= cur.right) cur.right = Math.max(cur.right, s.right);
      else {
        if (cur) events.push([cur.left, 1], [cur.right, -1]);
        cur = { ...s };
      }
    }
    if (cur) events.push([cur.left, 1], [cur.right, -1]);
  }
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Span[] = [];
  let count = 0;
  let start = 0;
  for (const [x, d] of events) {
    const before = count;
    count += d;
    if (before < min && count >= min) start = x;
    else if (before >= min && count < min && x > start) out.push({ left: start, right: x });
  }
  return out;
}

function overlaps(a: Span, b: Span): boolean {
  return a.left < b.right && b.left < a.right;
}

/**
 * Columns: the x intervals printed on in at least two rows are column cores; an item on one core belongs to
 * it; items on none (a header over an empty column) make columns of their own; an item over two cores (a group
 * header, a note) spans them and belongs to none. A column holding only a header above a column holding only
 * figures is one column (a left-aligned header over right-aligned figures).
 */
export function findColumns(items: PlacedItem[]): Column[] {
  const cores = coveredSpans(items, 2);
  const members: PlacedItem[][] = cores.map(() => []);
  const loose: PlacedItem[] = [];
  for (const p of items) {
    const span = { left: p.item.x, right: p.item.x + p.item.w };
    const hits = cores.map((c, i) => (overlaps(c, span) ? i : -1)).filter((i) => i >= 0);
    if (hits.length === 1) members[hits[0]].push(p);
    else if (hits.length === 0) loose.push(p);
  }
  // A core made only by a header wrapped over two lines, with two headers of one row under it, is that
  // header spanning two columns, not a column: its items are placed again, from the lowest row up.
  const firstFigures = Math.min(...items.filter((p) => isNumeric(p.item.str)).map((p) => p.row));
  const groups: PlacedItem[][] = [];
  for (const m of members) {
    const header = m.every((p) => p.row < firstFigures);
    const twoInARow = m.some((p) =>
      m.some((q) => q !== p && q.row === p.row && !overlaps(spanOf(p), spanOf(q))),
    );
    if (header && twoInARow) loose.push(...m);
    else if (m.length > 0) groups.push(m);
  }
  // Header rows from the lowest up: the lowest is the finest (预算数 | 决算数), a header above two of its
  // columns (因公出国（境）费) spans them.
  loose.sort((a, b) => b.row - a.row || a.item.x - b.item.x);
  for (const p of loose) {
    const span = { left: p.item.x, right: p.item.x + p.item.w };
    const hit = groups.filter((m) => m.some((q) => overlaps(span, spanOf(q))));
    if (hit.length === 1) hit[0].push(p);
    else if (hit.length === 0) groups.push([p]);
  }
  // A lone header centred over the pair of headers under it (合计 over its 预算数 | 决算数) spans them; a
  // note printed lower down may have made it a core.
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i];
    if (
      g.length === 1 &&
      centredOverPair(
        g[0],
        groups.filter((o) => o !== g),
      )
    )
      groups.splice(i, 1);
  }
  const cols = groups
    .map((g) => ({
      left: Math.min(...g.map((p) => p.item.x)),
      right: Math.max(...g.map((p) => p.item.x + p.item.w)),
      items: g,
    }))
    .sort((a, b) => a.left - b.left);
  // A header column beside a figures-only column that starts below it and never shares a row: one column.
  const top = (c: { items: PlacedItem[] }): number => Math.min(...c.items.map((p) => p.row));
  const figures = (c: { items: PlacedItem[] }): boolean => c.items.every((p) => isNumeric(p.item.str));
  const rows = (c: { items: PlacedItem[] }): Set<number> => new Set(c.items.map((p) => p.row));
  const apart = (a: { items: PlacedItem[] }, b: { items: PlacedItem[] }): boolean => {
    const ra = rows(a);
    return [...rows(b)].every((r) => !ra.has(r));
  };
  // The header's column may hold a 合计 label further down, never on a row of the figures.
  const stacked = (upper: { items: PlacedItem[] }, lower: { items: PlacedItem[] }): boolean =>
    top(upper) < top(lower) && figures(lower) && !figures(upper) && apart(upper, lower);
  let merged = true;
  while (merged) {
    merged = false;
    for (let i = 0; i + 1 < cols.length; i++) {
      const a = cols[i];
      const b = cols[i + 1];
      if (!stacked(a, b) && !stacked(b, a)) continue;
      cols.splice(i, 2, { left: a.left, right: Math.max(a.right, b.right), items: [...a.items, ...b.items] });
      merged = true;
      break;
    }
  }
  return cols.map((c) => ({ left: c.left, right: c.right }));
}

/**
 * A header printed in the gap between two columns, centred over the pair of headers under it (合计 over its
 * 预算数 | 决算数, a merged cell in the workbook): it spans them and makes no column of its own.
 */
function centredOverPair(p: PlacedItem, groups: PlacedItem[][]): boolean {
  if (isNumeric(p.item.str)) return false;
  const span = spanOf(p);
  const right = (g: PlacedItem[]): number => Math.max(...g.map((q) => q.item.x + q.item.w));
  const left = (g: PlacedItem[]): number => Math.min(...g.map((q) => q.item.x));
  const before = groups.filter((g) => right(g) <= span.left).sort((a, b) => right(b) - right(a))[0];
  const after = groups.filter((g) => left(g) >= span.right).sort((a, b) => left(a) - left(b))[0];
  if (!before || !after) return false;
  for (const q of before) {
    if (q.row <= p.row) continue;
    const r = after.find((o) => o.row === q.row);
    if (!r) continue;
    if (!evenlySpaced(q, r, groups)) continue;
    const centre = (q.item.x + r.item.x + r.item.w) / 2;
    const width = r.item.x + r.item.w - q.item.x;
    if (Math.abs(span.left + span.right - 2 * centre) / 2 <= Math.max(3, width * 0.05)) return true;
  }
  return false;
}

/**
 * The two headers stand as close as the other neighbours of their row (预算数 | 决算数 | 预算数 … at one
 * pitch): no column fits between them. A header over a column of its own sits between neighbours twice as far.
 */
function evenlySpaced(q: PlacedItem, r: PlacedItem, groups: PlacedItem[][]): boolean {
  const centre = (p: PlacedItem): number => p.item.x + p.item.w / 2;
  const onRow = groups.flat().filter((p) => p.row === q.row);
  // A row of header words (预算数 | 决算数 …), not the 栏次 numbers or a row of figures.
  if (onRow.length < 4 || onRow.some((p) => isNumeric(p.item.str) || !/[\u4e00-\u9fff]/.test(p.item.str)))
    return false;
  const row = onRow.map(centre).sort((a, b) => a - b);
  const pitches = row
    .slice(1)
    .map((x, i) => x - row[i])
    .sort((a, b) => a - b);
  const median = pitches[Math.floor(pitches.length / 2)];
  return centre(r) - centre(q) <= 1.25 * median;
}

function spanOf(p: PlacedItem): Span {
  return { left: p.item.x, right: p.item.x + p.item.w };
}

/** The column an item is printed in: the first it overlaps (a spanning note is anchored left), else the last one starting left of it. */
export function columnOf(columns: Column[], item: TextItem): number {
  const span = { left: item.x + 0.5, right: item.x + item.w - 0.5 };
  const hit = columns.findIndex((c) => overlaps(c, span));
  if (hit >= 0) return hit;
  let last = 0;
  columns.forEach((c, i) => {
    if (c.left <= item.x + 1) last = i;
  });
  return last;
}
