/**
 * ExcelJS checks each merge read from a file against every merge before it (quadratic: 16,000 two-cell merges
 * take 19 s). The check here looks at the cells of the new range only, which the merge visits anyway: a
 * range overlaps an earlier merge exactly when one of its cells is already merged.
 */

import { Workbook } from './exceljs-workbook';

interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface WorksheetInternals {
  _merges: Record<string, MergeRange>;
  _mergeCellsInternal(dimensions: MergeRange, ignoreStyle?: boolean): void;
  findCell(row: number, col: number): { isMerged: boolean } | undefined;
}

let installed = false;

/** Replaces ExcelJS's merge check by the linear one, once per process. */
export function useLinearMergeCheck(): void {
  if (installed) return;
  installed = true;
  const sheet = new Workbook().addWorksheet('x') as unknown as WorksheetInternals;
  const proto = Object.getPrototypeOf(sheet) as WorksheetInternals;
  const original = proto._mergeCellsInternal;
  proto._mergeCellsInternal = function (this: WorksheetInternals, d: MergeRange, ignoreStyle?: boolean) {
    for (let r = d.top; r <= d.bottom; r++)
      for (let c = d.left; c <= d.right; c++)
        if (this.findCell(r, c)?.isMerged) throw new Error('Cannot merge already merged cells');
    // The original without its scan of every earlier merge: it runs on an empty index, then the index is put back.
    const merges = this._merges;
    this._merges = {};
    try {
      original.call(this, d, ignoreStyle);
    } finally {
      this._merges = Object.assign(merges, this._merges);
    }
  };
}
