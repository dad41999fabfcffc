/** The lines outside the tables as the narrative: a line that runs to the right margin goes on in the next. */

import { lineText, type Line } from './lines';

/** A heading starts a line of its own: 第一部分, 一、, （一）, 1、 */
const HEADING =
  /^\s*(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d{1,2}[、.．](?!\d))/;

/** Where a stretch of the narrative text is printed: UTF-16 offsets [start, end), its page and line. */
export interface NarrativeLine {
  start: number;
  end: number;
  page: number;
  line: Line;
}

export function narrativeText(lines: Line[]): { text: string; lines: NarrativeLine[] } {
  let text = '';
  const placed: NarrativeLine[] = [];
  // The right margin of each page's prose: where its longest lines end.
  const margins = new Map<number, number>();
  for (const l of lines) margins.set(l.page, Math.max(margins.get(l.page) ?? 0, l.rect.right));
  lines.forEach((line, i) => {
    const t = lineText(line);
    placed.push({ start: text.length, end: text.length + t.length, page: line.page, line });
    text += t;
    const next = lines[i + 1];
    if (!next) return;
    const full = line.rect.right >= (margins.get(line.page) ?? 0) - 2 * line.h;
    const indented = next.rect.left > line.rect.left + line.h || HEADING.test(lineText(next));
    // A paragraph goes on across lines (and pages) when its line is full and the next is not indented.
    text += full && !indented && !/[。：:；;]$/.test(t) ? '' : '\n';
  });
  return { text, lines: placed };
}
