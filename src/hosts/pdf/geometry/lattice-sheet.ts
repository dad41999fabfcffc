/**
 * A table printed with borders into a sheet: each cell its borders enclose is a cell of the sheet (a cell
 * spanning rows or columns a merged range), the lines above and below the grid (title, unit, notes) rows of
 * their own. The columns are the page's vertical rules, the same on every page of the table.
 */

import type { CellRange, CellValue, SheetSnapshot } from '../../../core/snapshot';
import { cellRect, cellText, latticeOf, type Lattice, type LatticeCell } from './lattice';
import { isNumeric, pageLines, phrases, type Line } from './lines';
import type { Segment } from './segments';
import { toPdfBox, union, type CellPlace, type PageText, type Rect, type TextItem } from './types';

interface PagePart {
  page: PageText;
  lines: Line[];
  lattice: Lattice | null;
}

/** One row of the rebuilt sheet before it is placed: cells by column, with how far each spans. */
interface Entry {
  page: number;
  /** The band of the page's lattice it stands in (grid rows), or -1 (a line outside the grid). */
  band: number;
  cells: Array<{ col: number; colEnd: number; bandEnd: number; text: string; rect: Rect | null }>;
  rect: Rect;
  /** Where it is read, top to bottom. */
  key: number;
}

const CODE_HEADS = /^(类|款|项)$/;

/**
 * A figure beside other text on one line of a cell, far apart (two figures, or a name and its figure): the
 * page's rules do not draw the table's columns.
 */
function missesColumns(cells: LatticeCell[]): boolean {
  for (const c of cells) {
    const sorted = [...c.items].sort((a, b) => a.x - b.x);
    for (let i = 0; i < sorted.length; i++)
      for (let j = i + 1; j < sorted.length; j++) {
        const [a, b] = [sorted[i], sorted[j]];
        if (!isNumeric(a.str) && !isNumeric(b.str)) continue;
        if (Math.abs(a.y - b.y) < 0.3 * a.h && b.x - (a.x + a.w) > 2 * a.h) return true;
      }
  }
  return false;
}

function partsOf(segment: Segment, pages: Map<number, PageText>): PagePart[] | null {
  const byPage = new Map<number, Line[]>();
  for (const l of segment.lines) byPage.set(l.page, [...(byPage.get(l.page) ?? []), l]);
  const parts: PagePart[] = [];
  let grids = 0;
  for (const [n, lines] of byPage) {
    const page = pages.get(n)!;
    const items = lines.flatMap((l) => l.items);
    let region: Rect | null = null;
    for (const l of lines) region = union(region, l.rect);
    const lattice = page.rules?.length ? latticeOf(page.rules, items, region!) : null;
    const figures = items.filter((it) => isNumeric(it.str));
    if (lattice) {
      const inside = new Set(lattice.cells.flatMap((c) => c.items));
      const placed = figures.filter((it) => inside.has(it)).length;
      // Most figures stand in cells, one to a cell: the grid is the table's.
      if (placed >= 0.8 * figures.length && lattice.cells.length > 1 && !missesColumns(lattice.cells)) {
        parts.push({ page, lines, lattice });
        grids++;
        continue;
      }
    }
    // A page of the table with figures but no grid: the table is read from its text positions.
    if (figures.length > 0) return null;
    parts.push({ page, lines, lattice: null });
  }
  return grids > 0 ? parts : null;
}

/** Column edges of all pages, the same rule on two pages as one edge. */
function globalEdges(parts: PagePart[]): number[] {
  const all = parts.flatMap((p) => p.lattice?.xs ?? []).sort((a, b) => a - b);
  const out: number[][] = [];
  for (const x of all) {
    const g = out[out.length - 1];
    if (g && x - g[g.length - 1] <= 4) g.push(x);
    else out.push([x]);
  }
  return out.map((g) => g.reduce((s, x) => s + x, 0) / g.length);
}

function nearestIndex(values: number[], v: number): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (Math.abs(values[i] - v) < Math.abs(values[best] - v)) best = i;
  return best;
}

/** The column an item outside the grid stands in: by its left end (a note starts in the first column). */
function columnAt(xs: number[], item: TextItem): number {
  let col = 0;
  for (let i = 0; i + 1 < xs.length; i++) if (item.x + 1 >= xs[i]) col = i;
  return col;
}

