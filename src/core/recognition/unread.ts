/**
 * Never a flood: a column of a table whose value cells are mostly not numbers was not understood
 * (a name column taken for amounts, a header shifted by one). It becomes one part "not understood"
 * instead of a finding per cell.
 */

import { columnLetters } from '../address';
import type { Table, UnreadPart } from '../tables/model';

/** At least this many cells of text in a column, and at least half of its filled cells. */
const MIN_TEXT_CELLS = 3;

/** Chinese characters or letters: a word or a name, not a placeholder mark. */
const WORDS = /[\u4e00-\u9fa5A-Za-z]/;

export function textColumns(table: Table, header?: (col: number) => string): UnreadPart[] {
  const byCol = new Map<
    number,
    { filled: number; invalid: number; words: number; top: number; bottom: number }
  >();
  for (const f of table.figures) {
    if (f.parse.kind === 'blank') continue;
    const { row, col } = f.ref;
    let c = byCol.get(col);
    if (!c) byCol.set(col, (c = { filled: 0, invalid: 0, words: 0, top: row, bottom: row }));
    c.filled++;
    if (f.parse.kind === 'invalid') c.invalid++;
    if (f.parse.kind === 'invalid' && WORDS.test(f.parse.text)) c.words++;
    c.top = Math.min(c.top, row);
    c.bottom = Math.max(c.bottom, row);
  }
  const parts: UnreadPart[] = [];
  const text = (c: { filled: number; invalid: number }) =>
    c.invalid >= MIN_TEXT_CELLS && c.invalid * 2 >= c.filled;
  // No column left with figures: the header matched nothing that holds them.
  const nothingRead = [...byCol.values()].every(text);
  for (const [col, c] of [...byCol].sort((a, b) => a[0] - b[0])) {
    if (!text(c)) continue;
    const name = header?.(col) || `${columnLetters(col)}列`;
    parts.push({
      what: `${name}有 ${c.invalid} 个单元格不是数字`,
      top: c.top,
      left: col,
      bottom: c.bottom,
      right: col,
      // Words where figures belong: the columns are shifted (names taken for amounts) and the table's
      // relations would read the wrong figures. Marks (*, /, x) only leave their own relations unchecked.
      blocking: nothingRead || c.words * 2 >= c.invalid,
    });
  }
  return parts;
}
