/**
 * A worksheet part read into the snapshot exactly as snapshot-from-exceljs reads ExcelJS's worksheet: rows and
 * cells in order, a merged range's other cells emptied (and their rows counted, as ExcelJS's eachRow does),
 * the first MAX_ROWS rows and MAX_COLUMNS columns kept, the notice when more was there. Elements of the sheet
 * the reader does not mirror (hyperlinks, drawings, conditional formats, …) decline.
 */

import { MAX_COLUMNS, MAX_ROWS } from '../../../core/limits';
import type { CellRange, CellValue, SheetSnapshot } from '../../../core/snapshot';
import { partialReadNotice } from '../../limits';
import {
  cellOutcome,
  dateText,
  isDate,
  type CellContext,
  type CellOutcome,
  type RawCell,
} from './cell-value';
import { Decline, walkXml } from './xml';

/**
 * Children of <worksheet> the reader accepts: what does not change a cell's value in ExcelJS. The ones
 * ExcelJS does not map have their children seen at the top level there, so only known children are allowed.
 */
const TOP_LEVEL = new Set([
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'mergeCells',
  'phoneticPr',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'ignoredErrors',
]);
/** Children of <worksheet> ExcelJS does not map, and the one child each may have ('' for none). */
const UNMAPPED_CHILDREN: Record<string, string> = {
  colBreaks: 'brk',
  ignoredErrors: 'ignoredError',
  sheetCalcPr: '',
  phoneticPr: '',
};
const LAST_ROW = 1048576;
const LAST_COL = 16384;
const ADDRESS = /^([A-Z]{1,3})([1-9][0-9]{0,6})$/;

function colNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + letters.charCodeAt(i) - 64;
  return n;
}

function decodeAddress(address: string | undefined): { row: number; col: number } {
  const m = address === undefined ? null : ADDRESS.exec(address);
  if (!m) throw new Decline(`address ${address}`);
  const col = colNumber(m[1]);
  const row = Number(m[2]);
  if (col > LAST_COL || row > LAST_ROW) throw new Decline(`address ${address}`);
  return { row, col };
}

interface ParsedRow {
  number: number;
  cells: Array<{ col: number; outcome: CellOutcome }>;
}

function newCell(address: string, a: Record<string, string>): RawCell {
  return {
    address,
    t: a.t,
    s: a.s,
    formula: undefined,
    shareType: undefined,
    si: undefined,
    ref: undefined,
    value: undefined,
  };
}

/** The rows (with each cell's outcome) and the merge ranges (1-based, in order) of a sheet's XML. */
function parseSheet(xml: string, ctx: CellContext): { rows: ParsedRow[]; merges: CellRange[] } {
  const rows: ParsedRow[] = [];
  const merges: CellRange[] = [];
  const path: string[] = [];
  let row: ParsedRow | null = null;
  let cell: RawCell | null = null;
  let lastCol = 0;
  let into: 'f' | 'v' | null = null;
  const seen = new Set<string>();
  let fs = 0;
  walkXml(xml, {
    open(name, a) {
      const depth = path.length;
      const parent = path[depth - 1];
      path.push(name);
      if (depth === 0) {
        if (name !== 'worksheet') throw new Decline('worksheet root');
      } else if (depth === 1) {
        // A second <mergeCells> or <sheetData> replaces the first in ExcelJS (its ListXform starts over).
        if (!TOP_LEVEL.has(name) || seen.has(name)) throw new Decline(`worksheet ${name}`);
        seen.add(name);
      } else if (path[1] in UNMAPPED_CHILDREN) {
        if (depth > 2 || name !== UNMAPPED_CHILDREN[parent]) throw new Decline(`${parent} ${name}`);
      } else if (path[1] === 'sheetData') {
        if (depth === 2) {
          if (name !== 'row') throw new Decline(`sheetData ${name}`);
          const n = a.r === undefined ? NaN : parseInt(a.r, 10);
          if (!(n >= 1 && n <= LAST_ROW) || (rows.length > 0 && n <= rows[rows.length - 1].number))
            throw new Decline(`row ${a.r}`);
          row = { number: n, cells: [] };
          rows.push(row);
          lastCol = 0;
        } else if (depth === 3) {
          if (name !== 'c') throw new Decline(`row ${name}`);
          const at = decodeAddress(a.r);
          if (at.row !== row!.number || at.col <= lastCol) throw new Decline(`cell ${a.r}`);
          lastCol = at.col;
          cell = newCell(a.r, a);
          fs = 0;
        } else if (depth === 4) {
          if (name === 'f') {
            if (++fs > 1) throw new Decline('two formulas');
            cell!.shareType = a.t;
            cell!.si = a.si;
            cell!.ref = a.ref;
            into = 'f';
          } else if (name === 'v') into = 'v';
          else if (name !== 'is') throw new Decline(`c ${name}`);
        } else if (depth === 5 && parent === 'is' && name === 't') into = 'v';
        else throw new Decline(`sheetData ${path.join('/')}`);
      } else if (path[1] === 'mergeCells') {
        if (depth !== 2 || name !== 'mergeCell') throw new Decline(`mergeCells ${name}`);
        const m = /^([A-Z]+[0-9]+):([A-Z]+[0-9]+)$/.exec(a.ref ?? '');
        if (!m) throw new Decline(`merge ${a.ref}`);
        const tl = decodeAddress(m[1]);
        const br = decodeAddress(m[2]);
        if (br.row < tl.row || br.col < tl.col || (br.row === tl.row && br.col === tl.col))
          throw new Decline(`merge ${a.ref}`);
        merges.push({ top: tl.row, left: tl.col, bottom: br.row, right: br.col });
      }
    },
    text(text) {
      if (into === 'f') cell!.formula = cell!.formula ? cell!.formula + text : text;
      else if (into === 'v') cell!.value = cell!.value ? cell!.value + text : text;
    },
    close(name) {
      path.pop();
      if (name === 'f' || name === 'v' || name === 't') into = null;
      else if (name === 'c' && cell && path.length === 3) {
        row!.cells.push({ col: lastCol, outcome: cellOutcome(cell, ctx) });
        cell = null;
      }
    },
  });
  return { rows, merges };
}

