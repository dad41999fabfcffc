/** Shared by the PDF tests: figures printed in a table's area that no cell of the rebuilt sheets holds. */

import { isNumeric } from '../../src/hosts/pdf/geometry/lines';
import type { PdfLayout } from '../../src/hosts/pdf/geometry/layout';
import { apply, type PageText } from '../../src/hosts/pdf/geometry/types';

/**
 * Each figure printed on a page of a table, between the table's first and last cell on that page, must stand
 * inside the box of a cell whose text holds it. Returns those that do not, as "page: figure".
 */
export function unplacedFigures(pages: PageText[], layout: PdfLayout): string[] {
  const missing: string[] = [];
  for (const page of pages) {
    const cells: Array<{ box: [number, number, number, number]; text: string }> = [];
    for (const sheet of layout.snapshot.sheets) {
      const places = layout.places.get(sheet.name)!;
      sheet.values.forEach((row, r) =>
        row.forEach((v, c) => {
          const place = places.get(`${r},${c}`);
          if (v != null && place && place.page === page.page) cells.push({ box: place.box, text: String(v) });
        }),
      );
    }
    if (cells.length === 0) continue;
    const low = Math.min(...cells.map((c) => c.box[1]));
    const high = Math.max(...cells.map((c) => c.box[3]));
    for (const it of page.items) {
      if (!isNumeric(it.str) || !/\d/.test(it.str)) continue;
      const [x, y] = apply(page.toPdf, it.x + it.w / 2, it.y - it.h / 3);
      if (y < low || y > high) continue;
      const held = cells.some(
        (c) =>
          x >= c.box[0] - 1 &&
          x <= c.box[2] + 1 &&
          y >= c.box[1] - 1 &&
          y <= c.box[3] + 1 &&
          c.text.replace(/\s/g, '').includes(it.str.replace(/\s/g, '')),
      );
      if (!held) missing.push(`${page.page}: ${it.str}`);
    }
  }
  return missing;
}
