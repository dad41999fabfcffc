/**
 * Paints marks and restores what they covered, in three phases whatever the number of marks, each in as
 * many syncs as its payload needs (payload.ts; one each for most workbooks):
 * 1. the saved originals (marks-record.ts), the sheet names, the comments (in pages); events off;
 * 2. the fills and notes of the cells to mark and of the cells marked before but not now, and where the
 *    user's comments are;
 * 3. every write, fills batched by colour through RangeAreas, the record of originals first; threaded
 *    comments last (a refused one does not undo the rest); then, in a sync of their own, the notes
 *    (note-writes.ts: a refused note is reported and the others still land); then events back on.
 */

import { markFillHex, SEVERITY_RANK, type Mark } from '../../core/marks';
import { HostError } from '../host';
import { chunkAreas, cellRuns, qualified } from './addresses';
import type { ExcelCapabilities } from './capabilities';
import { queueCellReads, SheetProxies, type CellReads, type CellsBySheet } from './cell-reads';
import { CommentIndex } from './comments';
import { NoteWrites } from './note-writes';
import { errorCode, excelFailure, rawError } from './errors';
import {
  queueDeleteRecord,
  queueRecordHead,
  queueWriteRecord,
  readRecord,
  RECORD_BYTES,
} from './marks-record';
import type { ExcelContext, RangeFillLike } from './office-types';
import {
  mergeRecords,
  queueClearSheetRecord,
  queueStateSheet,
  queueWriteSheetRecord,
  readSheetRecord,
} from './sheet-record';
import { BYTES_PER_CALL, Payload, textBytes } from './payload';
import { fillKey, isMarkFill, restoreFill, userPart, type SavedCell, type SavedMarks } from './saved-marks';

interface FillGroup {
  cells: string[];
  apply(fill: RangeFillLike): void;
}

/** sheet → group key → cells sharing one fill write. */
type FillGroups = Map<string, Map<string, FillGroup>>;

function addToGroup(groups: FillGroups, sheet: string, key: string, cell: string, apply: FillGroup['apply']) {
  const bySheet = groups.get(sheet) ?? new Map<string, FillGroup>();
  groups.set(sheet, bySheet);
  const group = bySheet.get(key) ?? { cells: [], apply };
  bySheet.set(key, group);
  group.cells.push(cell);
}

/** One RangeAreas (ExcelApi 1.9) per chunk of ≤150 areas of the same fill; returns the addresses written. */
async function queueFills(sheets: SheetProxies, groups: FillGroups, payload: Payload): Promise<string[]> {
  const written: string[] = [];
  for (const [sheet, bySheet] of groups)
    for (const group of bySheet.values())
      for (const chunk of chunkAreas(cellRuns(group.cells))) {
        // getRanges, format and fill paths, and up to five property writes (restoreFill).
        await payload.reserve(6 * BYTES_PER_CALL + chunk.length);
        group.apply(sheets.get(sheet).getRanges(chunk).format.fill);
        written.push(...chunk.split(','));
      }
  return written;
}

function bySheet(cells: Iterable<[string, string]>): CellsBySheet {
  const map: CellsBySheet = new Map();
  for (const [sheet, cell] of cells) {
    const list = map.get(sheet) ?? [];
    list.push(cell);
    map.set(sheet, list);
  }
  return map;
}

function translate(error: unknown): unknown {
  if (errorCode(error) === 'ItemNotFound')
    return Object.assign(
      new HostError('找不到要标记的工作表或单元格（可能已改名或删除）。请重新审核后再标记。'),
      { raw: rawError(error) },
    );
  return excelFailure('在 Excel 中标记单元格', error);
}

export interface PaintOptions {
  /** Told the addresses about to be written, so the change handler can ignore our own writes. */
  onOwnWrites?: (addresses: string[]) => void;
}

export interface PaintResult {
  syncs: number;
  /** The largest estimated payload of one sync (bytes). */
  largestSync: number;
  /** Cells left without 勾稽's text: a legacy note there refused the threaded comment. */
  refusedComments: string[];
  /** Cells whose note Excel refused (the other writes landed). */
  refusedNotes: string[];
  /** Cells whose earlier marks were removed and originals restored (from the saved record). */
  restored: number;
  /** Fills read with pattern null: a hatch there cannot be read, nor restored. */
  patternsUnread: boolean;
  /** Marks left unpainted: their originals did not fit in the workbook's settings (RECORD_BYTES). */
  unmarked: number;
}

