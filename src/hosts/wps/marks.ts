/**
 * Painting marks on ET cells and restoring what was there. Before painting, each cell's original fill
 * (Color, Pattern, ColorIndex: "no fill" reads as white 16777215 with Pattern xlNone) and comment are
 * saved in the workbook's state sheet; restoring "no fill" sets ColorIndex = xlNone, never white.
 */

import { markFillHex, NOTE_PREFIX, type Mark } from '../../core/marks';
import { HostError } from '../host';
import { bgrFromHex } from './color';
import {
  listWorksheets,
  numberProp,
  prop,
  setProp,
  sheetName,
  type EtComment,
  type EtInterior,
  type EtRange,
  type EtWorkbook,
  type EtWorksheet,
} from './et';
import {
  recordCells,
  XL_NONE,
  XL_SOLID,
  type OriginalsRecord,
  type RecordCell,
  type RecordFill,
} from './record-layout';
import { describe, type StateSheet } from './state-sheet';

const NO_FILL_COLOR = 0xffffff;

type OriginalFill = RecordFill;
type MarkedCell = RecordCell;

export function paintMarks(store: StateSheet, workbook: EtWorkbook, marks: readonly Mark[]): void {
  restoreMarks(store, workbook);
  const sheets = sheetsByName(workbook);
  const targets: Array<{ range: EtRange; cell: MarkedCell }> = [];
  for (const mark of marks) {
    const sheet = sheets.get(mark.sheet);
    if (!sheet) continue;
    const range = sheet.Range(mark.cell);
    const note = commentText(range);
    const cell: MarkedCell = {
      sheet: mark.sheet,
      cell: mark.cell,
      fill: readFill(range),
      note,
      paintedColor: bgrFromHex(markFillHex(mark)),
      paintedNote: note ? `${note}\n${mark.note}` : mark.note,
    };
    targets.push({ range, cell });
  }
  // The originals are in the workbook before the first cell changes.
  store.write('originals', targets.length > 0 ? record(targets.map((t) => t.cell)) : null);
  const failed: string[] = [];
  for (const { range, cell } of targets) {
    try {
      const interior = interiorOf(range);
      setProp(interior, 'Pattern', XL_SOLID); // a hatch would stay over the colour and hide the mark
      setProp(interior, 'Color', cell.paintedColor);
      setComment(range, cell.paintedNote);
    } catch {
      failed.push(cell.sheet);
    }
  }
  if (failed.length > 0) throw new HostError(`以下工作表的单元格未能标注（可能受保护）：${unique(failed)}`);
}

/** Restore every marked cell; cells that cannot be restored stay in the record and are reported. */
/** Returns how many cells were restored. */
export function restoreMarks(store: StateSheet, workbook: EtWorkbook): number {
  const saved = recordCells(store.read('originals'));
  if (saved.length === 0) return 0;
  let restored = 0;
  const sheets = sheetsByName(workbook);
  const kept: MarkedCell[] = [];
  let lastError = '';
  for (const cell of saved) {
    const sheet = sheets.get(cell.sheet);
    if (!sheet) continue; // the sheet was deleted or renamed: nothing left to restore
    try {
      restoreCell(sheet.Range(cell.cell), cell);
      restored++;
    } catch (e) {
      kept.push(cell);
      lastError = describe(e);
    }
  }
  store.write('originals', kept.length > 0 ? record(kept) : null);
  if (kept.length > 0)
    throw new HostError(
      `有 ${kept.length} 个单元格未能恢复原格式（工作表 ${unique(kept.map((c) => c.sheet))} 可能受保护，取消保护后再点“清除标记”）：${lastError}`,
    );
  return restored;
}

function restoreCell(range: EtRange, cell: MarkedCell): void {
  const interior = interiorOf(range);
  if (numberProp(interior, 'Color') === cell.paintedColor) {
    if (isNoFill(cell.fill)) setProp(interior, 'ColorIndex', XL_NONE);
    else {
      setProp(interior, 'Color', cell.fill.color);
      if (cell.fill.pattern !== null && cell.fill.pattern !== XL_SOLID)
        setProp(interior, 'Pattern', cell.fill.pattern);
    }
  }
  const current = commentText(range);
  // Some builds put the author's name before the text of a comment added through the API.
  if (current !== null && current.endsWith(cell.paintedNote)) setComment(range, cell.note);
  else if (current !== null) setComment(range, withoutOwnLines(current));
}

function isNoFill(fill: OriginalFill): boolean {
  if (fill.pattern === XL_NONE || fill.colorIndex === XL_NONE) return true;
  if (fill.pattern === null && fill.colorIndex === null)
    return fill.color === null || fill.color === NO_FILL_COLOR;
  return fill.color === null;
}

function readFill(range: EtRange): OriginalFill {
  const interior = interiorOf(range);
  return {
    color: numberProp(interior, 'Color'),
    pattern: numberProp(interior, 'Pattern'),
    colorIndex: numberProp(interior, 'ColorIndex'),
  };
}

function interiorOf(range: EtRange): EtInterior {
  const interior = prop<EtInterior>(range, 'Interior');
  if (!interior) throw new Error('Interior');
  return interior;
}

function commentText(range: EtRange): string | null {
  const comment = prop<EtComment | null>(range, 'Comment');
  if (!comment) return null;
  const text = comment.Text();
  return typeof text === 'string' ? text : text === undefined || text === null ? null : String(text);
}

/** Replace the cell's comment (AddComment fails on a cell that already has one). */
function setComment(range: EtRange, text: string | null): void {
  range.ClearComments();
  if (text !== null && text !== '') range.AddComment(text);
}

function withoutOwnLines(text: string): string | null {
  const lines = text.split(/\r?\n|\r/).filter((line) => !line.startsWith(NOTE_PREFIX));
  const rest = lines.join('\n').trim();
  return rest === '' ? null : rest;
}

function sheetsByName(workbook: EtWorkbook): Map<string, EtWorksheet> {
  return new Map(listWorksheets(workbook).map((s) => [sheetName(s), s]));
}

function record(cells: MarkedCell[]): OriginalsRecord {
  return { v: 1, cells };
}

function unique(names: string[]): string {
  return [...new Set(names)].join('、');
}
