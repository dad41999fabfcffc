/**
 * The document behind the fake ET object model: plain data, so that "save, close and reopen" is
 * JSON.stringify and a fresh Application on JSON.parse. Fills are stored as ET reports them: Color is
 * BGR, and a cell without fill reads Color 16777215 with Pattern and ColorIndex xlNone (-4142).
 */

export const XL_NONE = -4142;
export const XL_SOLID = 1;
export const XL_SHEET_VISIBLE = -1;
export const XL_SHEET_HIDDEN = 0;
export const XL_SHEET_VERY_HIDDEN = 2;
export const WHITE = 0xffffff;

export type FakeValue = number | string | boolean;

export interface FakeFill {
  color: number;
  pattern: number;
  colorIndex: number;
}

export interface FakeCell {
  value?: FakeValue;
  fill?: FakeFill;
  comment?: string;
}

export interface FakeMerge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakeSheetModel {
  name: string;
  visible: number;
  /** Keyed by "row,col", 0-based. */
  cells: Record<string, FakeCell>;
  merges: FakeMerge[];
}

export interface FakeWorkbookModel {
  name: string;
  sheets: FakeSheetModel[];
}

export const NO_FILL: FakeFill = { color: WHITE, pattern: XL_NONE, colorIndex: XL_NONE };

export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

export function serialise(model: FakeWorkbookModel): string {
  return JSON.stringify(model);
}

export function rebuild(saved: string): FakeWorkbookModel {
  return JSON.parse(saved) as FakeWorkbookModel;
}
