/**
 * Where the subject codes of a table sit: one column ("2010101"), or parts in 类 | 款 | 项 columns
 * ("201" "01" "01", the parent's parts repeated on child rows or left blank).
 */

import { parseCode } from '../numbers';
import type { SheetGrid } from '../snapshot';
import { stripSpaces, toHalfWidth } from '../text';
import type { Region } from './region';

export interface CodeColumns {
  /** The column holding the code, or the 类 column of split codes. */
  first: number;
  /** 类, 款 (and 项) columns when the code is split; one column otherwise. */
  parts: number[];
  /** The header row naming the parts (类 款 项), when split. */
  partsRow: number | null;
}

const TWO_DIGITS = /^\d{2}$/;
const WHOLE_CODE = /^\d{5}(\d{2})?$/;

/** Two digits of a 款 or 项 part: "05", 5, "５". */
function part(grid: SheetGrid, row: number, col: number): string | null {
  const v = grid.value(row, col);
  if (v === null || typeof v === 'boolean') return null;
  if (typeof v === 'number')
    return Number.isInteger(v) && v >= 0 && v < 100 ? String(v).padStart(2, '0') : null;
  const s = stripSpaces(toHalfWidth(v));
  return TWO_DIGITS.test(s) ? s : null;
}

/** A 类 | 款 | 项 (or 类 | 款) header row: the words alone in consecutive cells. */
export function findSplitColumns(grid: SheetGrid, region: Region, rows = 8): CodeColumns | null {
  for (let r = region.top + 1; r <= Math.min(region.bottom, region.top + rows); r++) {
    for (let c = region.left; c < region.right; c++) {
      if (!grid.isString(r, c) || grid.key(r, c) !== '类' || grid.key(r, c + 1) !== '款') continue;
      const parts = [c, c + 1];
      if (grid.key(r, c + 2) === '项') parts.push(c + 2);
      return { first: c, parts, partsRow: r };
    }
  }
  return null;
}

/** Joins the parts of a split code; a blank parent part is carried from the rows above. */
export class SplitCodeReader {
  private carried: string[] = [];

  constructor(
    private readonly grid: SheetGrid,
    private readonly columns: CodeColumns,
    private readonly classCode: RegExp,
  ) {}

  read(row: number): string | null {
    const [classCol, ...rest] = this.columns.parts;
    const cls = parseCode(this.grid.value(row, classCol));
    const parts: Array<string | null> = [cls && this.classCode.test(cls) ? cls : null];
    for (const c of rest) parts.push(part(this.grid, row, c));
    // A whole code printed in the 类 column under a 类 | 款 | 项 header (西南大学 2023 表4: "20502" spans the three).
    if (
      cls &&
      WHOLE_CODE.test(cls) &&
      this.classCode.test(cls.slice(0, 3)) &&
      parts.slice(1).every((p) => p === null)
    ) {
      this.carried = [cls.slice(0, 3), cls.slice(3, 5), cls.slice(5, 7)].filter((p) => p !== '');
      return cls;
    }
    if (parts.every((p) => p === null)) return null;
    // The deepest part given decides the level; blank parents come from the rows above.
    let depth = -1;
    parts.forEach((p, i) => {
      if (p !== null) depth = i;
    });
    const code: string[] = [];
    for (let i = 0; i <= depth; i++) {
      const p = parts[i] ?? this.carried[i];
      if (!p) return null;
      code.push(p);
    }
    this.carried = code.slice();
    return code.join('');
  }
}
