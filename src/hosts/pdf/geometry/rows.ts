/**
 * Lines of a table into rows: a name or header wrapped over two or three lines is one row; header levels printed
 * one above the other stay rows of their own; a note under the table is a row of its own.
 */

import { isFigure, isNumeric, phrases, runs, type Line } from './lines';
import { NOTE } from './lattice';
import { union, type Rect, type TextItem } from './types';

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

/** A line holding a figure: a row of its own. Bare codes (208, 05) are no figures: a code printed at the top of its cell, away from its row's figures, joins them. */
function hasFigure(line: Line): boolean {
  return line.items.some((it) => isFigure(it.str));
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

const overlaps = (a: TextItem, b: TextItem): boolean => a.x < b.x + b.w && b.x < a.x + a.w;

/** The nearest text above `item` in its column, among `sorted[0..i)` (lines top to bottom of one page). */
function textAbove(
  sorted: Line[],
  i: number,
  item: TextItem,
  texts: Map<Line, TextItem[]>,
): { line: Line; item: TextItem } | null {
  for (let j = i - 1; j >= 0; j--) {
    if (sorted[j].page !== sorted[i].page) return null;
    const hit = texts.get(sorted[j])!.find((o) => overlaps(o, item));
    if (hit) return { line: sorted[j], item: hit };
  }
  return null;
}

const isWords = (it: TextItem): boolean => !isNumeric(it.str);

/**
 * The distance between the lines of a text wrapped in its cell: the least distance, a line height or more,
 * between two words one above the other in a column (a name wrapped in the body sets it; rows stand further apart).
 */
function wrapPitch(lines: Line[], texts: Map<Line, TextItem[]>): number {
  let least = Infinity;
  lines.forEach((line, i) => {
    for (const it of texts.get(line)!.filter(isWords)) {
      const up = textAbove(lines, i, it, texts);
      const gap = up && isWords(up.item) ? line.y - up.line.y : 0;
      if (gap >= Math.max(line.h, up?.line.h ?? 0)) least = Math.min(least, gap);
    }
  });
  return least;
}

/**
 * Which lines may share a row: two texts printed one above the other in one column are one cell only when the
 * upper one wrapped into the lower (the upper fills the widest text of its column, the lower is the only text
 * under it, one text line below) or when they are closer than a line of text; otherwise they are two rows (two
 * header levels, "收入" above "项目"; two rows of codes). Texts in different columns may share a row whatever
 * their baselines (a code at the top of its cell, a name in the middle, figures at the bottom).
 */
function cellFit(lines: Line[], closed: Set<Line>): (a: Line[], b: Line[]) => boolean {
  const texts = new Map<Line, TextItem[]>(lines.map((l) => [l, runs(l)]));
  // The table's own text: not the title and unit lines above it, nor the notes under it.
  const own = lines.filter((l) => !closed.has(l));
  const table = own.flatMap((l) => texts.get(l)!);
  const pitch = wrapPitch(own, texts);
  const widest = new Map<TextItem, number>();
  const columnWidth = (it: TextItem): number => {
    let w = widest.get(it);
    if (w === undefined) {
      w = it.w;
      for (const o of table) if (overlaps(o, it)) w = Math.max(w, o.w);
      widest.set(it, w);
    }
    return w;
  };
  /** `lower` is the wrapped rest of `upper`'s text. */
  const wraps = (upper: TextItem, lower: TextItem, lowerLine: Line, gap: number, h: number): boolean =>
    isWords(upper) &&
    isWords(lower) &&
    gap <= Math.min(1.45 * h, 1.1 * pitch) &&
    upper.w >= columnWidth(upper) - 1.2 * h &&
    texts.get(lowerLine)!.filter((o) => overlaps(o, upper)).length === 1;
  return (a, b) => {
    const all = [...a, ...b].sort((p, q) => p.y - q.y);
    const inA = new Set(a);
    let linked = false;
    for (let i = 1; i < all.length; i++) {
      const low = all[i];
      for (const it of texts.get(low)!) {
        const up = textAbove(all, i, it, texts);
        if (!up || inA.has(up.line) === inA.has(low)) continue;
        const gap = low.y - up.line.y;
        const h = Math.max(low.h, up.line.h);
        if (gap < h) continue;
        if (!wraps(up.item, it, low, gap, h)) return false;
        linked = true;
      }
    }
    // Lines a text line or more apart are one row only through a text wrapped from one into the other.
    const [lowA, highA] = [Math.min(...a.map((l) => l.y)), Math.max(...a.map((l) => l.y))];
    const apart = Math.min(...b.map((l) => (l.y < lowA ? lowA - l.y : l.y > highA ? l.y - highA : 0)));
    return linked || apart < Math.max(...all.map((l) => l.h));
  };
}

/** A note (注：…) and the lines it wraps onto: rows of their own, never joined to the table's last row. */
function noteLines(lines: Line[], fixed: Set<Line>): Line[][] {
  const notes: Line[][] = [];
  let current: Line[] | null = null;
  for (const line of lines) {
    if (fixed.has(line)) {
      current = null;
      continue;
    }
    const first = phrases(line)[0]?.text ?? '';
    if (NOTE.test(first)) {
      current = [line];
      notes.push(current);
      continue;
    }
    const last = current?.[current.length - 1];
    if (
      current &&
      last &&
      last.page === line.page &&
      !hasFigure(line) &&
      line.y - last.y <= 1.6 * line.h &&
      Math.abs(line.rect.left - current[0].rect.left) <= 2 * line.h
    )
      current.push(line);
    else current = null;
  }
  return notes;
}

/**
 * A line without figures (part of a wrapped name or header) belongs to the row of the nearer of its
 * neighbours when that one is closer than a row and the two fit in one row (cellFit): cells centred vertically
 * put a wrapped name above and below its code, top-aligned ones put the rest of the name one line below. Lines
 * with figures are rows of their own.
 * `fixed`: lines never joined to another (the title and the unit line above the table).
 */
export function buildRows(lines: Line[], fixed: Set<Line> = new Set()): Row[] {
  const pitch = rowPitch(lines);
  const notes = noteLines(lines, fixed);
  const parent = lines.map((_, i) => i);
  const members = lines.map((l) => [l]);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const join = (i: number, j: number): void => {
    const [a, b] = [find(i), find(j)];
    if (a === b) return;
    parent[a] = b;
    members[b].push(...members[a]);
  };
  const index = new Map(lines.map((l, i) => [l, i]));
  const closed = new Set<Line>(fixed);
  for (const note of notes) {
    for (const l of note) {
      closed.add(l);
      join(index.get(l)!, index.get(note[0])!);
    }
  }
  const fit = cellFit(lines, closed);
  const gap = (i: number, j: number): number =>
    j < 0 || j >= lines.length || lines[i].page !== lines[j].page || closed.has(lines[j])
      ? Infinity
      : Math.abs(lines[j].y - lines[i].y);
  // Each line without figures may join one neighbour: the nearest pairs first, so a wrapped name joins its
  // row's figures before a header line above can claim it.
  const edges: Array<{ i: number; j: number; g: number }> = [];
  lines.forEach((line, i) => {
    if (closed.has(line) || hasFigure(line)) return;
    for (const j of [i - 1, i + 1]) {
      const g = gap(i, j);
      if (g === Infinity) continue;
      // Lines of a header wrapped inside its cells sit much closer than rows.
      const header = j === i + 1 && !hasFigure(lines[j]) && g < 0.4 * pitch;
      if ((g < 0.85 * pitch && g < 1.7 * line.h) || g < line.h || header) edges.push({ i, j, g });
    }
  });
  edges.sort((p, q) => p.g - q.g || p.i - q.i);
  const attached = new Set<number>();
  for (const { i, j } of edges) {
    if (attached.has(i) || find(i) === find(j) || !fit(members[find(i)], members[find(j)])) continue;
    join(i, j);
    attached.add(i);
  }
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
