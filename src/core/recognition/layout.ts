/** Reading the face of a table: header words per column, 栏次 rows, notes and boilerplate cells. */

import { MAX_AMOUNT } from '../limits';
import { parseAmount } from '../numbers';
import type { CellValue, SheetGrid } from '../snapshot';
import { labelKey, perText } from '../text';
import type { AmountParse } from '../numbers';
import type { CellRef, Figure } from '../tables/model';
import { markerNumber } from './titles';

/**
 * The answer of a test on a cell's text, remembered per text: recognition asks the same questions of the
 * same header and subject words in every table (and every unit of a 汇总). Kept by perText, bounded.
 */
export function remembered(test: (text: string) => boolean): (text: string) => boolean {
  return rememberedAnswer(test);
}

/** Like `remembered`, for a test whose answer is any value (a label's class); the answer is never undefined. */
export function rememberedAnswer<T>(test: (text: string) => T): (text: string) => T {
  const known = perText(test);
  return (text) => {
    // Empty cells and figures (text starting with a digit) are asked once each: remembering them would
    // only push the words out.
    const first = text.charCodeAt(0);
    return text === '' || (first >= 48 && first <= 57) ? test(text) : known(text);
  };
}

// Regular expressions live outside the functions: a literal inside one is a new object on every call.
const ORGANISATION = /^(编制|填报)?(部门|单位)(名称)?[:：]/;
const UNIT_ALONE = /^(金额)?单位[:：]?(万?元)$/;
const UNIT_AT_END = /单位[:：](万?元)$/;
const NOTE_START = /^(注|说明|备注)[:：\d]?/;
const EMPTY_TABLE_WORDS = /本表|无数据|空表|没有|本(部门|单位)无/;
const ANY_DIGIT = /[0-9\uff10-\uff19]/;

/** Cells around a table that are not headers: "部门：…", "单位：万元", "公开01表". */
export const isBoilerplate = remembered((text: string): boolean => {
  const key = labelKey(text);
  return (
    ORGANISATION.test(key) || UNIT_ALONE.test(key) || UNIT_AT_END.test(key) || markerNumber(text) !== null
  );
});

/** A note or explanation row: "注：本表反映…", "本单位无…，故本表无数据". */
export const isNoteText = remembered((text: string): boolean => {
  const key = labelKey(text);
  if (NOTE_START.test(key)) return true;
  return key.length >= 12 && EMPTY_TABLE_WORDS.test(key);
});

/** The value of a cell that reads as a whole number, else null; a number cell without parsing it. */
function wholeNumber(raw: CellValue): number | null {
  if (typeof raw === 'number') return Number.isInteger(raw) && Math.abs(raw) < MAX_AMOUNT ? raw : null;
  // Text without a digit (of either width) never parses as a number: most such cells are names.
  if (typeof raw === 'string' && !ANY_DIGIT.test(raw)) return null;
  const p = parseAmount(raw);
  return p.kind === 'number' && Number.isInteger(p.value) ? p.value : null;
}

/** A 栏次 row: the word 栏次, or only the numbers 1, 2, 3 … in the value cells. */
export function isColumnNumberRow(grid: SheetGrid, row: number, left: number, right: number): boolean {
  // The numbers read so far: how many, whether they run 1, 2, 3 …, and the last one.
  let count = 0;
  let running = true;
  let last = 0;
  for (let c = left; c <= right; c++) {
    const v = grid.value(row, c);
    if (v === null) continue;
    // A number or a boolean is never blank and never the word 栏次.
    if (typeof v === 'string') {
      if (grid.text(row, c) === '') continue;
      if (v.includes('栏') && grid.key(row, c) === '栏次') return true;
    }
    const n = wholeNumber(v);
    if (n === null) return false;
    if (count === 0 ? n !== 1 : n !== last + 1) running = false;
    last = n;
    count++;
  }
  return count >= 2 && running;
}

export const isTotalLabel = remembered((text: string): boolean => {
  const key = labelKey(text);
  return key === '合计' || key === '总计' || key === '本年合计';
});

