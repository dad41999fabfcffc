/**
 * The outline of a 情况说明: its headings however they are numbered (第一部分, 一、, （一）, 1.,
 * （1）, or a short unnumbered line such as "名词解释"), each with the span of its body. A
 * numbering that starts again at 一、 inside a section ("十三、绩效 … 一、资金情况分析") is read
 * as nested, a table of contents as headings with empty bodies.
 */

import { labelKey } from '../text';

export interface Heading {
  index: number;
  /** Offsets of the heading line (trimmed) in the text as given. */
  start: number;
  end: number;
  /** 0 part, 1 一、, 2 （一）, 3 1., 4 （1）; a restarted 一、 sits one below its section. */
  level: number;
  /** The heading words, normalised with labelKey, without the ordinal. */
  title: string;
  parent: number;
  /** Where the body ends: the next heading at the same or a higher level, or the end of the text. */
  bodyEnd: number;
  /** True when the body has at least one line that is not a heading. */
  hasContent: boolean;
}

export interface Outline {
  text: string;
  headings: Heading[];
}

const CN_DIGITS = '一二三四五六七八九';

function chineseNumeral(s: string): number {
  if (s === '十') return 10;
  const tens = s.indexOf('十');
  if (tens < 0) return CN_DIGITS.indexOf(s) + 1;
  const high = tens === 0 ? 1 : CN_DIGITS.indexOf(s[0]) + 1;
  const low = tens === s.length - 1 ? 0 : CN_DIGITS.indexOf(s[tens + 1]) + 1;
  return high * 10 + low;
}

interface Numbering {
  level: number;
  numeral: number;
  rest: string;
}

const PATTERNS: Array<[RegExp, number, (m: RegExpExecArray) => number]> = [
  [/^第([一二三四五六七八九十]+)部分[:：、.．\s]*/, 0, (m) => chineseNumeral(m[1])],
  [/^([一二三四五六七八九十]+)[、.．]\s*/, 1, (m) => chineseNumeral(m[1])],
  [/^[(（]([一二三四五六七八九十]+)[)）][、.．]?\s*/, 2, (m) => chineseNumeral(m[1])],
  [/^(\d{1,2})[、.．](?!\d)\s*/, 3, (m) => Number(m[1])],
  [/^[(（](\d{1,2})[)）][、.．]?\s*/, 4, (m) => Number(m[1])],
];

/** Short unnumbered lines that are headings in some templates. */
const BARE_HEADING = /^(?:专业)?名词解释$|^部门概况$|^单位概况$|^名词说明$/;

function numbering(line: string): Numbering | null {
  for (const [re, level, numeral] of PATTERNS) {
    const m = re.exec(line);
    if (m) return { level, numeral: numeral(m), rest: line.slice(m[0].length) };
  }
  const key = labelKey(line);
  if (BARE_HEADING.test(key)) return { level: 1, numeral: 0, rest: line };
  return null;
}

/** A numbered line is a heading when what follows the number reads as a title, not a sentence. */
function isTitle(rest: string, level: number): boolean {
  const key = labelKey(rest).replace(/[。:：]$/, '');
  if (key.length === 0 || key.length > (level === 0 ? 50 : 40)) return false;
  if (/[，,；;：:]|。./.test(key)) return false;
  if (/\d\s*(?:万元|元|%)/.test(key)) return false;
  return true;
}

export function readOutline(text: string): Outline {
  const raw: Array<{ start: number; end: number; level: number; numeral: number; title: string }> = [];
  const lines: Array<{ start: number; end: number; blank: boolean; heading: boolean }> = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    const start = pos;
    pos += line.length + 1;
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trim().replace(/^[-*•#]+\s*/, '');
    const entry = { start, end: start + line.length, blank: trimmed === '', heading: false };
    lines.push(entry);
    if (entry.blank || line.includes('\t')) continue;
    const n = numbering(trimmed);
    if (!n || !isTitle(n.rest, n.level)) continue;
    entry.heading = true;
    const headStart = start + lead;
    raw.push({
      start: headStart,
      end: start + line.trimEnd().length,
      level: n.level,
      numeral: n.numeral,
      title: labelKey(n.rest),
    });
  }
  const headings = nest(raw, text.length);
  for (const h of headings) {
    h.hasContent = lines.some((l) => !l.blank && !l.heading && l.start >= h.end && l.start < h.bodyEnd);
  }
  return { text, headings };
}

/** Levels with restarted numbering resolved, parents and body ends. */
function nest(
  raw: Array<{ start: number; end: number; level: number; numeral: number; title: string }>,
  textEnd: number,
): Heading[] {
  const out: Heading[] = [];
  let mainLast = 0;
  let nested: { level: number; last: number } | null = null;
  for (const r of raw) {
    let level = r.level;
    if (level === 0) {
      mainLast = 0;
      nested = null;
    } else if (level === 1 && r.numeral > 0) {
      if (nested && r.numeral === nested.last + 1 && r.numeral !== mainLast + 1) {
        level = nested.level;
        nested.last = r.numeral;
      } else if (mainLast === 0 || r.numeral === mainLast + 1 || r.numeral > mainLast) {
        mainLast = r.numeral;
        nested = null;
      } else if (r.numeral === 1 && out.length > 0) {
        level = Math.max(out[out.length - 1].level, 1) + 1;
        nested = { level, last: 1 };
      } else {
        mainLast = r.numeral;
        nested = null;
      }
    } else if (nested && level < nested.level) {
      nested = null;
    } else if (nested) {
      level += nested.level - 1;
    }
    let parent = out.length - 1;
    while (parent >= 0 && out[parent].level >= level) parent = out[parent].parent;
    out.push({
      index: out.length,
      start: r.start,
      end: r.end,
      level,
      title: r.title,
      parent,
      bodyEnd: textEnd,
      hasContent: false,
    });
  }
  for (let i = 0; i < out.length; i++) {
    for (let j = i + 1; j < out.length; j++)
      if (out[j].level <= out[i].level) {
        out[i].bodyEnd = out[j].start;
        break;
      }
  }
  return out;
}

/** The titles of a heading and all its ancestors, outermost first. */
export function headingPath(outline: Outline, h: Heading): string[] {
  const path: string[] = [];
  for (let p: Heading | undefined = h; p; p = outline.headings[p.parent]) path.unshift(p.title);
  return path;
}

/** The innermost heading whose body holds an offset. */
export function headingAt(outline: Outline, offset: number): Heading | undefined {
  let best: Heading | undefined;
  for (const h of outline.headings) if (h.start <= offset && offset < h.bodyEnd) best = h;
  return best;
}