function entriesOf(part: PagePart, xs: number[]): Entry[] {
  const entries: Entry[] = [];
  const lattice = part.lattice;
  const outsideItems = lattice ? [...lattice.outside, ...lattice.notes] : part.lines.flatMap((l) => l.items);
  const notes = new Set(lattice?.notes ?? []);
  const gridBottom = lattice ? lattice.ys[lattice.ys.length - 1] : -Infinity;
  if (lattice) {
    const col = (i: number): number => Math.min(nearestIndex(xs, lattice.xs[i]), xs.length - 2);
    const bands = new Map<number, LatticeCell[]>();
    for (const c of lattice.cells) bands.set(c.top, [...(bands.get(c.top) ?? []), c]);
    for (const [band, cells] of bands) {
      const out = cells.map((c) => {
        const r = cellRect(c.items);
        const left = col(c.left);
        return {
          col: left,
          colEnd: Math.max(left, nearestIndex(xs, lattice.xs[c.right]) - 1),
          bandEnd: c.bottom,
          text: cellText(c.items),
          rect: r,
        };
      });
      const top = lattice.ys[band];
      const rect = { left: xs[0], right: xs[xs.length - 1], top, bottom: lattice.ys[band + 1] ?? top };
      // Some templates print the 类 | 款 | 项 code headers on the 合计 row: the headers make a row of their own.
      const codeHeads = out.filter((c) => CODE_HEADS.test(c.text));
      if (codeHeads.length > 0 && out.some((c) => isNumeric(c.text))) {
        entries.push({ page: part.page.page, band, cells: codeHeads, rect, key: top });
        const rest = out.filter((c) => !codeHeads.includes(c));
        entries.push({ page: part.page.page, band: band + 0.5, cells: rest, rect, key: top + 0.01 });
      } else entries.push({ page: part.page.page, band, cells: out, rect, key: top });
    }
  }
  const loose = pageLines({ ...part.page, items: outsideItems });
  for (const line of loose) {
    // A note running up into the grid is read after the grid's last row.
    const key = line.items.some((it) => notes.has(it))
      ? Math.max(line.rect.top, gridBottom + line.rect.top / 1e4)
      : line.rect.top;
    // Words printed next to each other (a title, a note) stay one text, in the column where they start.
    const byCol = new Map<number, TextItem[]>();
    for (const phrase of phrases(line)) {
      const c = columnAt(xs, phrase.items[0]);
      byCol.set(c, [...(byCol.get(c) ?? []), ...phrase.items]);
    }
    entries.push({
      page: part.page.page,
      band: -1,
      cells: [...byCol].map(([c, items]) => ({
        col: c,
        colEnd: c,
        bandEnd: -1,
        text: cellText(items),
        rect: cellRect(items),
      })),
      rect: line.rect,
      key,
    });
  }
  return entries.sort((a, b) => a.key - b.key);
}

function entryText(e: Entry): string {
  return e.cells
    .map((c) => c.text)
    .join('')
    .replace(/\s+/g, '');
}

const hasFigures = (e: Entry): boolean => e.cells.some((c) => isNumeric(c.text) && c.text.length > 2);

/** On the pages after the first, the header printed again (and a 续 line) above the first figures is dropped. */
function dropRepeatedHeaders(pages: Entry[][]): Entry[][] {
  const first = pages[0] ?? [];
  const firstFigures = first.findIndex(hasFigures);
  const header = new Set(first.slice(0, firstFigures < 0 ? first.length : firstFigures).map(entryText));
  return pages.map((entries, p) => {
    if (p === 0) return entries;
    let k = 0;
    while (k < entries.length && !hasFigures(entries[k])) {
      const text = entryText(entries[k]);
      if (!header.has(text) && !/[(（]?续[)）]?/.test(text)) break;
      k++;
    }
    return entries.slice(k);
  });
}

/** The sheet of a bordered table, or null when its pages draw no grid that holds its figures. */
export function latticeSheet(
  segment: Segment,
  name: string,
  pages: Map<number, PageText>,
): { sheet: SheetSnapshot; places: Map<string, CellPlace> } | null {
  const parts = partsOf(segment, pages);
  if (!parts) return null;
  const xs = globalEdges(parts);
  if (xs.length < 2) return null;
  const perPage = dropRepeatedHeaders(parts.map((p) => entriesOf(p, xs)));
  const width = xs.length - 1;
  const values: CellValue[][] = [];
  const places = new Map<string, CellPlace>();
  const merges: CellRange[] = [];
  perPage.forEach((entries, p) => {
    const page = parts[p].page;
    const base = values.length;
    entries.forEach((e, i) => {
      const r = base + i;
      const row: CellValue[] = Array.from({ length: width }, () => null);
      for (const c of e.cells) {
        row[c.col] = row[c.col] == null ? c.text : `${row[c.col] as string} ${c.text}`;
        const box = c.rect ?? {
          left: xs[c.col],
          right: xs[c.colEnd + 1],
          top: e.rect.top,
          bottom: e.rect.bottom,
        };
        places.set(`${r},${c.col}`, { page: page.page, box: toPdfBox(page.toPdf, box) });
        // A merged cell runs down to the last row of the grid it covers.
        let bottom = r;
        if (c.bandEnd >= 0)
          entries.forEach((o, j) => {
            if (j > i && o.band > e.band && o.band < c.bandEnd) bottom = Math.max(bottom, base + j);
          });
        if (bottom > r || c.colEnd > c.col) merges.push({ top: r, left: c.col, bottom, right: c.colEnd });
      }
      for (let c = 0; c < width; c++)
        if (!places.has(`${r},${c}`))
          places.set(`${r},${c}`, {
            page: page.page,
            box: toPdfBox(page.toPdf, {
              left: xs[c],
              right: xs[c + 1],
              top: e.rect.top,
              bottom: e.rect.bottom,
            }),
          });
      values.push(row);
    });
  });
  return { sheet: { name, originRow: 0, originCol: 0, values, merges }, places };
}
