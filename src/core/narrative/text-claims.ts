/** Claims read from the words alone: malformed figures and the year of a balance date. */

import type { Span, YearMention } from './claims';

/** "0X 万元", "XX万元": a placeholder left in the text where a figure belongs. */
const MALFORMED = /(?:\d+[ \t]*[XxＸｘ]+|[XxＸｘ]{1,4})[ \t]*万?元/g;

export function extractMalformed(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(MALFORMED)) {
    const start = m.index ?? 0;
    if (/[A-Za-z]/.test(text[start - 1] ?? '')) continue;
    out.push({ start, end: start + m[0].length });
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
