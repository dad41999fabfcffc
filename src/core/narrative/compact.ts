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

/**
 * fold by UTF-16 code unit, worked out once per unit: -1 dropped, else the folded unit (fold keeps one unit
 * as one unit: toHalfWidth maps a unit to a unit), -2 not yet known.
 */
const FOLDED = new Int32Array(0x10000).fill(-2);

function foldCode(code: number): number {
  let f = FOLDED[code];
  if (f === -2) {
    const folded = fold(String.fromCharCode(code));
    f = FOLDED[code] = folded === null ? -1 : folded.charCodeAt(0);
  }
  return f;
}

/** A whole text's key, with where each text offset's key starts and each key unit's offset in the text. */
interface WholeKey {
  key: string;
  /** at[i]: the key's length before text[i]; at[text.length] the key's length. */
  at: Uint32Array;
  /** from[k]: the offset in the text of key[k]. */
  from: Uint32Array;
}

/** Whole texts' keys, made once (a few texts kept: the narrative, its sections). */
const wholes = new Map<string, WholeKey>();

function wholeKey(text: string): WholeKey {
  const known = wholes.get(text);
  if (known) return known;
  const at = new Uint32Array(text.length + 1);
  const units = new Uint16Array(text.length);
  const from = new Uint32Array(text.length);
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    at[i] = length;
    const f = foldCode(text.charCodeAt(i));
    if (f < 0) continue;
    units[length] = f;
    from[length++] = i;
  }
  at[text.length] = length;
  // Unit by unit (a TextDecoder would replace a lone surrogate), in slices the argument list can hold.
  let key = '';
  for (let k = 0; k < length; k += 8192)
    key += String.fromCharCode(...units.subarray(k, Math.min(length, k + 8192)));
  const made = { key, at, from: from.subarray(0, length) };
  if (wholes.size >= 4) wholes.delete(wholes.keys().next().value!);
  wholes.set(text, made);
  return made;
}

/** The passage [start, end) of the text, compacted: a slice of the whole text's key, made once. */
export function compact(text: string, start = 0, end = text.length): CompactText {
  if (!(start >= 0 && start <= end && end <= text.length)) return compactWalk(text, start, end);
  const w = wholeKey(text);
  const a = w.at[start];
  const b = w.at[end];
  const offsets = new Array<number>(b - a + 1);
  for (let k = a; k < b; k++) offsets[k - a] = w.from[k];
  offsets[b - a] = end;
  return { key: w.key.slice(a, b), offsets };
}

/** compact by walking the passage, unit by unit: for a range outside the text, and the tests' reference. */
export function compactWalk(text: string, start: number, end: number): CompactText {
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
