/**
 * Threaded comments (ExcelApi 1.10) where notes (1.18) are missing. 勾稽's text is a comment of its
 * own on a cell without one, or a reply under the user's comment; both start with NOTE_PREFIX, so
 * removing them leaves the user's comments exactly as they were.
 */

import { NOTE_PREFIX } from '../../core/marks';
import { BYTES_PER_CALL, isPayloadError, textBytes, type Payload } from './payload';
import type {
  CommentCollectionLike,
  CommentLike,
  CommentReplyLike,
  ExcelContext,
  RangeLike,
} from './office-types';

/** "'表 二'!A2" or "Sheet1!$A$2" as sheet and cell. */
export function splitQualified(address: string): { sheet: string; cell: string } {
  const bang = address.lastIndexOf('!');
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return {
    sheet,
    cell: address
      .slice(bang + 1)
      .replace(/\$/g, '')
      .split(':')[0]
      .toUpperCase(),
  };
}

export class CommentIndex {
  private readonly collection: CommentCollectionLike;
  private locations: Array<{ comment: CommentLike; range: RangeLike }> = [];
  private byCell: Map<string, CommentLike> | null = null;
  private readonly replies: Array<{ to: CommentLike; text: string }> = [];
  private readonly adds: Array<{ address: string; text: string }> = [];
  private deleted = 0;
  /** Cells where a comment could not be added (a legacy note the API below 1.18 cannot see). */
  readonly refused: string[] = [];

  /** First batch: every comment with its replies. */
  constructor(context: ExcelContext) {
    this.collection = context.workbook.comments;
    this.collection.load('items/id,items/content,items/replies/items/id,items/replies/items/content');
  }

  /** The user's comments (not 勾稽's), after the first sync. */
  private userComments(): CommentLike[] {
    return this.collection.items.filter((c) => !c.content.startsWith(NOTE_PREFIX));
  }

  /** Where each of the user's comments sits, read with the cells. */
  async queueLocations(payload: Payload): Promise<void> {
    this.locations = [];
    for (const comment of this.userComments()) {
      await payload.reserve(3 * BYTES_PER_CALL);
      const range = comment.getLocation(); // ExcelApi 1.10
      range.load('address');
      this.locations.push({ comment, range });
    }
  }

  /** The user's comment on a cell, after the second sync. */
  userCommentAt(sheet: string, cell: string): CommentLike | null {
    if (!this.byCell) {
      this.byCell = new Map();
      for (const { comment, range } of this.locations) {
        const at = splitQualified(range.address);
        this.byCell.set(`${at.sheet}!${at.cell}`, comment);
      }
    }
    return this.byCell.get(`${sheet}!${cell}`) ?? null;
  }

  /** Queue the removal of everything 勾稽 wrote: its comments and its replies. */
  async queueRemoveOurs(payload: Payload): Promise<void> {
    for (const comment of this.collection.items) {
      if (comment.content.startsWith(NOTE_PREFIX)) {
        await payload.reserve(BYTES_PER_CALL);
        comment.delete();
        this.deleted++;
        continue;
      }
      const ours: CommentReplyLike[] = comment.replies.items.filter((r) => r.content.startsWith(NOTE_PREFIX));
      for (const reply of ours) {
        await payload.reserve(BYTES_PER_CALL);
        reply.delete();
      }
    }
  }

  hasOurs(): boolean {
    return this.collection.items.some(
      (c) =>
        c.content.startsWith(NOTE_PREFIX) || c.replies.items.some((r) => r.content.startsWith(NOTE_PREFIX)),
    );
  }

  /** Plan 勾稽's text on a cell: a reply under the user's comment there, else a comment of its own. */
  plan(sheetAddress: string, sheet: string, cell: string, text: string): void {
    const user = this.userCommentAt(sheet, cell);
    if (user) this.replies.push({ to: user, text });
    else this.adds.push({ address: sheetAddress, text });
  }

  /** Queue the replies (they go where a comment already is, so nothing refuses them). */
  async queueReplies(payload: Payload): Promise<void> {
    for (const r of this.replies) {
      await payload.reserve(BYTES_PER_CALL + textBytes(r.text));
      r.to.replies.add(r.text); // ExcelApi 1.10
    }
  }

  /**
   * Queue the new comments, last of the batch; `finish` queues what ends the batch. Below ExcelApi 1.18 a
   * cell can carry a legacy note that the API cannot see, and Excel refuses a comment there: the batch
   * stops at that comment, those before it stay. Then the comments are counted to find the refused one,
   * which is skipped (the cell keeps its fill), and the rest are sent again.
   */
  async queueAdds(context: ExcelContext, payload: Payload, finish: () => void): Promise<void> {
    const before = this.collection.items.length - this.deleted;
    let start = 0;
    for (;;) {
      try {
        for (let i = start; i < this.adds.length; i++) {
          await payload.reserve(BYTES_PER_CALL + textBytes(this.adds[i].text) + this.adds[i].address.length);
          this.collection.add(this.adds[i].address, this.adds[i].text); // ExcelApi 1.10
        }
        finish();
        await payload.sync();
        return;
      } catch (error) {
        if (isPayloadError(error)) throw error;
        const all = context.workbook.comments;
        all.load('items/id');
        await context.sync();
        // Every add before the refused one went through, except those refused earlier.
        const failed = all.items.length - before + this.refused.length;
        if (failed < start || failed >= this.adds.length) throw error;
        this.refused.push(this.adds[failed].address);
        start = failed + 1;
      }
    }
  }
}