/**
 * Keeps the record written before the cell writes (the old cells still marked and the new ones) within
 * RECORD_BYTES, dropping marks from `wanted` and `record` (info before warnings before errors, a
 * consequence before its culprit, the last first); returns the marks dropped.
 */
function fitRecord(
  wanted: Map<string, Mark>,
  record: SavedMarks,
  old: ReadonlyArray<[string, string]>,
  saved: SavedMarks,
): Mark[] {
  const entryBytes = (sheet: string, cell: string, c: SavedCell | undefined) =>
    c ? textBytes(JSON.stringify(c)) + textBytes(cell) + textBytes(sheet) / 8 + 2 : 0;
  let total = 64;
  for (const [sheet, cell] of old) total += entryBytes(sheet, cell, saved.cells[sheet]?.[cell]);
  for (const m of wanted.values()) total += entryBytes(m.sheet, m.cell, record.cells[m.sheet]?.[m.cell]);
  if (total <= RECORD_BYTES) return [];
  const rank = (m: Mark) => SEVERITY_RANK[m.severity] * 2 + (m.consequence ? 1 : 0);
  const order = [...wanted.entries()].sort((a, b) => rank(b[1]) - rank(a[1]));
  const dropped: Mark[] = [];
  for (const [key, m] of order) {
    if (total <= RECORD_BYTES) break;
    total -= entryBytes(m.sheet, m.cell, record.cells[m.sheet]?.[m.cell]);
    delete record.cells[m.sheet][m.cell];
    wanted.delete(key);
    dropped.push(m);
  }
  return dropped;
}

