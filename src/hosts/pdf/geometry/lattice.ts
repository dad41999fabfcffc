/**
 * A bordered table rebuilt from the lines the page draws, as Camelot's and Tabula's lattice mode do: a cell is
 * what its borders enclose, whatever the baselines of its text (a code at the top, a name wrapped in the middle,
 * figures at the bottom), and a cell spanning rows or columns (a header over 预算数 | 决算数) is one merged cell.
 */

import { closeCjkSpaces, isNumeric } from './lines';
import { itemRect, union, type Rect, type Rule, type TextItem } from './types';

/** Rules closer than this (points) are one line; a rule reaches an edge when it ends this close to it. */
const SNAP = 2;

export interface LatticeCell {
  /** Indices into the lattice's `ys` (rows) and `xs` (columns): the cell runs from `top` to `bottom` edge. */
  top: number;
  bottom: number;
  left: number;
  right: number;
  items: TextItem[];
}

export interface Lattice {
  /** Column edges, left to right, and row edges, top to bottom (reading space). */
  xs: number[];
  ys: number[];
  cells: LatticeCell[];
  /** Items of the region inside no cell (a title above the grid, a note under it). */
  outside: TextItem[];
  /** The words of notes (注：…) printed so tight under the table that they run into its last cells. */
  notes: TextItem[];
}

export interface Ruling {
  at: number;
  from: number;
  to: number;
}

/** Rules of one direction: those on one line merged, touching pieces joined. */
export function mergeRules(rules: Rule[]): Ruling[] {
  const sorted = [...rules].sort((a, b) => a.at - b.at);
  const groups: Rule[][] = [];
  for (const r of sorted) {
    const g = groups[groups.length - 1];
    if (g && r.at - g[g.length - 1].at <= SNAP) g.push(r);
    else groups.push([r]);
  }
  const out: Ruling[] = [];
  for (const g of groups) {
    const at = g.reduce((s, r) => s + r.at, 0) / g.length;
    const pieces = [...g].sort((a, b) => a.from - b.from);
    let cur: Ruling | null = null;
    for (const p of pieces) {
      if (cur && p.from <= cur.to + SNAP) cur.to = Math.max(cur.to, p.to);
      else {
        cur = { at, from: p.from, to: p.to };
        out.push(cur);
      }
    }
  }
  return out.filter((r) => r.to - r.from > SNAP);
}

/** Distinct positions of rulings, closer ones as one. */
function edges(rulings: Ruling[]): number[] {
  const ats = [...new Set(rulings.map((r) => r.at))].sort((a, b) => a - b);
  const out: number[] = [];
  for (const a of ats) if (out.length === 0 || a - out[out.length - 1] > SNAP) out.push(a);
  return out;
}

function nearest(values: number[], v: number): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (Math.abs(values[i] - v) < Math.abs(values[best] - v)) best = i;
  return best;
}

/** The rulings crossing `pos` (along them), nearest before and after `v` (across them). */
function bounds(rulings: Ruling[], pos: number, v: number): [number, number] | null {
  let before = -Infinity;
  let after = Infinity;
  for (const r of rulings) {
    if (pos < r.from - SNAP || pos > r.to + SNAP) continue;
    if (r.at <= v && r.at > before) before = r.at;
    if (r.at > v && r.at < after) after = r.at;
  }
  return before > -Infinity && after < Infinity ? [before, after] : null;
}

/**
 * The lattice of the rules drawn over `region` (the area of one table's text on one page) and where each of its
 * text items stands; null when the rules there draw no grid (fewer than two lines each way).
 */
export function latticeOf(rules: Rule[], items: TextItem[], region: Rect): Lattice | null {
  const near = (r: Rule): boolean =>
    r.horizontal
      ? r.at >= region.top - 8 && r.at <= region.bottom + 8 && r.to > region.left && r.from < region.right
      : r.at >= region.left - 8 && r.at <= region.right + 8 && r.to > region.top && r.from < region.bottom;
  const h = mergeRules(rules.filter((r) => r.horizontal && near(r)));
  if (h.length === 0) return null;
  // The vertical rules within the horizontal ones' reach: an empty last column reaches past the text.
  const hLeft = Math.min(...h.map((r) => r.from)) - SNAP;
  const hRight = Math.max(...h.map((r) => r.to)) + SNAP;
  const v = mergeRules(
    rules.filter(
      (r) => !r.horizontal && r.at >= hLeft && r.at <= hRight && r.to > region.top && r.from < region.bottom,
    ),
  );
  const ys = edges(h);
  const xs = edges(v);
  if (ys.length < 2 || xs.length < 2) return null;
  const byKey = new Map<string, LatticeCell>();
  const cells: LatticeCell[] = [];
  const outside: TextItem[] = [];
  for (const it of items) {
    const cx = it.x + it.w / 2;
    const cy = it.y - 0.35 * it.h;
    const across = bounds(v, cy, cx);
    const down = across ? bounds(h, cx, cy) : null;
    if (!across || !down) {
      outside.push(it);
      continue;
    }
    const cell = {
      left: nearest(xs, across[0]),
      right: nearest(xs, across[1]),
      top: nearest(ys, down[0]),
      bottom: nearest(ys, down[1]),
    };
    if (cell.right <= cell.left || cell.bottom <= cell.top) {
      outside.push(it);
      continue;
    }
    const key = `${cell.top},${cell.left},${cell.bottom},${cell.right}`;
    let found = byKey.get(key);
    if (!found) {
      found = { ...cell, items: [] };
      byKey.set(key, found);
      cells.push(found);
    }
    found.items.push(it);
  }
  const notes: TextItem[] = [];
  for (const cell of cells) notes.push(...splitNote(cell));
  for (const start of notes.filter((it) => NOTE.test(it.str.trim())))
    noteLinesBelow(start, cells, notes, outside);
  const kept = joinStackedHeaders(cells.filter((c) => c.items.length > 0));
  return { xs, ys, cells: kept, outside, notes };
}

