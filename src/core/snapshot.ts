/** A host-independent picture of a workbook: raw cell values, nothing else. */

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
  private readonly unknown: Set<string>;
  /** Each cell's text, made on first use: recognition asks for the same cells many times. */
  private readonly texts: Array<Array<string | undefined> | undefined> = [];

  constructor(snapshot: SheetSnapshot) {
    this.snapshot = snapshot;
    this.name = snapshot.name;
    this.rowCount = snapshot.originRow + snapshot.values.length;
    let width = 0;
    for (const row of snapshot.values) width = Math.max(width, row.length);
    this.colCount = snapshot.originCol + width;
    this.unknown = new Set((snapshot.unknown ?? []).map(([r, c]) => `${r},${c}`));
  }

  /** True when the cell's value is not known (a formula saved without its result). */
  isUnknown(row: number, col: number): boolean {
    return this.unknown.size > 0 && this.unknown.has(`${row},${col}`);
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

  /** The value as trimmed text, '' for empty cells. */
  text(row: number, col: number): string {
    const ri = row - this.snapshot.originRow;
    const ci = col - this.snapshot.originCol;
    const r = this.snapshot.values[ri];
    if (!r || ci < 0 || ci >= r.length) return '';
    const texts = (this.texts[ri] ??= []);
    const cached = texts[ci];
    if (cached !== undefined) return cached;
    const v = r[ci];
    const t = v === null || v === undefined ? '' : String(v).trim();
    texts[ci] = t;
    return t;
  }
}
