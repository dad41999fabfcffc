/** A set of table cells keyed by numbers, not strings: the cause pass asks it of every figure of a unit. */

import type { CellRef } from '../tables/model';

/** Columns per row in the key: Excel's 16,384 columns (XFD), so row × COLUMNS + col is one cell. */
const COLUMNS = 16384;

export class CellSet {
  private readonly sheets = new Map<string, Set<number>>();

  add(ref: CellRef): void {
    let cells = this.sheets.get(ref.sheet);
    if (!cells) this.sheets.set(ref.sheet, (cells = new Set()));
    cells.add(ref.row * COLUMNS + ref.col);
  }

  has(ref: CellRef): boolean {
    const cells = this.sheets.get(ref.sheet);
    return cells !== undefined && cells.has(ref.row * COLUMNS + ref.col);
  }

  get size(): number {
    let n = 0;
    for (const cells of this.sheets.values()) n += cells.size;
    return n;
  }
}
