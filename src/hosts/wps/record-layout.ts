/**
 * The one record of original formats that both add-ins read, write and clear: the very hidden sheet
 * gouji_state (src/hosts/own-sheets.ts). A1 holds the format marker; row 2 the record of originals: A the
 * key 'originals', B the number of chunks, C… the JSON text in chunks of at most CHUNK_SIZE characters
 * (a cell holds at most 32767), each prefixed so that no chunk can be taken for a number, a date or a
 * formula; row 3 WPS's document state. The WPS add-in writes it through ET (state-sheet.ts), the Excel
 * add-in through office.js (src/hosts/excel/sheet-record.ts), so a workbook marked in one host is cleared
 * in the other.
 *
 * Fills are ET's: colours as BGR integers, patterns and colour indexes as XlPattern / xlNone constants.
 * The Excel add-in also keeps its exact fill (tints, pattern colour) in `excelFill`, which WPS ignores.
 */

export const FORMAT_MARKER = 'gouji.wps/1';
export const CHUNK_PREFIX = 'j:';
export const CHUNK_SIZE = 8000;
export const RECORD_ROWS = { originals: 2, state: 3 } as const;
export type RecordKey = keyof typeof RECORD_ROWS;

/** xlNone (no fill, no colour index) and xlPatternSolid. */
export const XL_NONE = -4142;
export const XL_SOLID = 1;

export interface RecordFill {
  color: number | null;
  pattern: number | null;
  colorIndex: number | null;
}

export interface RecordCell {
  sheet: string;
  cell: string;
  fill: RecordFill;
  /** The user's own note (comment), null when the cell had none. */
  note: string | null;
  /** What 勾稽 painted, to leave alone a fill or note the user changed afterwards. */
  paintedColor: number;
  paintedNote: string;
  /** Written by the Excel add-in: its own reading of the fill (saved-marks.ts SavedFill), exact. */
  excelFill?: unknown;
}

export interface OriginalsRecord {
  v: 1;
  cells: RecordCell[];
}

/** Excel's Range.format.fill.pattern names and ET's XlPattern constants. */
export const ET_PATTERNS: Readonly<Record<string, number>> = {
  None: XL_NONE,
  Solid: XL_SOLID,
  Gray50: -4125,
  Gray75: -4126,
  Gray25: -4124,
  Horizontal: -4128,
  Vertical: -4166,
  Down: -4121,
  Up: -4162,
  Checker: 9,
  SemiGray75: 10,
  LightHorizontal: 11,
  LightVertical: 12,
  LightDown: 13,
  LightUp: 14,
  Grid: 15,
  CrissCross: 16,
  Gray16: 17,
  Gray8: 18,
  LinearGradient: 4000,
  RectangularGradient: 4001,
};

export function splitChunks(text: string): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += CHUNK_SIZE) chunks.push(CHUNK_PREFIX + text.slice(i, i + CHUNK_SIZE));
  return chunks;
}

/** The JSON text of the chunks as read, or null when one is not a chunk (a damaged record). */
export function joinChunks(cells: readonly unknown[]): string | null {
  let text = '';
  for (const cell of cells) {
    if (typeof cell !== 'string' || !cell.startsWith(CHUNK_PREFIX)) return null;
    text += cell.slice(CHUNK_PREFIX.length);
  }
  return text;
}

const A1 = /^[A-Z]{1,3}[1-9]\d{0,6}$/;

/** The well-formed cells of a record's value (parsed JSON); [] for anything else. */
export function recordCells(raw: unknown): RecordCell[] {
  const cells = (raw as { cells?: unknown } | null)?.cells;
  if (!Array.isArray(cells)) return [];
  return cells.filter(
    (c): c is RecordCell =>
      Boolean(c) &&
      typeof c === 'object' &&
      typeof (c as RecordCell).sheet === 'string' &&
      typeof (c as RecordCell).cell === 'string' &&
      A1.test((c as RecordCell).cell) &&
      typeof (c as RecordCell).fill === 'object' &&
      (c as RecordCell).fill !== null,
  );
}
