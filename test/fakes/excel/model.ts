/**
 * The document behind the fake Excel: what a saved .xlsx keeps (values, fills, merges, notes, threaded
 * comments, workbook settings). Serialising it and building a new fake from the text is "save, close
 * and reopen"; nothing of a session (handlers, enableEvents, proxies) survives it.
 */

import { fromA1, toA1 } from '../../../src/core/address';
import type { CellRange, CellValue } from '../../../src/core/snapshot';

export interface FillModel {
  pattern: string;
  color: string;
  patternColor: string;
  tintAndShade: number;
  patternTintAndShade: number;
}

export const NO_FILL_MODEL: FillModel = {
  pattern: 'None',
  color: '#FFFFFF',
  patternColor: '#000000',
  tintAndShade: 0,
  patternTintAndShade: 0,
};

export interface CellModel {
  value?: CellValue;
  fill?: FillModel;
}

export interface SheetModel {
  id: string;
  name: string;
  /** A1 (upper case) → cell. */
  cells: Record<string, CellModel>;
  merges: CellRange[];
  notes: Record<string, string>;
  /** Excel.SheetVisibility; absent is Visible. */
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
}

export interface CommentModel {
  id: string;
  sheet: string;
  cell: string;
  content: string;
  replies: Array<{ id: string; content: string }>;
}

export interface DocumentModel {
  name: string;
  sheets: SheetModel[];
  comments: CommentModel[];
  /** Workbook settings (ExcelApi 1.4), saved in the file. */
  settings: Record<string, unknown>;
  nextId: number;
}

/** A rectangle of one sheet, 0-based inclusive. */
export interface RangeRef extends CellRange {
  sheet: SheetModel;
}

export function newId(doc: DocumentModel): string {
  doc.nextId++;
  return `{${String(doc.nextId).padStart(8, '0')}-fake}`;
}

export function cellsOf(ref: CellRange): string[] {
  const out: string[] = [];
  for (let r = ref.top; r <= ref.bottom; r++)
    for (let c = ref.left; c <= ref.right; c++) out.push(toA1(r, c));
  return out;
}

export function cellCount(ref: CellRange): number {
  return (ref.bottom - ref.top + 1) * (ref.right - ref.left + 1);
}

function hasValue(cell: CellModel | undefined): boolean {
  return cell !== undefined && cell.value !== undefined && cell.value !== null && cell.value !== '';
}

/** Excel's used range within a rectangle; valuesOnly ignores cells that only carry a format. */
export function usedRange(ref: RangeRef, valuesOnly: boolean): RangeRef | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [a1, cell] of Object.entries(ref.sheet.cells)) {
    if (!hasValue(cell) && (valuesOnly || !cell.fill || cell.fill.pattern === 'None')) continue;
    const { row, col } = fromA1(a1);
    if (row < ref.top || row > ref.bottom || col < ref.left || col > ref.right) continue;
    top = Math.min(top, row);
    left = Math.min(left, col);
    bottom = Math.max(bottom, row);
    right = Math.max(right, col);
  }
  return bottom < 0 ? null : { sheet: ref.sheet, top, left, bottom, right };
}

export function rangeAddress(ref: RangeRef): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(ref.sheet.name)
    ? ref.sheet.name
    : `'${ref.sheet.name.replace(/'/g, "''")}'`;
  const a = toA1(ref.top, ref.left);
  const b = toA1(ref.bottom, ref.right);
  return `${quoted}!${a === b ? a : `${a}:${b}`}`;
}

export function intersects(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function cell(sheet: SheetModel, a1: string): CellModel {
  const key = a1.toUpperCase();
  sheet.cells[key] ??= {};
  return sheet.cells[key];
}
