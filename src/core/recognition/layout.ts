/** Reading the face of a table: header words per column, 栏次 rows, notes and boilerplate cells. */

import { MAX_AMOUNT } from '../limits';
import { parseAmount } from '../numbers';
import type { CellValue, SheetGrid } from '../snapshot';
import { labelKey } from '../text';
import type { AmountParse } from '../numbers';
import type { CellRef, Figure } from '../tables/model';
import { markerNumber } from './titles';

/**
 * The answer of a test on a cell's text, remembered per text: recognition asks the same questions of the
 * same header and subject words in every table (and every unit of a 汇总). Bounded like labelKey's cache.
 */
export function remembered(test: (text: string) => boolean): (text: string) => boolean {
  const answers = new Map<string, boolean>();
  return (text) => {
    // Empty cells and figures (text starting with a digit) are asked once each: remembering them would
    // only push the words out.
    const first = text.charCodeAt(0);
    if (text === '' || (first >= 48 && first <= 57)) return test(text);
    let answer = answers.get(text);
    if (answer === undefined) {
      answer = test(text);
      if (answers.size >= REMEMBERED_TEXTS) answers.clear();
      answers.set(text, answer);
    }
    return answer;
  };
}
const REMEMBERED_TEXTS = 20000;

/** Cells around a table that are not headers: "部门：…", "单位：万元", "公开01表". */
export const isBoilerplate = remembered((text: string): boolean => {
  const key = labelKey(text);
  return (
    /^(编制|填报)?(部门|单位)(名称)?[:：]/.test(key) ||
    /^(金额)?单位[:：]?(万?元)$/.test(key) ||
    /单位[:：](万?元)$/.test(key) ||
    markerNumber(text) !== null
  );
});

/** A note or explanation row: "注：本表反映…", "本单位无…，故本表无数据". */
export const isNoteText = remembered((text: string): boolean => {
  const key = labelKey(text);
  if (/^(注|说明|备注)[:：\d]?/.test(key)) return true;
  return key.length >= 12 && /本表|无数据|空表|没有|本(部门|单位)无/.test(key);
});

/** The value of a cell that reads as a whole number, else null; a number cell without parsing it. */
function wholeNumber(raw: CellValue): number | null {
  if (typeof raw === 'number') return Number.isInteger(raw) && Math.abs(raw) < MAX_AMOUNT ? raw : null;
  // Text without a digit (of either width) never parses as a number: most such cells are names.
  if (typeof raw === 'string' && !/[0-9\uff10-\uff19]/.test(raw)) return null;
  const p = parseAmount(raw);
  return p.kind === 'number' && Number.isInteger(p.value) ? p.value : null;
}

/** A 栏次 row: the word 栏次, or only the numbers 1, 2, 3 … in the value cells. */
export function isColumnNumberRow(grid: SheetGrid, row: number, left: number, right: number): boolean {
  const numbers: number[] = [];
  for (let c = left; c <= right; c++) {
    const text = grid.text(row, c);
    if (text === '') continue;
    if (labelKey(text) === '栏次') return true;
    const n = wholeNumber(grid.value(row, c));
    if (n === null) return false;
    numbers.push(n);
  }
  if (numbers.length < 2 || numbers[0] !== 1) return false;
  return numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1);
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
      row.push(t === '' || isBoilerplate(t) || isNoteText(t) ? '' : labelKey(t));
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
  const hasBelow = (ri: number, ci: number) => texts.slice(ri + 1).some((row) => row[ci] !== '');
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

export function figureAt(grid: SheetGrid, row: number, col: number): Figure {
  const parse: AmountParse = grid.isUnknown(row, col)
    ? { kind: 'unknown' }
    : parseAmount(grid.value(row, col));
  return { ref: ref(grid, row, col), parse, value: parse.kind === 'number' ? parse.value : 0 };
}

export function ref(grid: SheetGrid, row: number, col: number): CellRef {
  return { sheet: grid.name, row, col };
}

/** The rows of a region that hold anything, for trimming its bottom. */
export function lastUsedRow(grid: SheetGrid, top: number, bottom: number): number {
  for (let r = bottom; r > top; r--) {
    for (let c = grid.firstCol; c < grid.colCount; c++) if (grid.text(r, c) !== '') return r;
  }
  return top;
}

/** Text of note rows in a region, each row once. */
export function collectNotes(grid: SheetGrid, top: number, bottom: number): string[] {
  const notes: string[] = [];
  for (let r = top; r <= bottom; r++) {
    for (let c = grid.firstCol; c < grid.colCount; c++) {
      const t = grid.text(r, c);
      if (t && isNoteText(t)) {
        notes.push(t);
        break;
      }
    }
  }
  return notes;
}