const key = (row: number, col: number) => row * (LAST_COL + 1) + col;

/**
 * The sheet as snapshot-from-exceljs's readSheet makes it from ExcelJS's worksheet; `notices` gets the
 * partial-read notice.
 */
export function readSheetXml(name: string, xml: string, ctx: CellContext, notices: string[]): SheetSnapshot {
  const { rows, merges } = parseSheet(xml, ctx);
  // Merged cells: ExcelJS refuses a range overlapping an earlier one; the cells other than the master lose
  // their value and count as values of their row (eachRow visits the row).
  const merged = new Set<number>();
  const others = new Set<number>();
  const mergeRows = new Set<number>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++)
        if (merged.has(key(r, c))) throw new Decline('overlapping merges');
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) {
        merged.add(key(r, c));
        if (r > m.top || c > m.left) {
          others.add(key(r, c));
          mergeRows.add(r);
        }
      }
  }
  const byRow = new Map<number, ParsedRow>();
  for (const r of rows) byRow.set(r.number, r);
  const numbers = new Set<number>();
  for (const r of rows) if (r.cells.some((c) => c.outcome !== null)) numbers.add(r.number);
  for (const r of mergeRows) numbers.add(r);
  const values: CellValue[][] = [];
  const unknown: Array<[number, number]> = [];
  let lastRow = 0;
  let lastCol = 0;
  for (const rowNumber of [...numbers].sort((a, b) => a - b)) {
    const cells: CellValue[] = [];
    for (const { col, outcome } of byRow.get(rowNumber)?.cells ?? []) {
      if (outcome === null || others.has(key(rowNumber, col))) continue;
      lastRow = Math.max(lastRow, rowNumber);
      lastCol = Math.max(lastCol, col);
      if (rowNumber > MAX_ROWS || col > MAX_COLUMNS) continue;
      cells[col - 1] = isDate(outcome.value) ? dateText(outcome.value) : outcome.value;
      if (outcome.unknown) unknown.push([rowNumber - 1, col - 1]);
    }
    if (rowNumber <= MAX_ROWS) values[rowNumber - 1] = Array.from(cells, (v) => (v === undefined ? null : v));
  }
  for (let i = 0; i < values.length; i++) if (!values[i]) values[i] = [];
  if (lastRow > MAX_ROWS || lastCol > MAX_COLUMNS) notices.push(partialReadNotice(name, lastRow, lastCol));
  const sheet: SheetSnapshot = {
    name,
    originRow: 0,
    originCol: 0,
    values,
    merges: merges
      .map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }))
      .filter((m) => m.top < MAX_ROWS && m.left < MAX_COLUMNS),
  };
  if (unknown.length > 0) sheet.unknown = unknown;
  return sheet;
}