/** Paint `marks` (none: clear every mark), restoring first what earlier marks covered. */
export async function applyMarks(
  context: ExcelContext,
  capabilities: ExcelCapabilities,
  marks: readonly Mark[],
  options: PaintOptions = {},
): Promise<PaintResult> {
  const payload = new Payload(context);
  const { workbook } = context;
  const sheets = new SheetProxies(context);
  const wanted = new Map<string, Mark>();
  for (const m of marks)
    wanted.set(`${m.sheet}!${m.cell.toUpperCase()}`, { ...m, cell: m.cell.toUpperCase() });
  let eventsOff = false;
  try {
    // Phase 1: names, saved originals, comments; then events off (Runtime, ExcelApi 1.8).
    workbook.worksheets.load('items/name');
    const head = queueRecordHead(workbook);
    const stateSheet = queueStateSheet(context);
    workbook.protection.load('protected'); // ExcelApi 1.7
    // Threaded comments are read where they carry 勾稽's text (below 1.18) and where notes do (1.18): Excel
    // refuses a note on a cell with a threaded comment, so 勾稽's text goes there as a reply.
    const comments =
      capabilities.notes === 'comment' || (capabilities.notes === 'note' && capabilities.comments)
        ? new CommentIndex(context)
        : null;
    if (capabilities.events) {
      context.runtime.enableEvents = false;
      eventsOff = true;
    }
    await payload.sync();
    if (comments) await comments.load(payload);

    // The record of originals lives in gouji_state, as the WPS add-in keeps it; a record older versions
    // kept in the settings is read too (and removed once gouji_state holds it). A workbook whose structure
    // is protected cannot get a new sheet: there the settings keep the record, within their 2 MB.
    const stored = await readRecord(workbook, head, payload);
    const inSheet = await readSheetRecord(stateSheet, payload);
    const useSettings = !inSheet.sheet && workbook.protection.protected;
    const saved = mergeRecords(stored.marks, inSheet.marks);
    let parts = stored.parts;
    const settingsHeld = !head.isNullObject;
    const writeRecord = async (r: SavedMarks) => {
      if (useSettings) parts = await queueWriteRecord(workbook, payload, r, parts);
      else await queueWriteSheetRecord(context, inSheet, payload, r);
    };
    const dropSettingsRecord = async () => {
      if (settingsHeld) await queueDeleteRecord(workbook, payload, head, parts);
    };
    const existing = new Set(workbook.worksheets.items.map((ws) => ws.name));
    const old: Array<[string, string]> = [];
    for (const [sheet, cells] of Object.entries(saved.cells))
      if (existing.has(sheet))
        for (const cell of Object.keys(cells)) if (!wanted.has(`${sheet}!${cell}`)) old.push([sheet, cell]);

    // Phase 2: where the user's comments are, the state of the cells to mark and to restore; note
    // reads sized from what is known of them (the saved note, 勾稽's text).
    if (comments) await comments.queueLocations(payload);
    const known = (sheet: string, cell: string) =>
      textBytes(saved.cells[sheet]?.[cell]?.note ?? '') +
      textBytes(wanted.get(`${sheet}!${cell}`)?.note ?? '');
    const newReads = await queueCellReads(
      sheets,
      capabilities,
      bySheet([...wanted.values()].map((m) => [m.sheet, m.cell])),
      payload,
      known,
    );
    const oldReads: CellReads | null =
      old.length > 0 ? await queueCellReads(sheets, capabilities, bySheet(old), payload, known) : null;
    if (payload.pending) await payload.sync();

    // Phase 3: every write. The record of originals is queued before any cell write, so that a batch
    // failing part-way (a protected sheet) never leaves a marked cell that no record can restore: first
    // every cell that may carry a mark after this batch (the new ones, and the old ones until restored),
    // then, after the writes, only the new ones.
    const record: SavedMarks = { version: 1, cells: {} };
    for (const mark of wanted.values()) {
      const kept = saved.cells[mark.sheet]?.[mark.cell];
      (record.cells[mark.sheet] ??= {})[mark.cell] = originalOf(capabilities, mark, kept, newReads);
    }
    // The workbook's settings hold 2 MB in all: marks whose originals do not fit are not painted (the
    // least severe first); one of them marked before is restored instead.
    const unmarked = useSettings ? fitRecord(wanted, record, old, saved) : [];
    const again = unmarked.filter((m) => saved.cells[m.sheet]?.[m.cell]);
    if (wanted.size > 0) {
      const before: SavedMarks = { version: 1, cells: {} };
      for (const [sheet, cell] of old) (before.cells[sheet] ??= {})[cell] = saved.cells[sheet][cell];
      for (const [sheet, cells] of Object.entries(record.cells))
        Object.assign((before.cells[sheet] ??= {}), cells);
      await writeRecord(before);
    }
    const groups: FillGroups = new Map();
    const notes = new NoteWrites(sheets);
    for (const [sheet, cell] of old)
      restoreCell(capabilities, groups, sheet, cell, saved.cells[sheet][cell], oldReads!, notes);
    for (const m of again)
      restoreCell(capabilities, groups, m.sheet, m.cell, saved.cells[m.sheet][m.cell], newReads, notes);
    if (comments) await comments.queueRemoveOurs(payload);
    for (const mark of wanted.values()) paintCell(capabilities, groups, mark, newReads, comments, notes);
    const written = await queueFills(sheets, groups, payload);
    options.onOwnWrites?.([...written, ...[...wanted.values()].map((m) => m.cell), ...old.map(([, c]) => c)]);
    // Last of the batch, after every cell write (notes included): the record keeps only the new cells (or
    // goes when there are none), and events come back on; queued again if a refused write makes the last
    // sync run twice.
    const finish = async () => {
      if (wanted.size > 0 && old.length + again.length > 0) await writeRecord(record);
      else if (wanted.size === 0 && useSettings) await dropSettingsRecord();
      else if (wanted.size === 0)
        await queueClearSheetRecord(inSheet, payload, !workbook.protection.protected);
      if (!useSettings) await dropSettingsRecord();
      if (eventsOff) context.runtime.enableEvents = true;
    };
    // Threaded comments go with the fills (a refused one is counted and skipped); the notes after all of
    // them have landed, so a refused note stops no other write.
    const beforeNotes = notes.size > 0 ? async () => undefined : finish;
    if (comments) {
      await comments.queueReplies(payload);
      await comments.queueAdds(context, payload, beforeNotes);
    } else {
      await beforeNotes();
      await payload.sync();
    }
    if (notes.size > 0) await notes.flush(payload, finish);
    eventsOff = false;
    return {
      syncs: payload.syncs,
      largestSync: payload.largest,
      refusedComments: comments ? comments.refused : [],
      refusedNotes: notes.refused,
      restored: old.length + again.length,
      unmarked: unmarked.length,
      patternsUnread: newReads.patternsUnread || Boolean(oldReads?.patternsUnread),
    };
  } catch (error) {
    throw translate(error);
  } finally {
    if (eventsOff) {
      context.runtime.enableEvents = true;
      await context.sync().catch(() => undefined); // an earlier error is the one to report
    }
  }
}

