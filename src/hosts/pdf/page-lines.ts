/** Each page of a PDF as lines of text, top to bottom, for the rules on the document's frame (目录, blank pages). */

import type { PageLines } from '../../core/snapshot';
import type { PageText, TextItem } from './geometry/types';

/** Items on one baseline (within half a character's height) make a line; a wide gap between them is a space. */
export function pageLines(pages: PageText[]): PageLines[] {
  return pages.map((p) => {
    const items = [...p.items].sort((a, b) => a.y - b.y || a.x - b.x);
    const rows: TextItem[][] = [];
    for (const it of items) {
      const row = rows[rows.length - 1];
      if (row && Math.abs(it.y - row[0].y) < 0.5 * Math.max(it.h, row[0].h)) row.push(it);
      else rows.push([it]);
    }
    const lines = rows.map((row) => {
      row.sort((a, b) => a.x - b.x);
      let text = '';
      let end: number | null = null;
      for (const it of row) {
        if (end !== null && it.x - end > 0.6 * it.h) text += ' ';
        text += it.str;
        end = it.x + it.w;
      }
      return text.trim();
    });
    return { page: p.page, lines: lines.filter((l) => l !== ''), width: p.width, height: p.height };
  });
}
