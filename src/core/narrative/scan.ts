/**
 * Reading narrative text as pasted from Word or PDF: figures (with thousands separators, stray
 * spaces, full-width digits), sentences (lines broken inside a sentence are joined) and section
 * headings. Every piece keeps its UTF-16 offsets into the text exactly as given.
 */

import { MAX_AMOUNT } from '../limits';
import { labelKey, stripOrdinal, toHalfWidth } from '../text';

/** More decimals than any printed figure has: such a run of digits is not read as a figure. */
const MAX_DECIMALS = 10;

export type AmountUnit = '万元' | '元' | '亿元' | '%';

export interface NarrativeNumber {
  start: number;
  /** End of the figure including its unit. */
  end: number;
  value: number;
  decimals: number;
  unit: AmountUnit | null;
}

export interface NarrativeSentence {
  index: number;
  start: number;
  end: number;
  section: number;
}

export interface NarrativeSection {
  index: number;
  start: number;
  /** The heading line, normalised with labelKey (no ordinal). */
  title: string;
}

const isDigit = (ch: string | undefined): boolean => !!ch && /[0-9０-９]/.test(ch);
const isHorizontalSpace = (ch: string | undefined): boolean => !!ch && /[ \t\u00a0\u3000]/.test(ch);

function skipSpaces(text: string, i: number): number {
  while (isHorizontalSpace(text[i])) i++;
  return i;
}

function digitsEnd(text: string, i: number): number {
  while (isDigit(text[i])) i++;
  return i;
}

/** The unit after a figure: 万元, 元, 亿元, %, or a bare 万 closing a clause ("19.63万，"). */
function unitAt(text: string, i: number): { unit: AmountUnit; end: number } | null {
  const j = skipSpaces(text, i);
  const two = text.slice(j, j + 2);
  if (two === '万元') return { unit: '万元', end: j + 2 };
  if (two === '亿元') return { unit: '亿元', end: j + 2 };
  if (text[j] === '元') return { unit: '元', end: j + 1 };
  if (text[j] === '%' || text[j] === '％') return { unit: '%', end: j + 1 };
  if (text[j] === '万' && (j + 1 >= text.length || /[\s，,。；;、）)]/.test(text[j + 1])))
    return { unit: '万元', end: j + 1 };
  return null;
}

/** Every figure in the text, with or without a unit. */
export function scanNumbers(text: string): NarrativeNumber[] {
  const out: NarrativeNumber[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isDigit(text[i]) || isDigit(text[i - 1]) || /[A-Za-z.．]/.test(text[i - 1] ?? '')) {
      i++;
      continue;
    }
    const start = i;
    let end = digitsEnd(text, i);
    const leadDigits = end - start;
    // Thousands groups: "1,049" and "1, 049" (a PDF paste), never a clause comma before other text.
    for (;;) {
      const comma = skipSpaces(text, end);
      if (text[comma] !== ',' || leadDigits > 3) break;
      const group = skipSpaces(text, comma + 1);
      const groupEnd = digitsEnd(text, group);
      if (groupEnd - group !== 3) break;
      end = groupEnd;
    }
    let decimals = 0;
    let fractionStart = -1;
    const dot = skipSpaces(text, end);
    if (text[dot] === '.' || text[dot] === '．') {
      const frac = skipSpaces(text, dot + 1);
      const fracEnd = digitsEnd(text, frac);
      if (fracEnd > frac) {
        fractionStart = frac;
        decimals = fracEnd - frac;
        end = fracEnd;
      }
    }
    const digits = toHalfWidth(text.slice(start, end)).replace(/[^0-9]/g, '');
    const value = Number(
      fractionStart < 0 ? digits : digits.slice(0, digits.length - decimals) + '.' + digits.slice(-decimals),
    );
    const unit = unitAt(text, end);
    // A run of hundreds of digits is no figure (and would overflow or break number formatting).
    if (!Number.isFinite(value) || value > MAX_AMOUNT || decimals > MAX_DECIMALS) {
      i = unit ? unit.end : end;
      continue;
    }
    out.push({ start, end: unit ? unit.end : end, value, decimals, unit: unit ? unit.unit : null });
    i = unit ? unit.end : end;
  }
  return out;
}

const HEADING = /^[一二三四五六七八九十]+、/;
const NUMBERED =
  /^(?:[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十]+部分)/;
const SENTENCE_END = /[。！？!?]/;

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      const raw = text.slice(start, i).replace(/\r$/, '');
      lines.push({ start, end: start + raw.length, text: raw });
      start = i + 1;
    }
  }
  return lines;
}

/** A line break ends a sentence unless the line before was cut in the middle of one. */
function breaksAfter(prev: string, next: string): boolean {
  const p = prev.trim();
  const n = next.trim();
  if (p === '' || n === '') return true;
  if (/[。！？!?；;：:]$/.test(p) || /\t/.test(p) || /\t/.test(n)) return true;
  if (HEADING.test(p) || NUMBERED.test(n) || HEADING.test(n)) return true;
  return p.length <= 30;
}

/** Sentences (ending at 。！？ or at a line break that ends a paragraph) and top-level sections. */
export function splitSentences(text: string): {
  sentences: NarrativeSentence[];
  sections: NarrativeSection[];
} {
  const sentences: NarrativeSentence[] = [];
  const sections: NarrativeSection[] = [{ index: 0, start: 0, title: '' }];
  const lines = linesOf(text);
  let sentenceStart = -1;
  const close = (end: number) => {
    if (sentenceStart >= 0 && end > sentenceStart)
      sentences.push({ index: sentences.length, start: sentenceStart, end, section: sections.length - 1 });
    sentenceStart = -1;
  };
  let prevText = '';
  for (const line of lines) {
    if (line.text.trim() === '') {
      continue;
    }
    if (sentenceStart >= 0 && breaksAfter(prevText, line.text)) close(lineEndBefore(text, line.start));
    const trimmed = line.text.trim();
    if (HEADING.test(trimmed)) {
      close(line.start);
      sections.push({ index: sections.length, start: line.start, title: labelKey(stripOrdinal(trimmed)) });
    }
    for (let i = line.start; i < line.end; i++) {
      if (sentenceStart < 0) {
        if (/\s/.test(text[i])) continue;
        sentenceStart = i;
      }
      if (SENTENCE_END.test(text[i])) close(i + 1);
    }
    prevText = line.text;
  }
  close(text.length);
  return { sentences, sections };
}

/** The end of the last non-blank text before offset, so a sentence never ends in white space. */
function lineEndBefore(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  return i;
}
