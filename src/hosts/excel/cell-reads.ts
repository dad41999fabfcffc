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
import { BYTES_PER_CALL, type Payload } from './payload';
import { fillOf, type SavedFill } from './saved-marks';

/** getCellProperties' answer for one cell: {"format":{"fill":{…five properties…}}}. */
const FILL_BYTES_PER_CELL = 160;
/** A note read: getItemOrNullObject, load, and the answer (a user's note is rarely longer). */
const NOTE_READ_BYTES = 3 * BYTES_PER_CALL + 600;

export type CellsBySheet = Map<string, string[]>;

export interface CellReads {
  fill(sheet: string, cell: string): SavedFill;
  /** The note text, or null; always null when the host does not use notes. */
  note(sheet: string, cell: string): string | null;
  /** The note proxy (already known to exist) to rewrite or delete it. */
  noteProxy(sheet: string, cell: string): NoteLike | null;
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

export async function queueCellReads(
  sheets: SheetProxies,
  capabilities: ExcelCapabilities,
  cells: CellsBySheet,
  payload: Payload,
): Promise<CellReads> {
  const fills: Array<{
    sheet: string;
    top: number;
    left: number;
    result: ClientResultLike<CellPropertiesLike[][]>;
  }> = [];
  const notes = new Map<string, NoteLike>();
  for (const [sheet, list] of cells) {
    if (list.length === 0) continue;
    const ws = sheets.get(sheet);
    for (const seg of rowSegments(list)) {
      await payload.reserve(2 * BYTES_PER_CALL + FILL_BYTES_PER_CELL * (seg.right - seg.left + 1));
      const range = ws.getRangeByIndexes(seg.top, seg.left, 1, seg.right - seg.left + 1); // ExcelApi 1.7
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
      fills.push({ sheet, top: seg.top, left: seg.left, result });
    }
    if (capabilities.notes === 'note')
      for (const cell of list) {
        await payload.reserve(NOTE_READ_BYTES);
        const note = ws.notes.getItemOrNullObject(cell); // ExcelApi 1.18
        note.load('content');
        notes.set(`${sheet}!${cell}`, note);
      }
  }

  let fillByCell: Map<string, SavedFill> | null = null;
  const fillMap = () => {
    if (fillByCell) return fillByCell;
    fillByCell = new Map();
    for (const f of fills)
      f.result.value[0].forEach((p, i) =>
        fillByCell!.set(`${f.sheet}!${toA1(f.top, f.left + i)}`, fillOf(p.format?.fill)),
      );
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
  };
}
