/** Recognising the tables in any workbook, in the face it is laid out in: one table per sheet, stacked, or anything between. */

import { fromA1 } from '../address';
import { faceById } from '../faces';
import type { FaceId, TableAssignment } from '../faces/choices';
import type { Face } from '../faces/face';
import { SheetGrid, type WorkbookSnapshot } from '../snapshot';
import type { Table, TableId, UnreadPart } from '../tables/model';
import { readCodedTable } from './coded';
import { detectFace } from './detect-face';
import { readEconomicTable } from './economic';
import { lastUsedRow } from './layout';
import type { Region } from './region';
import { readSummaryTable } from './summary';
import { readThreeCostsTable } from './three-costs';
import { findTitles, matchTitle, yearOfText } from './titles';
import { textColumns } from './unread';

type Reader = (grid: SheetGrid, id: TableId, region: Region, face: Face) => Table | null;

const READERS: Record<TableId, Reader> = {
  公开01: readSummaryTable,
  公开02: readCodedTable,
  公开03: readCodedTable,
  公开04: readSummaryTable,
  公开05: readCodedTable,
  公开06: readEconomicTable,
  公开07: readCodedTable,
  公开08: readCodedTable,
  公开09: readThreeCostsTable,
};

/** A title found whose table could not be read at all. */
export interface UnreadTable extends Pick<
  Table,
  'id' | 'title' | 'sheet' | 'top' | 'left' | 'bottom' | 'right'
> {
  /** What was not understood, when the table was read but too little of it to check. */
  parts?: UnreadPart[];
  /** The user assigned this range or sheet to the table; `problem` when it could not even be looked at. */
  assigned?: { range?: string; problem?: 'sheet' | 'range' };
}

export interface Recognition {
  tables: Table[];
  /** The year found in table titles or sheet headings, when one is printed. */
  year: number | null;
  /** The face the workbook was read in. */
  face: Face;
  /** Titles (or assigned ranges) under which no table could be read. */
  unreadable: UnreadTable[];
}

export interface RecognitionOptions {
  /** The face to read in; detected when absent. */
  face?: FaceId | null;
  /** The user's corrections: these sheets or ranges are these tables, whatever their titles say. */
  assignments?: TableAssignment[];
}

interface Assigned {
  assignment: TableAssignment;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function assignedRegion(grid: SheetGrid, a: TableAssignment): Assigned | null {
  if (!a.range) {
    return {
      assignment: a,
      top: grid.firstRow,
      left: grid.firstCol,
      bottom: grid.rowCount - 1,
      right: grid.colCount - 1,
    };
  }
  const [from, to] = a.range.replace(/\$/g, '').split(':');
  if (!/^[A-Za-z]{1,3}\d{1,7}$/.test(from ?? '') || (to !== undefined && !/^[A-Za-z]{1,3}\d{1,7}$/.test(to)))
    return null;
  const p = fromA1(from.toUpperCase());
  const q = to ? fromA1(to.toUpperCase()) : p;
  return {
    assignment: a,
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

export function recognizeWorkbook(workbook: WorkbookSnapshot, options: RecognitionOptions = {}): Recognition {
  const face = options.face ? faceById(options.face) : detectFace(workbook);
  const tables: Table[] = [];
  const unreadable: UnreadTable[] = [];
  const years: number[] = [];
  /** `start`: an untitled assigned range's first row; the row above it is read for headers only. */
  const read = (
    grid: SheetGrid,
    id: TableId,
    region: Region,
    title: string,
    assigned?: { range?: string; start?: number },
  ) => {
    const start = assigned?.start;
    const table = READERS[id](grid, id, region, face);
    if (!table) {
      unreadable.push({
        id,
        title,
        sheet: grid.name,
        top: start ?? region.top,
        left: region.left,
        bottom: region.bottom,
        right: region.right,
        ...(assigned ? { assigned: { range: assigned.range } } : {}),
      });
      return;
    }
    if (start !== undefined) {
      table.top = start;
      table.titleRef = { sheet: grid.name, row: start, col: region.titleCol };
      table.title = '';
    }
    if (table.kind !== 'coded') {
      const text = textColumns(table);
      if (text.length > 0) table.unread = [...text, ...(table.unread ?? [])];
    }
    if (table.unread?.some((p) => p.blocking)) {
      // Read in part only: its relations would fail for what was misread; one finding instead.
      unreadable.push({
        id,
        title,
        sheet: grid.name,
        top: table.top,
        left: table.left,
        bottom: table.bottom,
        right: table.right,
        parts: table.unread,
        ...(assigned ? { assigned: { range: assigned.range } } : {}),
      });
      return;
    }
    table.face = face.id;
    // An assigned range without a title: the face's name of the table.
    if (!table.title) table.title = face.tables.find((t) => t.id === id)?.title ?? id;
    tables.push(table);
    const year = yearOfText(title);
    if (year) years.push(year);
  };
  // An assignment that cannot even be looked at: a sheet the workbook lacks, a range that is no address.
  const notFollowed = (a: TableAssignment, problem: 'sheet' | 'range') =>
    unreadable.push({
      id: a.table,
      title: '',
      sheet: a.sheet,
      top: 0,
      left: 0,
      bottom: 0,
      right: 0,
      assigned: { range: a.range, problem },
    });
  for (const a of options.assignments ?? [])
    if (!workbook.sheets.some((s) => s.name === a.sheet)) notFollowed(a, 'sheet');
  // One grid per sheet at a time: its caches of texts die with it (kept for the whole workbook, they would
  // outlive the young generation and cost the collector more than they save).
  for (const sheet of workbook.sheets) {
    const grid = new SheetGrid(sheet);
    const assigned: Assigned[] = [];
    for (const a of (options.assignments ?? []).filter((x) => x.sheet === sheet.name)) {
      const region = assignedRegion(grid, a);
      if (region) assigned.push(region);
      else notFollowed(a, 'range');
    }
    for (const a of assigned) {
      // The range's first row is its title when it reads as one; else the table starts right there.
      const titled = matchTitle(grid.text(a.top, a.left), face) !== null;
      const region: Region = {
        top: titled ? a.top : a.top - 1,
        bottom: a.bottom,
        left: a.left,
        right: a.right,
        titleCol: a.left,
      };
      read(grid, a.assignment.table, region, titled ? grid.text(a.top, a.left) : '', {
        range: a.assignment.range,
        start: titled ? undefined : a.top,
      });
    }
    const inAssigned = (row: number) => assigned.some((a) => row >= a.top && row <= a.bottom);
    const titles = findTitles(grid, face).filter((t) => !inAssigned(t.row));
    titles.forEach((hit, i) => {
      const nextTop = i + 1 < titles.length ? titles[i + 1].row : grid.rowCount;
      const stop = assigned.filter((a) => a.top > hit.row).reduce((m, a) => Math.min(m, a.top), nextTop);
      const region: Region = {
        top: hit.row,
        bottom: lastUsedRow(grid, hit.row, stop - 1),
        left: grid.firstCol,
        right: grid.colCount - 1,
        titleCol: hit.col,
      };
      read(grid, hit.id, region, hit.title);
    });
  }
  return { tables, year: mostFrequent(years), face, unreadable };
}

function mostFrequent(values: number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | null = null;
  for (const [v, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = v;
  return best;
}
