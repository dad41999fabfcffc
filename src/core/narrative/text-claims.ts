/** Claims read from the words alone: malformed figures and the year of a balance date. */

import type { Span, YearMention } from './claims';

/** A run of placeholder letters and the unit after it; the digits before are found by walking back. */
const PLACEHOLDER = /[XxＸｘ]+([ \t]*万?元)?/g;
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';
const isBlank = (ch: string | undefined) => ch === ' ' || ch === '\t';

/**
 * "0X 万元", "XX万元": a placeholder left in the text where a figure belongs — digits (and blanks) then
 * X's, or one to four X's alone, then 元 or 万元. Linear in the text: each X run is looked at once, and the
 * digits before it are walked back over once (a regex starting at every digit was quadratic).
 */
export function extractMalformed(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (!m[1]) continue;
    const xStart = m.index ?? 0;
    let start = xStart;
    while (isBlank(text[start - 1])) start--;
    if (isDigit(text[start - 1])) {
      while (isDigit(text[start - 1])) start--;
    } else {
      const run = m[0].length - m[1].length;
      // Only one to four X's may stand alone; a longer run is a word, not a placeholder.
      if (run > 4) continue;
      start = xStart;
    }
    if (/[A-Za-z]/.test(text[start - 1] ?? '')) continue;
    out.push({ start, end: xStart + m[0].length });
  }
  return out;
}

/** "截至2023年12月31日", "截至2023年末": the balance date of the assets section. */
const BALANCE_DATE =
  /截[至止][ \t]*(20\d{2})[ \t]*年(?:[ \t]*12[ \t]*月[ \t]*31[ \t]*日|[ \t]*(?:年)?末|[ \t]*底)?/g;

export function extractYearMentions(text: string): YearMention[] {
  const out: YearMention[] = [];
  for (const m of text.matchAll(BALANCE_DATE)) {
    const start = m.index ?? 0;
    out.push({ start, end: start + m[0].length, year: Number(m[1]) });
  }
  return out;
}