/**
 * A header label drawn as two cells one above the other over the same columns ("经济分类" over "科目编码",
 * both above 类 | 款) is one label: the lower cell joins the upper one.
 */
function joinStackedHeaders(cells: LatticeCell[]): LatticeCell[] {
  const words = (c: LatticeCell): boolean => c.items.every((it) => !isNumeric(it.str));
  const gone = new Set<LatticeCell>();
  for (const upper of cells) {
    if (gone.has(upper) || upper.right - upper.left < 2 || !words(upper)) continue;
    const lower = cells.find(
      (c) =>
        !gone.has(c) &&
        c.top === upper.bottom &&
        c.left === upper.left &&
        c.right === upper.right &&
        words(c),
    );
    if (!lower) continue;
    const split = cells.some(
      (c) =>
        c.top === lower.bottom &&
        c.left >= lower.left &&
        c.right <= lower.right &&
        c.right - c.left < lower.right - lower.left,
    );
    if (!split) continue;
    upper.items.push(...lower.items);
    upper.bottom = lower.bottom;
    gone.add(lower);
  }
  return cells.filter((c) => !gone.has(c));
}

/**
 * The wrapped lines of a note under its start, printed over the cells below: left-aligned with it, no figures,
 * one line pitch apart (the pitch of its lines under the grid, when it runs out of the grid).
 */
function noteLinesBelow(start: TextItem, cells: LatticeCell[], notes: TextItem[], outside: TextItem[]): void {
  const below = outside
    .filter((it) => Math.abs(it.x - start.x) <= 1.5 && it.y > start.y && !isNumeric(it.str))
    .map((it) => it.y)
    .sort((a, b) => a - b);
  const steps = below
    .slice(1)
    .map((y, i) => y - below[i])
    .filter((d) => d > 0.5 * start.h && d < 2.5 * start.h)
    .sort((a, b) => a - b);
  // Its pitch under the grid, else the step to its first wrapped line.
  let pitch = steps.length > 0 ? steps[steps.length >> 1] : null;
  let lastY = start.y;
  for (;;) {
    let next: { cell: LatticeCell; item: TextItem; off: number } | null = null;
    for (const cell of cells)
      for (const it of cell.items) {
        if (isNumeric(it.str) || Math.abs(it.x - start.x) > 1.5) continue;
        const step = it.y - lastY;
        if (step <= 0.3 * it.h || step > 1.6 * it.h) continue;
        const off = pitch === null ? step : Math.abs(step - pitch);
        if (pitch !== null && off > 0.25 * it.h) continue;
        if (!next || off < next.off) next = { cell, item: it, off };
      }
    if (!next) return;
    const line = next.item;
    const run = next.cell.items.filter((it) => Math.abs(it.y - line.y) <= 0.3 * line.h && !isNumeric(it.str));
    next.cell.items = next.cell.items.filter((it) => !run.includes(it));
    notes.push(...run);
    pitch ??= line.y - lastY;
    lastY = line.y;
  }
}

export const NOTE = /^(注|说明|备注)\s*\d*\s*[:：]/;

/**
 * A note printed tight under the table can run up into its last row's cell ("注：本表反映…" over 总计): the
 * note's words (the run starting with 注：) are taken out of the cell; its wrapped lines follow (noteLinesBelow).
 */
function splitNote(cell: LatticeCell): TextItem[] {
  const sorted = [...cell.items].sort((a, b) => a.x - b.x);
  const start = sorted.find((it) => NOTE.test(it.str.trim()));
  if (!start) return [];
  const note = new Set<TextItem>([start]);
  let end = start.x + start.w;
  for (const it of sorted) {
    if (it === start || Math.abs(it.y - start.y) > 0.3 * start.h) continue;
    if (it.x > start.x + start.w - 0.5 * it.h && it.x - end < 0.6 * it.h) {
      note.add(it);
      end = Math.max(end, it.x + it.w);
    }
  }
  cell.items = cell.items.filter((it) => !note.has(it));
  return [...note];
}

/**
 * A cell's text: its lines top to bottom, each left to right; a word wrapped inside the cell is one word
 * ("本年收入合" + "计"), items far apart on one line are kept apart by a space.
 */
export function cellText(items: TextItem[]): string {
  const sorted = [...items].sort((a, b) => a.y - b.y);
  const lines: TextItem[][] = [];
  for (const it of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(it.y - line[0].y) <= 0.3 * Math.min(it.h, line[0].h)) line.push(it);
    else lines.push([it]);
  }
  const texts = lines.map((line) => {
    line.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const it of line) {
      if (text && it.x - end > 0.6 * it.h) text += ' ';
      text += it.str;
      end = it.x + it.w;
    }
    return text.trim();
  });
  let out = '';
  for (const t of texts) {
    // Wrapped Latin words or figures keep a space; Chinese text wraps anywhere and joins directly.
    out += out && /[A-Za-z]$/.test(out) && /^[A-Za-z]/.test(t) ? ` ${t}` : t;
  }
  return closeCjkSpaces(out);
}

export function cellRect(items: TextItem[]): Rect | null {
  let rect: Rect | null = null;
  for (const it of items) rect = union(rect, itemRect(it));
  return rect;
}
