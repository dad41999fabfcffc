/** A1 address lists for office.js: sheet quoting, rectangles from cells, chunks for RangeAreas. */

import { fromA1, rangeToA1, toA1 } from '../../core/address';
import type { CellRange } from '../../core/snapshot';

/** RangeAreas (ExcelApi 1.9) are reliable up to about 150 areas a call (HOSTS.md). */
export const MAX_AREAS_PER_CALL = 150;
/** Long address strings fail before the area count does; stay well under it. */
export const MAX_ADDRESS_CHARS = 2000;

/** "'表 二'!A2": the full address that workbook-level collections (comments) require. */
export function qualified(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}

/** Cells of one sheet as few rectangles as vertical runs allow: C4, C5, C6 → C4:C6. */
export function cellRuns(cells: readonly string[]): string[] {
  const points = [...new Set(cells.map((c) => c.toUpperCase()))]
    .map((c) => fromA1(c))
    .sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: string[] = [];
  let i = 0;
  while (i < points.length) {
    let j = i;
    while (
      j + 1 < points.length &&
      points[j + 1].col === points[i].col &&
      points[j + 1].row === points[j].row + 1
    )
      j++;
    const a = points[i];
    const b = points[j];
    runs.push(i === j ? toA1(a.row, a.col) : rangeToA1(a.row, a.col, b.row, b.col));
    i = j + 1;
  }
  return runs;
}

/** Comma-joined address lists for getRanges, each within the area and length limits. */
export function chunkAreas(
  areas: readonly string[],
  maxAreas = MAX_AREAS_PER_CALL,
  maxChars = MAX_ADDRESS_CHARS,
): string[] {
  const chunks: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const area of areas) {
    if (current.length > 0 && (current.length >= maxAreas || length + 1 + area.length > maxChars)) {
      chunks.push(current.join(','));
      current = [];
      length = 0;
    }
    length += (current.length > 0 ? 1 : 0) + area.length;
    current.push(area);
  }
  if (current.length > 0) chunks.push(current.join(','));
  return chunks;
}

/** Columns further apart than this in one row are read as separate rectangles. */
const MAX_GAP = 16;

/** Rectangles (one row high) covering the cells, for one getCellProperties call each. */
export function rowSegments(cells: readonly string[]): CellRange[] {
  const byRow = new Map<number, number[]>();
  for (const c of cells) {
    const { row, col } = fromA1(c);
    const cols = byRow.get(row) ?? [];
    cols.push(col);
    byRow.set(row, cols);
  }
  const segments: CellRange[] = [];
  for (const [row, cols] of [...byRow].sort((a, b) => a[0] - b[0])) {
    cols.sort((a, b) => a - b);
    let left = cols[0];
    let right = cols[0];
    for (const col of cols.slice(1)) {
      if (col - right > MAX_GAP) {
        segments.push({ top: row, left, bottom: row, right });
        left = col;
      }
      right = col;
    }
    segments.push({ top: row, left, bottom: row, right });
  }
  return segments;
}

/** "'表 二'!A1:B2, '表 二'!D4" (a RangeAreas address) as 0-based rectangles. */
export function parseAreas(address: string): CellRange[] {
  const ranges: CellRange[] = [];
  let i = 0;
  while (i < address.length) {
    let end = i;
    let quoted = false;
    while (end < address.length && (quoted || address[end] !== ',')) {
      if (address[end] === "'") quoted = !quoted;
      end++;
    }
    const part = address.slice(i, end);
    const cells = part.slice(part.lastIndexOf('!') + 1).trim();
    const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(cells);
    if (m) {
      const a = fromA1(`${m[1]}${m[2]}`);
      const b = m[3] ? fromA1(`${m[3]}${m[4]}`) : a;
      ranges.push({ top: a.row, left: a.col, bottom: b.row, right: b.col });
    }
    i = end + 1;
  }
  return ranges;
}
