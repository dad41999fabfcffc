/** The rectangle the user drags or shift-clicks on the grid, from the active cell to another. */

import { fromA1, rangeToA1 } from '../../../core/address';

/** "B3:D9" from any two corners; undefined when both are the same cell (one cell is no range). */
export function rangeBetween(anchor: string, other: string): string | undefined {
  const a = fromA1(anchor);
  const b = fromA1(other);
  if (a.row === b.row && a.col === b.col) return undefined;
  return rangeToA1(
    Math.min(a.row, b.row),
    Math.min(a.col, b.col),
    Math.max(a.row, b.row),
    Math.max(a.col, b.col),
  );
}

/** Whether the cell lies in the range ("B3:D9"). */
export function inRange(range: string | undefined, address: string): boolean {
  if (!range) return false;
  const [p, q] = range.split(':').map((x) => fromA1(x));
  const c = fromA1(address);
  return c.row >= p.row && c.row <= q.row && c.col >= p.col && c.col <= q.col;
}
