/** Text items into lines (items sharing a baseline) and phrases (items printed next to each other). */

import { itemRect, union, type PageText, type Rect, type TextItem } from './types';

export interface Line {
  page: number;
  /** Baseline, the mean of its items'. */
  y: number;
  /** Font height, the largest of its items'. */
  h: number;
  items: TextItem[];
  rect: Rect;
}

const NUMBER = /^[(（]?[-+]?[\d,，]+(?:\.\d+)?[)）]?%?$/;

export function isNumeric(s: string): boolean {
  return NUMBER.test(s.replace(/\s+/g, ''));
}

/** A subject code printed bare: whole (208, 20805, 2080505) or one part of a 类 | 款 | 项 split (05). */
const BARE_CODE = /^(?:\d{2}|[1-9]\d{2}(?:\d{2}){0,2})$/;

/** A figure: a number that is not a bare subject code. */
export function isFigure(s: string): boolean {
  const t = s.replace(/\s+/g, '');
  return NUMBER.test(t) && !BARE_CODE.test(t);
}

/** Items of one page grouped by baseline, top to bottom; blank items dropped; each line left to right. */
export function pageLines(page: PageText): Line[] {
  const items = page.items.filter((it) => it.str.trim() !== '' && it.h > 0).sort((a, b) => a.y - b.y);
  const lines: Line[] = [];
  // The last line's sum of baselines, added in item order (the same sum a reduce over its items gives), so a
  // line of many items is not summed again for each one.
  let sum = 0;
  for (const it of items) {
    const line = lines[lines.length - 1];
    // Figures sit a little below or above the text of their row; a quarter of the height tells rows apart.
    if (line && Math.abs(it.y - line.y) <= 0.3 * Math.min(it.h, line.h)) {
      line.items.push(it);
      sum += it.y;
      line.y = sum / line.items.length;
      line.h = Math.max(line.h, it.h);
      line.rect = union(line.rect, itemRect(it));
    } else {
      lines.push({ page: page.page, y: it.y, h: it.h, items: [it], rect: itemRect(it) });
      sum = 0 + it.y;
    }
  }
  for (const line of lines) line.items.sort((a, b) => a.x - b.x);
  return lines;
}

/** Runs of items closer than a fraction of the font height, as text; the spaces between runs kept as one space. */
export function phrases(line: Line, gap = 0.6): Array<{ text: string; items: TextItem[] }> {
  const out: Array<{ text: string; items: TextItem[] }> = [];
  let end = -Infinity;
  for (const it of line.items) {
    const last = out[out.length - 1];
    if (last && it.x - end < gap * it.h) {
      last.text += it.str;
      last.items.push(it);
    } else out.push({ text: it.str, items: [it] });
    end = Math.max(end, it.x + it.w);
  }
  for (const p of out) p.text = p.text.trim();
  return out;
}

/** The line as text: phrases joined by a space. */
export function lineText(line: Line): string {
  return phrases(line)
    .map((p) => p.text)
    .join(' ');
}

/** Page numbers and running heads: a short line alone in the top or bottom margin. */
export function isPageFurniture(line: Line, page: PageText): boolean {
  const text = lineText(line).replace(/\s+/g, '');
  if (!/^(?:[-—–－]*\d{1,3}[-—–－]*|第\d+页(?:[,，/]?共\d+页)?|\d+\/\d+)$/.test(text)) return false;
  return line.y > page.height * 0.88 || line.y < page.height * 0.1;
}

/** Items printed edge to edge (one string cut by the PDF writer) as one item; a figure and the next cell stay apart. */
export function runs(line: Line): TextItem[] {
  const out: TextItem[] = [];
  for (const it of line.items) {
    const last = out[out.length - 1];
    const gap = last ? it.x - (last.x + last.w) : Infinity;
    if (last && gap < 0.12 * it.h && gap > -0.5 * it.h) {
      last.str += it.str;
      last.w = Math.max(last.w, it.x + it.w - last.x);
    } else out.push({ ...it });
  }
  return out;
}

/** Characters spread over a cell's width ("基 本 养 老 保 险") read as the word they are. */
export function closeCjkSpaces(text: string): string {
  return text.replace(/([\u3400-\u9fff（）、])[ \u3000]+(?=[\u3400-\u9fff（）、])/g, '$1');
}
