/**
 * What 勾稽 saves inside the workbook before it paints: each marked cell's own fill and note, so that
 * 清除标记 restores them exactly even after the file was saved, closed and reopened. Kept in the
 * workbook's settings (ExcelApi 1.4), which Excel writes into the .xlsx itself.
 */

import { NOTE_PREFIX } from '../../core/marks';
import { HostError } from '../host';
import type { CellFillProperties, RangeFillLike } from './office-types';

export const MARKS_SETTING = 'gouji.marks';
export const STATE_SETTING = 'gouji.state';

/** A cell's fill as getCellProperties reads it; pattern "None" is no fill (its color reads #FFFFFF). */
export interface SavedFill {
  pattern: string;
  color: string;
  patternColor?: string;
  tintAndShade?: number;
  patternTintAndShade?: number;
}

export interface SavedCell {
  /** The user's fill before the first mark. */
  fill: SavedFill;
  /** The user's note (or null) before the first mark; only when notes are used. */
  note: string | null;
  /** The colour 勾稽 painted ('#RRGGBB'): a different fill now means the user changed it since. */
  mark: string;
  /** 勾稽's text in the note (the WPS add-in restores a note that still ends with it). */
  paintedNote?: string;
}

export interface SavedMarks {
  version: 1;
  cells: Record<string, Record<string, SavedCell>>;
}

export const NO_FILL: SavedFill = { pattern: 'None', color: '#FFFFFF' };

/**
 * A fill as read, in one form whatever the build: documented builds read pattern 'None' for no fill,
 * others read pattern null for no fill, white and solid fills alike (office-js issue 4900), with
 * tintAndShade null only for no fill, and #FFFFFF for no fill (issue 6218). So a null pattern is a
 * solid fill when the colour is not white or tintAndShade is a number, and no fill otherwise.
 */
export function fillOf(p: CellFillProperties | undefined): SavedFill {
  if (!p || p.pattern === 'None') return NO_FILL;
  const color = (p.color ?? '#FFFFFF').toUpperCase();
  let pattern = p.pattern;
  if (!pattern) {
    const white = color === '#FFFFFF';
    if (white && (p.tintAndShade === null || p.tintAndShade === undefined)) return NO_FILL;
    pattern = 'Solid';
  }
  const fill: SavedFill = { pattern, color };
  if (p.pattern !== 'Solid' && p.patternColor) fill.patternColor = p.patternColor.toUpperCase();
  if (p.tintAndShade) fill.tintAndShade = p.tintAndShade;
  if (p.patternTintAndShade) fill.patternTintAndShade = p.patternTintAndShade;
  return fill;
}

/** One key per distinct fill, to paint all cells of the same fill through one RangeAreas. */
export function fillKey(fill: SavedFill): string {
  return JSON.stringify([
    fill.pattern,
    fill.color,
    fill.patternColor,
    fill.tintAndShade,
    fill.patternTintAndShade,
  ]);
}

/** Writes the saved fill back: "no fill" with clear() (1.1), never by painting white. */
export function restoreFill(target: RangeFillLike, fill: SavedFill): void {
  if (fill.pattern === 'None') {
    target.clear();
    return;
  }
  target.color = fill.color;
  if (fill.pattern !== 'Solid') target.pattern = fill.pattern; // ExcelApi 1.9
  if (fill.patternColor) target.patternColor = fill.patternColor; // ExcelApi 1.9
  if (fill.tintAndShade) target.tintAndShade = fill.tintAndShade; // ExcelApi 1.9
  if (fill.patternTintAndShade) target.patternTintAndShade = fill.patternTintAndShade; // ExcelApi 1.9
}

/** Is this fill the solid mark colour we painted? */
export function isMarkFill(fill: SavedFill, mark: string): boolean {
  return fill.pattern === 'Solid' && fill.color.toUpperCase() === mark.toUpperCase() && !fill.tintAndShade;
}

/** A note without the lines 勾稽 wrote; '' when nothing of the user's is left. */
export function userPart(note: string | null): string {
  if (note === null) return '';
  return note
    .split(/\r?\n/)
    .filter((line) => !line.startsWith(NOTE_PREFIX))
    .join('\n');
}

const CORRUPT = '工作簿中保存的勾稽标记记录已损坏，无法恢复原来的填充色和批注。请手动检查标记过的单元格。';

export function parseSavedMarks(value: unknown): SavedMarks {
  if (value === null || value === undefined) return { version: 1, cells: {} };
  let parsed: unknown;
  try {
    parsed = typeof value === 'string' ? JSON.parse(value) : value;
  } catch {
    throw new HostError(CORRUPT);
  }
  const record = parsed as Partial<SavedMarks> | null;
  if (!record || record.version !== 1 || typeof record.cells !== 'object' || record.cells === null)
    throw new HostError(CORRUPT);
  for (const cells of Object.values(record.cells))
    for (const c of Object.values(cells ?? {}))
      if (!c || typeof c.mark !== 'string' || !c.fill || typeof c.fill.pattern !== 'string')
        throw new HostError(CORRUPT);
  return record as SavedMarks;
}