function restoreCell(
  capabilities: ExcelCapabilities,
  groups: FillGroups,
  sheet: string,
  cell: string,
  saved: SavedCell,
  reads: CellReads,
  notes: NoteWrites,
): void {
  // A fill the user changed since we painted is theirs now: leave it.
  if (isMarkFill(reads.fill(sheet, cell), saved.mark))
    addToGroup(groups, sheet, `restore ${fillKey(saved.fill)}`, cell, (fill) =>
      restoreFill(fill, saved.fill),
    );
  if (capabilities.notes !== 'note') return;
  const current = reads.note(sheet, cell);
  const proxy = reads.noteProxy(sheet, cell);
  if (current === null || !proxy) return;
  const rest = userPart(current);
  if (rest === (saved.note ?? '')) {
    if (saved.note === null) notes.plan(sheet, cell, null, proxy);
    else if (current !== saved.note) notes.plan(sheet, cell, saved.note, proxy);
  } else notes.plan(sheet, cell, rest === '' ? null : rest, proxy);
}

/** What the record keeps for a cell about to be marked: the user's fill and note, never our own. */
function originalOf(
  capabilities: ExcelCapabilities,
  mark: Mark,
  kept: SavedCell | undefined,
  reads: CellReads,
): SavedCell {
  const color = markFillHex(mark);
  const current = reads.fill(mark.sheet, mark.cell);
  // Our own earlier colour is never taken for the user's fill.
  const fill = kept && isMarkFill(current, kept.mark) ? kept.fill : current;
  let note: string | null = null;
  if (capabilities.notes === 'note') {
    const text = reads.note(mark.sheet, mark.cell);
    const user = userPart(text);
    note = kept && user === (kept.note ?? '') ? kept.note : text === null ? null : user || null;
  }
  return { fill, note, mark: color, paintedNote: mark.note };
}

function paintCell(
  capabilities: ExcelCapabilities,
  groups: FillGroups,
  mark: Mark,
  reads: CellReads,
  comments: CommentIndex | null,
  notes: NoteWrites,
): void {
  const color = markFillHex(mark);
  const current = reads.fill(mark.sheet, mark.cell);
  // Always written: a hatch read as pattern null (some builds) would otherwise hide the mark (ExcelApi 1.9).
  if (!isMarkFill(current, color))
    addToGroup(groups, mark.sheet, `mark ${color} ${Boolean(current.tintAndShade)}`, mark.cell, (f) => {
      f.pattern = 'Solid';
      if (current.tintAndShade) f.tintAndShade = 0; // ExcelApi 1.9
      f.color = color; // ExcelApi 1.1
    });
  if (capabilities.notes === 'note' && comments?.userCommentAt(mark.sheet, mark.cell)) {
    comments.plan(qualified(mark.sheet, mark.cell), mark.sheet, mark.cell, mark.note);
  } else if (capabilities.notes === 'note') {
    const text = reads.note(mark.sheet, mark.cell);
    const user = userPart(text);
    const content = user ? `${user}\n${mark.note}` : mark.note;
    const proxy = reads.noteProxy(mark.sheet, mark.cell);
    if (!proxy || text !== content) notes.plan(mark.sheet, mark.cell, content, proxy);
  } else if (comments) comments.plan(qualified(mark.sheet, mark.cell), mark.sheet, mark.cell, mark.note);
}