export interface ColumnHeader {
  col: number;
  /** The lowest header text of the column ("小计", "公务用车购置费"). */
  leaf: string;
  /** All header texts of the column top-down, group labels spread over their sub-columns. */
  path: string;
}

/**
 * Header words of each column between two rows. A group label ("本年支出", "预算数") covers the
 * columns of its merged range, or, where the sheet has no merges, the empty cells to its right
 * that have their own sub-headers below.
 */
export function readColumnHeaders(
  grid: SheetGrid,
  top: number,
  bottom: number,
  left: number,
  right: number,
): ColumnHeader[] {
  const texts: string[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row: string[] = [];
    for (let c = left; c <= right; c++) {
      const t = grid.text(r, c);
      row.push(t === '' || isBoilerplate(t) || isNoteText(t) ? '' : grid.key(r, c));
    }
    texts.push(row);
  }
  const spread = texts.map((row) => row.slice());
  for (const m of grid.merges) {
    if (m.top > bottom || m.bottom < top || m.right < left || m.left > right) continue;
    const t = texts[m.top - top]?.[m.left - left];
    if (!t) continue;
    for (let r = Math.max(m.top, top); r <= Math.min(m.bottom, bottom); r++)
      for (let c = Math.max(m.left, left); c <= Math.min(m.right, right); c++) spread[r - top][c - left] = t;
  }
  const hasBelow = (ri: number, ci: number) => {
    for (let rj = ri + 1; rj < texts.length; rj++) if (texts[rj][ci] !== '') return true;
    return false;
  };
  for (let ri = 0; ri < texts.length - 1; ri++) {
    for (let ci = 0; ci < texts[ri].length; ci++) {
      const label = texts[ri][ci];
      if (!label || !hasBelow(ri, ci)) continue;
      for (let cj = ci + 1; cj < texts[ri].length && texts[ri][cj] === '' && hasBelow(ri, cj); cj++) {
        if (spread[ri][cj] === '') spread[ri][cj] = label;
      }
    }
  }
  const headers: ColumnHeader[] = [];
  for (let ci = 0; ci <= right - left; ci++) {
    let leaf = '';
    for (let ri = texts.length - 1; ri >= 0 && !leaf; ri--) leaf = texts[ri][ci];
    const parts: string[] = [];
    for (const row of spread) if (row[ci] && parts[parts.length - 1] !== row[ci]) parts.push(row[ci]);
    headers.push({ col: left + ci, leaf, path: parts.join('/') });
  }
  return headers;
}

/** One parse for every cell whose value is not known (parses are read, never changed). */
const UNKNOWN: AmountParse = { kind: 'unknown' };

/** What a value cell holds, as parsed for a figure. */
export function parseAt(grid: SheetGrid, row: number, col: number): AmountParse {
  return grid.isUnknown(row, col) ? UNKNOWN : parseAmount(grid.value(row, col));
}

export function figureAt(grid: SheetGrid, row: number, col: number): Figure {
  const parse = parseAt(grid, row, col);
  return { ref: ref(grid, row, col), parse, value: parse.kind === 'number' ? parse.value : 0 };
}

export function ref(grid: SheetGrid, row: number, col: number): CellRef {
  return { sheet: grid.name, row, col };
}

/** The rows of a region that hold anything, for trimming its bottom. */
export function lastUsedRow(grid: SheetGrid, top: number, bottom: number): number {
  for (let r = bottom; r > top; r--) {
    for (let c = grid.firstCol; c < grid.colCount; c++) if (!grid.isBlank(r, c)) return r;
  }
  return top;
}

/** Text of note rows in a region, each row once. */
export function collectNotes(grid: SheetGrid, top: number, bottom: number): string[] {
  const notes: string[] = [];
  for (let r = top; r <= bottom; r++) {
    for (let c = grid.firstCol; c < grid.colCount; c++) {
      // Only text is a note (a number's or a boolean's text never reads as one).
      if (!grid.isString(r, c)) continue;
      const t = grid.text(r, c);
      if (t && isNoteText(t)) {
        notes.push(t);
        break;
      }
    }
  }
  return notes;
}
