/**
 * One `<c>` element's value as ExcelJS 4.4 makes it (CellXform.parseClose and reconcile, the cell's Value
 * class, FormulaValue's copy that drops falsy fields) and as snapshot-from-exceljs then reduces it (rawValue,
 * isUncachedFormula). Where ExcelJS would throw or make '[object Object]', the reader declines.
 */

import type { CellValue } from '../../../core/snapshot';
import { Decline } from './xml';
import { xmlDecode, type SharedString, type StylesPart } from './workbook-parts';

/** ExcelJS's built-in number formats that isDateFmt takes for dates (xlsx/defaultnumformats.js). */
const DEFAULT_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** ExcelJS's utils.isDateFmt. */
export function isDateFmt(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const f = fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return f.match(/[ymdhMsb]+/) !== null;
}

export interface CellContext {
  strings: SharedString[] | undefined;
  styles: StylesPart | undefined;
  date1904: boolean;
  /** Shared formula masters of the sheet so far: si → the master's address. */
  formulae: Map<string, string>;
  /** Whether each style id formats dates, as found. */
  dateStyles: Map<number, boolean>;
}

/** What a `<c>` element held, as collected from its XML. */
export interface RawCell {
  address: string;
  t: string | undefined;
  s: string | undefined;
  /** Whether an `<f>` element was seen, with its attributes and text. */
  formula: string | undefined;
  shareType: string | undefined;
  si: string | undefined;
  ref: string | undefined;
  value: string | undefined;
}

/** A date (milliseconds since 1970), converted to the snapshot's text only when the cell is kept. */
interface DateMs {
  ms: number;
}

/** The cell: null when ExcelJS makes no cell or an empty (Null) one; else its value and whether it is unknown. */
export type CellOutcome = null | { value: CellValue | DateMs; unknown: boolean };

/** Whether the cell's style formats dates; ExcelJS looks the style up for every cell, even an empty one. */
function dateFmt(styleId: number | undefined, ctx: CellContext): boolean {
  if (!styleId || !ctx.styles) return false;
  const ids = ctx.styles.xfNumFmtIds;
  if (ids.length === 0) throw new Decline('cell style without cellXfs');
  let known = ctx.dateStyles.get(styleId);
  if (known === undefined) {
    const numFmtId = ids[styleId];
    known = !!numFmtId && isDateFmt(ctx.styles.numFmts.get(numFmtId) || DEFAULT_FORMATS[numFmtId]);
    ctx.dateStyles.set(styleId, known);
  }
  return known;
}

/** utils.excelToDate, as milliseconds; an invalid Date is left to ExcelJS (its toISOString throws). */
function excelToDate(v: unknown, date1904: boolean): DateMs {
  return { ms: Math.round((Number(v) - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000) };
}

export function isDate(v: CellValue | DateMs): v is DateMs {
  return v !== null && typeof v === 'object';
}

/** The date's text as rawValue makes it, or a Decline for an invalid date. */
export function dateText(d: DateMs): string {
  const date = new Date(d.ms);
  if (Number.isNaN(date.getTime())) throw new Decline('invalid date');
  return date.toISOString().slice(0, 10);
}

type Result = string | number | boolean | { error: string };

function formulaOutcome(cell: RawCell, date: boolean, ctx: CellContext): CellOutcome {
  let result: Result | DateMs | undefined;
  if (cell.value) {
    if (cell.t === 'str') result = xmlDecode(cell.value);
    else if (cell.t === 'b') result = parseInt(cell.value, 10) !== 0;
    else if (cell.t === 'e') result = { error: cell.value };
    else result = parseFloat(cell.value);
  }
  if (result !== undefined && date) result = excelToDate(result, ctx.date1904);
  let sharedFormula: string | undefined;
  if (cell.shareType === 'shared') {
    if (cell.ref) ctx.formulae.set(String(cell.si), cell.address);
    else sharedFormula = ctx.formulae.get(String(cell.si));
  }
  // FormulaValue keeps only truthy fields: with neither formula, rawValue would print '[object Object]'.
  if (!cell.formula && !sharedFormula) throw new Decline('formula without formula');
  if (!result) return { value: null, unknown: true };
  if (typeof result === 'object' && 'error' in result) return { value: String(result.error), unknown: false };
  return { value: result, unknown: false };
}

export function cellOutcome(cell: RawCell, ctx: CellContext): CellOutcome {
  const styleId = cell.s ? parseInt(cell.s, 10) : undefined;
  const date = dateFmt(styleId, ctx);
  if (cell.formula || cell.shareType) return formulaOutcome(cell, date, ctx);
  const v = cell.value;
  if (v === undefined) return null; // a Null cell (styled) or none at all (ExcelJS's Merge type is skipped)
  switch (cell.t) {
    case 's': {
      const index = parseInt(v, 10);
      if (!ctx.strings) return { value: index, unknown: false };
      const s = ctx.strings[index];
      if (s === undefined) throw new Decline('shared string index');
      return { value: typeof s === 'string' ? s : s.runs.join(''), unknown: false };
    }
    case 'str':
      return { value: xmlDecode(v), unknown: false };
    case 'inlineStr':
      return { value: v, unknown: false };
    case 'b':
      return { value: parseInt(v, 10) !== 0, unknown: false };
    case 'e':
      return { value: String(v), unknown: false };
    default: {
      const n = parseFloat(v);
      return { value: date ? excelToDate(n, ctx.date1904) : n, unknown: false };
    }
  }
}
