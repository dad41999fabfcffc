/** Parsing the figures and subject codes as they are found in real workbooks (DOMAIN.md §2). */

import { MAX_AMOUNT } from './limits';
import type { CellValue } from './snapshot';
import { perText, stripSpaces, toHalfWidth } from './text';

export type AmountParse =
  | { kind: 'blank' }
  | { kind: 'number'; value: number; decimals: number }
  | { kind: 'invalid'; text: string }
  /** A formula whose result was never saved in the file: its value is not known (never zero). */
  | { kind: 'unknown' };

/** A figure a relation can use: a number or a blank (zero); invalid text and unknown values are not. */
export function isUsable(p: AmountParse): boolean {
  return p.kind === 'number' || p.kind === 'blank';
}

/** One blank parse for every blank cell (parses are read, never changed). */
const BLANK: AmountParse = { kind: 'blank' };

const ZERO_MARKS = new Set(['-', '—', '–', '--', '——', '－', '/', '无']);
const PLAIN_NUMBER = /^[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/;

const IDEOGRAPHIC_STOP = /[。]/g;
const PARENTHESISED = /^\((.*)\)$/;
const COMMAS = /,/g;
const CODE_DIGITS = /^\d{3}(?:\d{2}){0,2}$/;

/** Decimals of a number as an accountant would read it; float noise past 8 places is ignored. */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  // Most amounts are whole cents: the double nearest to cents/100 prints exactly as cents/100 to 8
  // places while |value| < 1e7 (its error is below 1e-9), so the digits are known without printing.
  if (Math.abs(value) < 1e7) {
    const cents = Math.round(value * 100);
    if (cents / 100 === value) return cents % 10 === 0 ? 1 : 2;
  }
  const text = value.toFixed(8).replace(/0+$/, '');
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

function decimalsOfText(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** A value cell: blank, a dash or "0" means zero; text numbers with commas, spaces or full-width digits are numbers. */
export function parseAmount(raw: CellValue): AmountParse {
  if (raw === null) return BLANK;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw) || Math.abs(raw) >= MAX_AMOUNT) return { kind: 'invalid', text: String(raw) };
    return { kind: 'number', value: raw, decimals: decimalsOf(raw) };
  }
  if (typeof raw === 'boolean') return { kind: 'invalid', text: raw ? 'TRUE' : 'FALSE' };
  return parseTextOnce(raw);
}

// Text repeats (marks, words, figures typed as text in every unit of a 汇总): one parse per text.
const parseTextOnce = perText(parseText);

function parseText(raw: string): AmountParse {
  const compact = stripSpaces(toHalfWidth(raw)).replace(IDEOGRAPHIC_STOP, '.');
  if (compact === '' || ZERO_MARKS.has(compact)) return BLANK;
  let text = compact;
  let negative = false;
  const paren = PARENTHESISED.exec(text);
  if (paren) {
    negative = true;
    text = paren[1];
  }
  if (!PLAIN_NUMBER.test(text)) return { kind: 'invalid', text: raw.trim() };
  const value = Number(text.replace(COMMAS, ''));
  if (!Number.isFinite(value) || Math.abs(value) >= MAX_AMOUNT) return { kind: 'invalid', text: raw.trim() };
  return { kind: 'number', value: negative ? -value : value, decimals: decimalsOfText(text) };
}

/** The numeric value of a parse, zero for blanks and for text that is not a number. */
export function amountValue(p: AmountParse): number {
  return p.kind === 'number' ? p.value : 0;
}

/** A subject code (3, 5 or 7 digits for 功能分类; 3 or 5 for 经济分类), from a number or text such as "20132 99". */
export function parseCode(raw: CellValue): string | null {
  if (raw === null || typeof raw === 'boolean') return null;
  if (typeof raw === 'number') {
    // 3, 5 or 7 digits: a whole number in one of these ranges prints as just its digits.
    if (!Number.isInteger(raw)) return null;
    return (raw >= 100 && raw < 1000) || (raw >= 10000 && raw < 100000) || (raw >= 1000000 && raw < 10000000)
      ? String(raw)
      : null;
  }
  // Text without a digit of either width is no code: most such cells are names.
  if (!HAS_DIGIT.test(raw)) return null;
  const s = stripSpaces(toHalfWidth(raw));
  return CODE_DIGITS.test(s) ? s : null;
}

const HAS_DIGIT = /[0-9\uff10-\uff19]/;

/** Rounds to cents of 万元 so that sums of two-decimal figures compare exactly. */
export function round2(x: number): number {
  return Math.round(x * 100 + (x >= 0 ? 1e-9 : -1e-9)) / 100;
}

/** Figures in messages: two decimals with thousands separators, as printed in the tables. */
export function formatAmount(x: number): string {
  const v = round2(x);
  if (!Number.isFinite(v) || Math.abs(v) >= 1e11)
    return v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  // What toLocaleString prints, without its cost (Intl formatting is slow and rules format many figures):
  // below 1e11 a rounded amount is within 1e-5 of its cents, so both print those cents; a negative zero
  // keeps its sign. Larger amounts (past MAX_AMOUNT in practice) are left to Intl.
  const fixed = Math.abs(v).toFixed(2);
  let whole = fixed.slice(0, -3);
  let grouped = fixed.slice(-3);
  while (whole.length > 3) {
    grouped = ',' + whole.slice(-3) + grouped;
    whole = whole.slice(0, -3);
  }
  return (v < 0 || Object.is(v, -0) ? '-' : '') + whole + grouped;
}
