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

function fold(ch: string): string | null {
  if (DROPPED.test(ch)) return null;
  const folded = toHalfWidth(ch);
  if (folded === '【' || folded === '[') return '(';
  if (folded === '】' || folded === ']') return ')';
  return folded;
}

export function compact(text: string, start = 0, end = text.length): CompactText {
  let key = '';
  const offsets: number[] = [];
  for (let i = start; i < end; i++) {
    const folded = fold(text[i]);
    if (folded === null) continue;
    key += folded;
    offsets.push(i);
  }
  offsets.push(end);
  return { key, offsets };
}

/** Whole texts' keys, made once, and for every offset where its key starts (a few texts kept: the narrative, its sections). */
const wholes = new Map<string, { key: string; at: Uint32Array }>();

function wholeKey(text: string): { key: string; at: Uint32Array } {
  const known = wholes.get(text);
  if (known) return known;
  const at = new Uint32Array(text.length + 1);
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    at[i] = length;
    const folded = fold(text[i]);
    if (folded === null) continue;
    parts.push(folded);
    length += folded.length;
  }
  at[text.length] = length;
  const made = { key: parts.join(''), at };
  if (wholes.size >= 4) wholes.delete(wholes.keys().next().value!);
  wholes.set(text, made);
  return made;
}

/**
 * compact(text, start, end).key without walking the passage: a slice of the whole text's key, made once.
 * Many figures in one long sentence each ask for the key of the sentence before them: this keeps that linear.
 */
export function compactKey(text: string, start = 0, end = text.length): string {
  const w = wholeKey(text);
  return w.key.slice(w.at[Math.max(0, start)], w.at[Math.min(text.length, end)]);
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
