/**
 * A narrative passage with white space removed and full-width forms folded, keeping for every
 * character its offset in the original text: words broken by a PDF line break ("小于预\n\n算数")
 * still match, and a match maps back to an exact span of the text as given.
 */

import { toHalfWidth } from '../text';

export interface CompactText {
  key: string;
  /** offsets[i] is the original offset of key[i]; offsets[key.length] is the end of the passage. */
  offsets: number[];
}

const DROPPED = /[\s\u00a0\u3000\u200b“”"‘’'「」『』]/;

export function compact(text: string, start = 0, end = text.length): CompactText {
  let key = '';
  const offsets: number[] = [];
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (DROPPED.test(ch)) continue;
    let folded = toHalfWidth(ch);
    if (folded === '【' || folded === '[') folded = '(';
    else if (folded === '】' || folded === ']') folded = ')';
    key += folded;
    offsets.push(i);
  }
  offsets.push(end);
  return { key, offsets };
}

/** The original span of key[from, to). */
export function originalSpan(c: CompactText, from: number, to: number): { start: number; end: number } {
  return { start: c.offsets[from], end: to > from ? c.offsets[to - 1] + 1 : c.offsets[from] };
}

/** Every match of a global regular expression over the compact key, as original spans. */
export function* matchSpans(
  c: CompactText,
  re: RegExp,
): Generator<{ match: RegExpExecArray; start: number; end: number }> {
  re.lastIndex = 0;
  for (let m = re.exec(c.key); m; m = re.exec(c.key)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    yield { match: m, ...originalSpan(c, m.index, m.index + m[0].length) };
  }
}
