/** Positioned text of a whole PDF into a workbook snapshot (one sheet per table) and the narrative text. */

import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../core/snapshot';
import { findColumns, columnOf, type Column, type PlacedItem } from './columns';
import {
  closeCjkSpaces,
  isNumeric,
  isPageFurniture,
  lineText,
  pageLines,
  phrases,
  runs,
  type Line,
} from './lines';
import { narrativeLines, narrativeText } from './narrative';
import { buildRows, type Row } from './rows';
import { splitDocument, type Segment } from './segments';
import { itemRect, toPdfBox, union, type PageText, type Rect, type TextItem } from './types';

/** Where a cell of a rebuilt sheet is printed: 1-based page and box in PDF points, origin bottom-left. */
export interface CellPlace {
  page: number;
  box: [number, number, number, number];
}

export interface PdfLayout {
  snapshot: WorkbookSnapshot;
  /** Sheet name → "row,col" (0-based) → where that cell is printed. */
  places: Map<string, Map<string, CellPlace>>;
  narrative: string;
  /** Where each line of the narrative is printed, by its offsets in `narrative`. */
  narrativePlaces: Array<{ start: number; end: number; place: CellPlace }>;
  /** Number of text items read, all pages. */
  itemCount: number;
}

function rowText(row: Row): string {
  return row.lines.map(lineText).join('').replace(/\s+/g, '');
}

/** On the pages after the first, a repeated header (and a 续 title) above the first figures is dropped. */
function dropRepeatedHeaders(rows: Row[], preambleRows: number): Row[] {
  const firstPage = rows[0]?.page;
  const firstFigures = rows.findIndex((r) => r.lines.some((l) => l.items.some((it) => isNumeric(it.str))));
  const header = new Set(rows.slice(0, firstFigures < 0 ? rows.length : firstFigures).map(rowText));
  const out: Row[] = [];
  let page = firstPage;
  let leading = false;
  rows.forEach((row, i) => {
    if (row.page !== page) {
      page = row.page;
      leading = true;
    }
    if (leading && i >= preambleRows) {
      const figures = row.lines.some((l) => l.items.some((it) => isNumeric(it.str) && it.str.length > 2));
      const text = rowText(row);
      if (!figures && (header.has(text) || /[(（]?续[)）]?/.test(text))) return;
      leading = false;
    }
    out.push(row);
  });
  return out;
}

function joinCell(items: Array<{ item: TextItem; line: number }>): string {
  let text = '';
  let prev: { item: TextItem; line: number } | null = null;
  for (const p of items) {
    if (prev && prev.line === p.line && p.item.x - (prev.item.x + prev.item.w) > 0.6 * p.item.h) text += ' ';
    text += p.item.str;
    prev = p;
  }
  return closeCjkSpaces(text.trim());
}

function sheetOf(
  segment: Segment,
  name: string,
  pages: Map<number, PageText>,
): { sheet: SheetSnapshot; places: Map<string, CellPlace> } {
  const preambleLines = new Set(segment.lines.slice(0, segment.preamble));
  const allRows = buildRows(segment.lines, preambleLines);
  const preambleRows = allRows.filter((r) => r.lines.every((l) => preambleLines.has(l))).length;
  const rows = dropRepeatedHeaders(allRows, preambleRows);
  const rowRuns = rows.map((r) => r.lines.map(runs));
  const xs = rowRuns.flatMap((r) => r.flatMap((l) => l.map((it) => [it.x, it.x + it.w]))).flat();
  const extent = Math.max(...xs) - Math.min(...xs);
  const placed: PlacedItem[] = [];
  rows.forEach((row, r) => {
    if (row.lines.every((l) => preambleLines.has(l))) return;
    for (const line of rowRuns[r])
      for (const item of line) if (item.w <= 0.4 * extent) placed.push({ item, row: r });
  });
  const columns: Column[] = findColumns(placed);
  if (columns.length === 0) columns.push({ left: Math.min(...xs), right: Math.max(...xs) });
  const values: CellValue[][] = [];
  const places = new Map<string, CellPlace>();
  rows.forEach((row, r) => {
    const cells: Array<Array<{ item: TextItem; line: number }>> = columns.map(() => []);
    rowRuns[r].forEach((line, li) => {
      for (const item of line) cells[columnOf(columns, item)].push({ item, line: li });
    });
    const page = pages.get(row.page)!;
    values.push(
      cells.map((c, col) => {
        let rect: Rect | null = null;
        for (const p of c) rect = union(rect, itemRect(p.item));
        // An empty cell is placed where its column crosses its row.
        const box = rect ?? {
          left: columns[col].left,
          right: columns[col].right,
          top: row.rect.top,
          bottom: row.rect.bottom,
        };
        places.set(`${r},${col}`, { page: row.page, box: toPdfBox(page.toPdf, box) });
        return c.length ? joinCell(c) : null;
      }),
    );
  });
  return { sheet: { name, originRow: 0, originCol: 0, values, merges: [] }, places };
}

function sheetName(segment: Segment, used: Set<string>): string {
  const first = segment.lines[0].page;
  const last = segment.lines[segment.lines.length - 1].page;
  const base = first === last ? `第${first}页` : `第${first}-${last}页`;
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base}(${n})`;
  used.add(name);
  return name;
}

export function layoutDocument(pages: PageText[], name: string | null): PdfLayout {
  const byNumber = new Map(pages.map((p) => [p.page, p]));
  const lines: Line[] = [];
  for (const page of pages)
    for (const line of pageLines(page)) if (!isPageFurniture(line, page)) lines.push(line);
  const { tables, narrative } = splitDocument(lines);
  const used = new Set<string>();
  const sheets: SheetSnapshot[] = [];
  const places = new Map<string, Map<string, CellPlace>>();
  for (const segment of tables) {
    const built = sheetOf(segment, sheetName(segment, used), byNumber);
    sheets.push(built.sheet);
    places.set(built.sheet.name, built.places);
  }
  const prose = narrativeText(narrativeLines(narrative));
  return {
    snapshot: { name, sheets },
    places,
    narrative: prose.text,
    narrativePlaces: prose.lines.map((l) => ({
      start: l.start,
      end: l.end,
      place: { page: l.page, box: toPdfBox(byNumber.get(l.page)!.toPdf, l.line.rect) },
    })),
    itemCount: pages.reduce((s, p) => s + p.items.length, 0),
  };
}

export { phrases };
