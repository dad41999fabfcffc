/** A host-independent picture of a workbook: raw cell values, nothing else. */

import { labelKey } from './text';

export type CellValue = number | string | boolean | null;

/** A rectangle of cells, 0-based and inclusive, in sheet coordinates. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetSnapshot {
  name: string;
  /** Sheet row and column (0-based) of values[0][0]: hosts read the used range, which need not start at A1. */
  originRow: number;
  originCol: number;
  /** Rows of raw values; rows may be ragged. Non-anchor cells of a merged range hold null. */
  values: CellValue[][];
  merges: CellRange[];
  /** Cells whose value is not known (a formula saved without its result), [row, col] in sheet coordinates. */
  unknown?: Array<[number, number]>;
}

/** One page of a PDF as text: its lines top to bottom (a PDF's reader sets these; a workbook has none). */
export interface PageLines {
  /** 1-based page number. */
  page: number;
  lines: string[];
  /** Size of the upright page in points, to place a finding on the whole page. */
  width: number;
  height: number;
}

export interface WorkbookSnapshot {
  /** File name or host document name; null when unknown. */
  name: string | null;
  sheets: SheetSnapshot[];
  /** A PDF's pages as text, for the rules on the document's frame; absent for a workbook. */
  pages?: PageLines[];
  /** What the host could not read, in Chinese for the user (a sheet read only in part); absent when none. */
  notices?: string[];
}

/** Read access in sheet coordinates, whatever the snapshot's origin. */
export class SheetGrid {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  private readonly snapshot: SheetSnapshot;
  /** Cells whose value is not known, as row × UNKNOWN_STRIDE + col. */
  private readonly unknown: Set<number>;
  /** The text of each number and boolean cell, made on first use, row by row (text cells are their own text). */
  private texts: Array<string | undefined> | null = null;
  private readonly width: number;
  /** Sheet row and column of every text cell holding 表 (titles and markers all do), row by row; made on first use. */
  private tableWords: number[] | null = null;

  constructor(snapshot: SheetSnapshot) {
    this.snapshot = snapshot;
    this.name = snapshot.name;
    this.rowCount = snapshot.originRow + snapshot.values.length;
    let width = 0;
    for (const row of snapshot.values) width = Math.max(width, row.length);
    this.colCount = snapshot.originCol + width;
    this.width = width;
    this.unknown = new Set();
    for (const [r, c] of snapshot.unknown ?? []) this.unknown.add(unknownKey(r, c));
  }

  /** True when the cell's value is not known (a formula saved without its result). */
  isUnknown(row: number, col: number): boolean {
    return this.unknown.size > 0 && this.unknown.has(unknownKey(row, col));
  }

  get firstRow(): number {
    return this.snapshot.originRow;
  }

  get firstCol(): number {
    return this.snapshot.originCol;
  }

  get merges(): CellRange[] {
    return this.snapshot.merges;
  }

  value(row: number, col: number): CellValue {
    const r = this.snapshot.values[row - this.snapshot.originRow];
    if (!r) return null;
    const v = r[col - this.snapshot.originCol];
    return v === undefined ? null : v;
  }

  /** True when the cell holds text (not a number, a boolean or nothing): only text can be a label or a note. */
  isString(row: number, col: number): boolean {
    const r = this.snapshot.values[row - this.snapshot.originRow];
    return r !== undefined && typeof r[col - this.snapshot.originCol] === 'string';
  }

  /** True when the cell's text is '' (nothing, or only spaces): a number or a boolean never is. */
  isBlank(row: number, col: number): boolean {
    const v = this.value(row, col);
    return v === null || (typeof v === 'string' && this.text(row, col) === '');
  }

  /** The value as trimmed text, '' for empty cells. */
  text(row: number, col: number): string {
    const ri = row - this.snapshot.originRow;
    const ci = col - this.snapshot.originCol;
    const r = this.snapshot.values[ri];
    if (!r || ci < 0 || ci >= r.length) return '';
    const v = r[ci];
    if (v === null || v === undefined) return '';
    // Trimming text that has no spaces at its ends makes no new string.
    if (typeof v === 'string') return v.trim();
    const cells = this.snapshot.values.length * this.width;
    // A sheet too large for one array of its cells (a hostile file's far corner): printed each time.
    if (cells > MAX_CACHED_CELLS) return String(v);
    const i = ri * this.width + ci;
    const texts = (this.texts ??= new Array<string | undefined>(cells));
    const cached = texts[i];
    if (cached !== undefined) return cached;
    const t = String(v);
    texts[i] = t;
    return t;
  }

  /** labelKey of the cell's text. */
  key(row: number, col: number): string {
    const v = this.value(row, col);
    if (typeof v === 'string') return labelKey(v.trim());
    // A number's or a boolean's text has nothing labelKey changes (no space, no full-width form, no quote).
    return this.text(row, col);
  }

  /** Row and column pairs (flat) of the text cells holding 表, top to bottom, left to right. */
  tableWordCells(): readonly number[] {
    if (this.tableWords) return this.tableWords;
    const out: number[] = [];
    const { values, originRow, originCol } = this.snapshot;
    for (let ri = 0; ri < values.length; ri++) {
      const row = values[ri];
      for (let ci = 0; ci < row.length; ci++) {
        const v = row[ci];
        if (typeof v === 'string' && v.includes('表')) out.push(originRow + ri, originCol + ci);
      }
    }
    this.tableWords = out;
    return out;
  }
}

/** Cells of a sheet whose numbers' texts are kept: past MAX_ROWS × MAX_COLUMNS (1M), an array of 16 MB at most. */
const MAX_CACHED_CELLS = 1 << 21;

/** Wider than any sheet (Excel has 16,384 columns): row × stride + col is one number per cell. */
const UNKNOWN_STRIDE = 1 << 24;

function unknownKey(row: number, col: number): number {
  return row * UNKNOWN_STRIDE + col;
}
