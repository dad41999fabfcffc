/**
 * The note writes of a paint or a clear (ExcelApi 1.18), sent after the fills and the record have landed,
 * so that a note Excel refuses (one it was not predicted to refuse: a thread added meanwhile, a sheet
 * protected meanwhile) stops neither the fills nor the other notes. RichAPI ends a batch at the first
 * command that fails, those before it applied: after a refusal, the notes still to write are read back,
 * the first that is not as written is the refused one (reported), and the rest go again.
 */

import { qualified } from './addresses';
import type { SheetProxies } from './cell-reads';
import type { NoteLike } from './office-types';
import { BYTES_PER_CALL, isPayloadError, textBytes, type Payload } from './payload';

interface NoteWrite {
  sheet: string;
  cell: string;
  /** The note's text after the write; null removes the note. */
  content: string | null;
  /** The note as read before (null: the cell had none). */
  proxy: NoteLike | null;
}

export class NoteWrites {
  private readonly list: NoteWrite[] = [];
  /** Cells ('Sheet'!A1) whose note Excel refused. */
  readonly refused: string[] = [];

  constructor(private readonly sheets: SheetProxies) {}

  get size(): number {
    return this.list.length;
  }

  plan(sheet: string, cell: string, content: string | null, proxy: NoteLike | null): void {
    if (content === null && !proxy) return;
    this.list.push({ sheet, cell, content, proxy });
  }

  private async queue(w: NoteWrite, payload: Payload): Promise<void> {
    // notes.add(cell, content): a path with both as arguments, and its action.
    await payload.reserve(2 * BYTES_PER_CALL + textBytes(w.content ?? '') + w.cell.length);
    if (w.content === null)
      w.proxy?.delete(); // ExcelApi 1.18
    else if (w.proxy) w.proxy.content = w.content;
    else this.sheets.get(w.sheet).notes.add(w.cell, w.content); // ExcelApi 1.18
  }

  /** Send every write; `finish` queues what goes last (the record, events back on), again after a refusal. */
  async flush(payload: Payload, finish: () => void | Promise<void>): Promise<void> {
    let start = 0;
    for (;;) {
      try {
        for (let i = start; i < this.list.length; i++) await this.queue(this.list[i], payload);
        await finish();
        await payload.sync();
        return;
      } catch (error) {
        if (isPayloadError(error)) throw error;
        const rest = this.list.slice(start);
        const now = rest.map((w) => {
          const note = this.sheets.get(w.sheet).notes.getItemOrNullObject(w.cell); // ExcelApi 1.18
          note.load('content');
          return note;
        });
        await payload.sendReads(
          rest.reduce((n, w) => n + 3 * BYTES_PER_CALL + textBytes(w.content ?? ''), 0),
        );
        const failed = rest.findIndex((w, i) =>
          w.content === null ? !now[i].isNullObject : now[i].isNullObject || now[i].content !== w.content,
        );
        if (failed < 0) throw error; // every note is as written: the failure was not a note's
        const w = rest[failed];
        this.refused.push(qualified(w.sheet, w.cell));
        // A note proxy from before a refused add or delete is no longer what the cell has: read again.
        for (let i = failed + 1; i < rest.length; i++) rest[i].proxy = now[i].isNullObject ? null : now[i];
        start += failed + 1;
      }
    }
  }
}
