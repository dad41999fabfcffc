/**
 * Marks painted by the WPS add-in, cleared in Excel: WPS keeps each marked cell's own fill and comment in
 * its very hidden sheet gouji_state (src/hosts/wps/state-sheet.ts: row 2 holds the key 'originals', the
 * number of chunks, then the JSON in chunks prefixed 'j:'; src/hosts/wps/marks.ts: colours as BGR
 * integers, patterns and colour indexes as ET constants). 清除标记 in Excel restores the cells that still
 * show WPS's mark (its colour, its note text) and empties the record, in bounded syncs with events off.
 */

import { NOTE_PREFIX } from '../../core/marks';
import { hexFromBgr } from '../wps/color';
import type { ExcelCapabilities } from './capabilities';
import { queueCellReads, SheetProxies, type CellsBySheet } from './cell-reads';
import type { ForeignRecords } from './copy-record';
import type { ExcelContext, RangeLike, WorksheetLike } from './office-types';
import { BYTES_PER_CALL, Payload, readInPages, textBytes } from './payload';
import { NO_FILL, restoreFill, userPart, type SavedFill } from './saved-marks';

const ORIGINALS_ROW = 1; // 0-based: row 2
const CHUNK_PREFIX = 'j:';
/** A chunk of WPS's record in the answer: 8,000 characters, Chinese at most. */
const CHUNK_BYTES = 3 * 8000 + 100;
const XL_NONE = -4142;

interface WpsCell {
  sheet: string;
  cell: string;
  fill: { color: number | null; pattern: number | null; colorIndex: number | null };
  note: string | null;
  paintedColor: number;
  paintedNote: string;
}

/** WPS's original fill as Excel's: no fill, or a solid colour (a hatch's pattern is ET's, not Excel's). */
function fillOfWps(fill: WpsCell['fill']): SavedFill {
  const none =
    fill.pattern === XL_NONE ||
    fill.colorIndex === XL_NONE ||
    fill.color === null ||
    (fill.pattern === null && fill.colorIndex === null && fill.color === 0xffffff);
  return none || fill.color === null ? NO_FILL : { pattern: 'Solid', color: hexFromBgr(fill.color) };
}

function parse(text: string): WpsCell[] {
  try {
    const cells = (JSON.parse(text) as { cells?: unknown }).cells;
    if (!Array.isArray(cells)) return [];
    return cells.filter(
      (c): c is WpsCell =>
        Boolean(c) &&
        typeof c.sheet === 'string' &&
        typeof c.cell === 'string' &&
        /^[A-Z]{1,3}[1-9]\d{0,6}$/.test(c.cell) &&
        typeof c.paintedColor === 'number' &&
        typeof c.fill === 'object' &&
        c.fill !== null,
    );
  } catch {
    return [];
  }
}

/** WPS's record of originals, read in pages; null when the workbook has none. */
async function readWpsRecord(
  sheet: WorksheetLike,
  payload: Payload,
): Promise<{ sheet: WorksheetLike; cells: WpsCell[]; width: number } | null> {
  if (sheet.isNullObject) return null;
  const head = sheet.getRangeByIndexes(ORIGINALS_ROW, 0, 1, 2); // ExcelApi 1.7
  head.load('values');
  await payload.sync();
  const [key, count] = head.values[0] ?? [];
  if (key !== 'originals' || typeof count !== 'number' || !Number.isInteger(count) || count < 1) return null;
  const pages: RangeLike[] = [];
  await readInPages(
    payload,
    count,
    () => BYTES_PER_CALL + CHUNK_BYTES,
    (from, to) => {
      const range = sheet.getRangeByIndexes(ORIGINALS_ROW, 2 + from, 1, to - from);
      range.load('values');
      pages.push(range);
    },
  );
  const chunks = pages.flatMap((p) => p.values[0] ?? []);
  if (chunks.some((c) => typeof c !== 'string' || !c.startsWith(CHUNK_PREFIX))) return null;
  const text = chunks.map((c) => (c as string).slice(CHUNK_PREFIX.length)).join('');
  return { sheet, cells: parse(text), width: count + 2 };
}

/** Restores the cells WPS marked and empties its record; returns how many cells were restored. */
export async function restoreWpsRecord(
  ctx: ExcelContext,
  capabilities: ExcelCapabilities,
  found: ForeignRecords,
): Promise<number> {
  const payload = new Payload(ctx);
  const record = await readWpsRecord(found.wps, payload);
  if (!record) return 0;
  const names = found.names;
  const cells = record.cells.filter((c) => names.has(c.sheet));
  const proxies = new SheetProxies(ctx);
  const bySheet: CellsBySheet = new Map();
  const painted = new Map<string, string>();
  for (const c of cells) {
    const list = bySheet.get(c.sheet) ?? [];
    list.push(c.cell);
    bySheet.set(c.sheet, list);
    painted.set(`${c.sheet}!${c.cell}`, c.paintedNote);
  }
  const reads = await queueCellReads(proxies, capabilities, bySheet, payload, (sheet, cell) =>
    textBytes(painted.get(`${sheet}!${cell}`) ?? ''),
  );
  let eventsOff = false;
  let restored = 0;
  try {
    if (capabilities.events) {
      await payload.reserve(BYTES_PER_CALL);
      ctx.runtime.enableEvents = false; // ExcelApi 1.8
      eventsOff = true;
    }
    for (const c of cells) {
      let changed = false;
      const now = reads.fill(c.sheet, c.cell);
      // A fill the user changed since WPS painted it is theirs: leave it.
      if (now.pattern === 'Solid' && now.color.toUpperCase() === hexFromBgr(c.paintedColor)) {
        await payload.reserve(4 * BYTES_PER_CALL);
        restoreFill(proxies.get(c.sheet).getRange(c.cell).format.fill, fillOfWps(c.fill));
        changed = true;
      }
      const note = reads.note(c.sheet, c.cell);
      const proxy = reads.noteProxy(c.sheet, c.cell);
      if (proxy && note !== null && note.split(/\r?\n/).some((l) => l.startsWith(NOTE_PREFIX))) {
        const target = note.endsWith(c.paintedNote) ? (c.note ?? '') : userPart(note).trim();
        await payload.reserve(BYTES_PER_CALL + textBytes(target));
        if (target === '')
          proxy.delete(); // ExcelApi 1.18
        else proxy.content = target;
        changed = true;
      }
      if (changed) restored++;
    }
    // The record goes: its row emptied, as WPS does when it has restored every cell.
    await payload.reserve(2 * BYTES_PER_CALL + 3 * record.width);
    const row = record.sheet.getRangeByIndexes(ORIGINALS_ROW, 0, 1, record.width) as RangeLike & {
      values: unknown[][];
    };
    row.values = [new Array(record.width).fill('')];
    if (eventsOff) ctx.runtime.enableEvents = true;
    await payload.sync();
    eventsOff = false;
  } finally {
    if (eventsOff) {
      ctx.runtime.enableEvents = true;
      await ctx.sync().catch(() => undefined);
    }
  }
  return restored;
}
