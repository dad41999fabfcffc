/**
 * What the loaded office.js has, found by looking at the objects themselves: a requirement set says what
 * Excel supports, not what the library loaded into the pane knows. A stale local copy of office.js
 * (npm @microsoft/office-js 1.1.110) has no Worksheet.notes and no RangeAreas.select although Microsoft
 * 365 reports ExcelApi 1.18. Probing creates proxies only: nothing is queued, nothing is sent.
 */

import type { ExcelContext } from './office-types';

export interface LibrarySurface {
  /** Worksheet.notes with add and getItemOrNullObject (ExcelApi 1.18). */
  notes: boolean;
  /** RangeAreas.select (ExcelApi 1.18). */
  areasSelect: boolean;
  /** Workbook.comments with add (ExcelApi 1.10). */
  comments: boolean;
  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13). */
  merges: boolean;
  /** Runtime.enableEvents (ExcelApi 1.8). */
  events: boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const hasMethod = (o: unknown, name: string) => isObject(o) && typeof o[name] === 'function';

export function probeLibrary(context: ExcelContext): LibrarySurface {
  const sheets = context.workbook.worksheets;
  const ws = sheets.getActiveWorksheet(); // ExcelApi 1.1
  const notes: unknown = (ws as unknown as Record<string, unknown>).notes;
  const areas = typeof ws.getRanges === 'function' ? ws.getRanges('A1') : null;
  const comments: unknown = (context.workbook as unknown as Record<string, unknown>).comments;
  const runtime: unknown = (context as unknown as Record<string, unknown>).runtime;
  return {
    notes: hasMethod(notes, 'add') && hasMethod(notes, 'getItemOrNullObject'),
    areasSelect: hasMethod(areas, 'select'),
    comments: hasMethod(comments, 'add') && hasMethod(comments, 'load'),
    merges: hasMethod(ws.getRange('A1'), 'getMergedAreasOrNullObject'),
    events: isObject(runtime) && 'enableEvents' in runtime,
  };
}

/** Everything present: what the host assumes until it has looked (never used to call a member). */
export const FULL_SURFACE: LibrarySurface = {
  notes: true,
  areasSelect: true,
  comments: true,
  merges: true,
  events: true,
};
