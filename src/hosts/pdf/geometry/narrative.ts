/**
 * The lines outside the tables as the narrative: a line that runs to the right margin goes on in the next. The
 * cover, the table of contents and any table text not cut into a table are no part of it.
 */

import { isNumeric, lineText, phrases, type Line } from './lines';

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

/** A sentence's punctuation: a page without any is a cover, a table of contents or a heading page. */
const SENTENCE = /[。，；;]/;
/** "目录", "目 录". */
const CONTENTS = /^目\s*录$/;
/** An entry of a table of contents with its leaders and page number: "一、部门概况……………1". */
const LEADERS = /(?:[.．…·•]\s*){4,}\s*\d{1,3}$/;

/** A line of a table: several runs of text far apart with a figure among them, or three runs or more. */
function isTableLine(line: Line): boolean {
  const parts = phrases(line, 1.5);
  return parts.length >= 3 || (parts.length >= 2 && parts.some((p) => isNumeric(p.text)));
}

/**
 * The lines of the narrative among the lines outside the tables: without the cover and any heading pages before
 * the first sentence, the table of contents (from its "目录" to the first page with a sentence, and entries
 * with leaders), and table text the cutting left (a line of figures in columns; a page that is mostly such).
 */
export function narrativeLines(lines: Line[]): Line[] {
  const pages = new Map<number, Line[]>();
  for (const l of lines) pages.set(l.page, [...(pages.get(l.page) ?? []), l]);
  const hasSentence = (page: number) => (pages.get(page) ?? []).some((l) => SENTENCE.test(lineText(l)));
  const drop = new Set<Line>();
  // The cover and the pages of headings before the first sentence (a table of contents on its own pages).
  for (const [page, ls] of pages) {
    if (hasSentence(page)) break;
    for (const l of ls) drop.add(l);
  }
  // The table of contents: from "目录" to the end of its page, and the following pages with no sentence.
  lines.forEach((l, i) => {
    if (!CONTENTS.test(lineText(l).trim())) return;
    for (let j = i; j < lines.length; j++) {
      if (lines[j].page !== l.page && hasSentence(lines[j].page)) break;
      drop.add(lines[j]);
    }
  });
  for (const l of lines) if (LEADERS.test(lineText(l).trim())) drop.add(l);
  // Table text: its lines, and every line of a page that is mostly table.
  for (const ls of pages.values()) {
    const table = ls.filter(isTableLine);
    for (const l of table.length * 2 >= ls.length && table.length >= 3 ? ls : table) drop.add(l);
  }
  return lines.filter((l) => !drop.has(l));
}
