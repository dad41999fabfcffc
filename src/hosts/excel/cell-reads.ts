/**
 * Queues the reads of the current fill and note of many cells, in as many syncs as their payload needs;
 * answers after the last sync.
 */

import { toA1 } from '../../core/address';
import { rowSegments } from './addresses';
import type { ExcelCapabilities } from './capabilities';
import type {
  CellPropertiesLike,
  ClientResultLike,
  ExcelContext,
  NoteLike,
  WorksheetLike,
} from './office-types';
import { BYTES_PER_CALL, readInPages, textBytes, type Payload } from './payload';
import { fillOf, type SavedFill } from './saved-marks';

/** getCellProperties' answer for one cell: {"format":{"fill":{…five properties…}}}. */
const FILL_BYTES_PER_CELL = 160;
/** A note read besides its text: getItemOrNullObject, load, and the answer's frame. */
const NOTE_READ_BYTES = 3 * BYTES_PER_CALL;
/** The first guess of a note's text where nothing is known of it. */
const FIRST_NOTE_BYTES = 600;

export type CellsBySheet = Map<string, string[]>;

export interface CellReads {
  fill(sheet: string, cell: string): SavedFill;
  /** The note text, or null; always null when the host does not use notes. */
  note(sheet: string, cell: string): string | null;
  /** The note proxy (already known to exist) to rewrite or delete it. */
  noteProxy(sheet: string, cell: string): NoteLike | null;
  /** Was a fill read with pattern null (a build that cannot tell a hatch from a solid fill)? */
  readonly patternsUnread: boolean;
}

/** One worksheet proxy per sheet name within a batch. */
export class SheetProxies {
  private readonly cache = new Map<string, WorksheetLike>();
  constructor(private readonly context: ExcelContext) {}

  get(name: string): WorksheetLike {
    let ws = this.cache.get(name);
    if (!ws) {
      ws = this.context.workbook.worksheets.getItem(name); // ExcelApi 1.1
      this.cache.set(name, ws);
    }
    return ws;
  }
}

/**
 * Queues the fill reads with what else is queued, then reads the notes in pages of their own: each
 * sized from what is known of the note (`noteBytes`: the saved note and 勾稽's text) or the longest
 * note read so far, and halved when Excel refuses the answer all the same.
 */
export async function queueCellReads(
  sheets: SheetProxies,
  capabilities: ExcelCapabilities,
  cells: CellsBySheet,
  payload: Payload,
  noteBytes: (sheet: string, cell: string) => number = () => 0,
): Promise<CellReads> {
  type Read =
    | { kind: 'fill'; sheet: string; top: number; left: number; width: number }
    | { kind: 'note'; sheet: string; cell: string };
  const list: Read[] = [];
  for (const [sheet, cellList] of cells) {
    for (const seg of rowSegments(cellList))
      list.push({ kind: 'fill', sheet, top: seg.top, left: seg.left, width: seg.right - seg.left + 1 });
    if (capabilities.notes === 'note') for (const cell of cellList) list.push({ kind: 'note', sheet, cell });
  }
  // Keyed by segment: a page read again replaces the unanswered results of the refused one.
  const fills = new Map<
    string,
    { sheet: string; top: number; left: number; result: ClientResultLike<CellPropertiesLike[][]> }
  >();
  const notes = new Map<string, NoteLike>();
  let longest = FIRST_NOTE_BYTES;
  await readInPages(
    payload,
    list.length,
    (i) => {
      const r = list[i];
      return r.kind === 'fill'
        ? 2 * BYTES_PER_CALL + FILL_BYTES_PER_CELL * r.width
        : NOTE_READ_BYTES + Math.max(longest, noteBytes(r.sheet, r.cell));
    },
    (from, to) => {
      for (const r of list.slice(from, to)) {
        const ws = sheets.get(r.sheet);
        if (r.kind === 'note') {
          const note = ws.notes.getItemOrNullObject(r.cell); // ExcelApi 1.18
          note.load('content');
          notes.set(`${r.sheet}!${r.cell}`, note);
          continue;
        }
        const range = ws.getRangeByIndexes(r.top, r.left, 1, r.width); // ExcelApi 1.7
        // One call reads the fill of a whole row segment (ExcelApi 1.9).
        const result = range.getCellProperties({
          format: {
            fill: {
              color: true,
              pattern: true,
              patternColor: true,
              tintAndShade: true,
              patternTintAndShade: true,
            },
          },
        });
        fills.set(`${r.sheet}!${r.top},${r.left}`, { sheet: r.sheet, top: r.top, left: r.left, result });
      }
    },
    (from, to) => {
      for (const r of list.slice(from, to)) {
        const note = r.kind === 'note' ? notes.get(`${r.sheet}!${r.cell}`) : undefined;
        if (note && !note.isNullObject) longest = Math.max(longest, textBytes(note.content));
      }
    },
    true,
  );

  let fillByCell: Map<string, SavedFill> | null = null;
  let unread = false;
  const fillMap = () => {
    if (fillByCell) return fillByCell;
    fillByCell = new Map();
    for (const f of fills.values())
      f.result.value[0].forEach((p, i) => {
        const fill = fillOf(p.format?.fill);
        if (fill.pattern !== 'None' && !p.format?.fill?.pattern) unread = true;
        fillByCell!.set(`${f.sheet}!${toA1(f.top, f.left + i)}`, fill);
      });
    return fillByCell;
  };
  const noteProxy = (sheet: string, cell: string) => {
    const note = notes.get(`${sheet}!${cell}`);
    return note && !note.isNullObject ? note : null;
  };
  return {
    fill: (sheet, cell) => fillMap().get(`${sheet}!${cell}`) ?? fillOf(undefined),
    note: (sheet, cell) => noteProxy(sheet, cell)?.content ?? null,
    noteProxy,
    get patternsUnread() {
      fillMap();
      return unread;
    },
  };
}
