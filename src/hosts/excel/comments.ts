/**
 * Threaded comments (ExcelApi 1.10) where notes (1.18) are missing. 勾稽's text is a comment of its
 * own on a cell without one, or a reply under the user's comment; both start with NOTE_PREFIX, so
 * removing them leaves the user's comments exactly as they were. Where notes are written (1.18), a cell
 * with the user's thread takes 勾稽's text as a reply too: Excel refuses a note beside a thread.
 */

import { NOTE_PREFIX } from '../../core/marks';
import { BYTES_PER_CALL, isPayloadError, readInPages, textBytes, type Payload } from './payload';
import type {
  ClientResultLike,
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

/** A comment in the answer besides its text: id, names, separators. */
const COMMENT_BYTES = 120;
/** The first guess of a comment's text before any was read (勾稽's own are about this long). */
const FIRST_TEXT_BYTES = 600;

export class CommentIndex {
  private readonly collection: CommentCollectionLike;
  /** Every comment, read in pages; the replies are read only under the user's comments. */
  private all: CommentLike[] = [];
  private locations: Array<{ comment: CommentLike; range: RangeLike }> = [];
  private byCell: Map<string, CommentLike> | null = null;
  private readonly replies: Array<{ to: CommentLike; text: string }> = [];
  private readonly adds: Array<{ address: string; text: string }> = [];
  private deleted = 0;
  /** Cells where a comment could not be added (a legacy note the API below 1.18 cannot see). */
  readonly refused: string[] = [];

  private readonly count: ClientResultLike<number>;

  /** Queued with the first batch: how many comments there are. */
  constructor(context: ExcelContext) {
    this.collection = context.workbook.comments;
    this.count = this.collection.getCount(); // ExcelApi 1.10
  }

  /**
   * After the first sync, reads every comment with its replies in pages under the payload budget,
   * sized from the longest comment and thread read so far (a workbook of 10,000 long comments is more
   * than one sync can answer). 勾稽's own comments have no replies: only the user's threads cost more.
   */
  async load(payload: Payload): Promise<void> {
    let longest = FIRST_TEXT_BYTES;
    const all: CommentLike[] = [];
    await readInPages(
      payload,
      this.count.value,
      () => COMMENT_BYTES + longest,
      (from, to) =>
        this.collection.load({
          select: 'id,content,replies/items/id,replies/items/content',
          top: to - from,
          skip: from,
        }),
      () => {
        for (const c of this.collection.items) {
          let bytes = textBytes(c.content);
          for (const r of c.replies.items) bytes += COMMENT_BYTES + textBytes(r.content);
          longest = Math.max(longest, bytes);
        }
        all.push(...this.collection.items);
      },
    );
    this.all = all;
  }

  /** The user's comments (not 勾稽's), after load(). */
  private userComments(): CommentLike[] {
    return this.all.filter((c) => !c.content.startsWith(NOTE_PREFIX));
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
    for (const comment of this.all) {
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
  async queueAdds(
    context: ExcelContext,
    payload: Payload,
    finish: () => void | Promise<void>,
  ): Promise<void> {
    const before = this.all.length - this.deleted;
    let start = 0;
    for (;;) {
      try {
        for (let i = start; i < this.adds.length; i++) {
          await payload.reserve(BYTES_PER_CALL + textBytes(this.adds[i].text) + this.adds[i].address.length);
          this.collection.add(this.adds[i].address, this.adds[i].text); // ExcelApi 1.10
        }
        await finish();
        await payload.sync();
        return;
      } catch (error) {
        if (isPayloadError(error)) throw error;
        const count = context.workbook.comments.getCount(); // ExcelApi 1.10
        await context.sync();
        const failed = count.value - before + this.refused.length;
        if (failed < start || failed >= this.adds.length) throw error;
        this.refused.push(this.adds[failed].address);
        start = failed + 1;
      }
    }
  }
}
