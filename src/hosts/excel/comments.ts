/**
 * Threaded comments (ExcelApi 1.10) where notes (1.18) are missing. 勾稽's text is a comment of its
 * own on a cell without one, or a reply under the user's comment; both start with NOTE_PREFIX, so
 * removing them leaves the user's comments exactly as they were.
 */

import { NOTE_PREFIX } from '../../core/marks';
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

  /** First batch: every comment with its replies. */
  constructor(context: ExcelContext) {
    this.collection = context.workbook.comments;
    this.collection.load('items/id,items/content,items/replies/items/id,items/replies/items/content');
  }

  /** The user's comments (not 勾稽's), after the first sync. */
  private userComments(): CommentLike[] {
    return this.collection.items.filter((c) => !c.content.startsWith(NOTE_PREFIX));
  }

  /** Second batch: where each of the user's comments sits. Returns false when there is none to locate. */
  queueLocations(): boolean {
    this.locations = this.userComments().map((comment) => {
      const range = comment.getLocation(); // ExcelApi 1.10
      range.load('address');
      return { comment, range };
    });
    return this.locations.length > 0;
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
  queueRemoveOurs(): void {
    for (const comment of this.collection.items) {
      if (comment.content.startsWith(NOTE_PREFIX)) {
        comment.delete();
        continue;
      }
      const ours: CommentReplyLike[] = comment.replies.items.filter((r) => r.content.startsWith(NOTE_PREFIX));
      for (const reply of ours) reply.delete();
    }
  }

  hasOurs(): boolean {
    return this.collection.items.some(
      (c) =>
        c.content.startsWith(NOTE_PREFIX) || c.replies.items.some((r) => r.content.startsWith(NOTE_PREFIX)),
    );
  }

  queueAdd(sheetAddress: string, sheet: string, cell: string, text: string): void {
    const user = this.userCommentAt(sheet, cell);
    if (user) user.replies.add(text);
    else this.collection.add(sheetAddress, text);
  }
}
