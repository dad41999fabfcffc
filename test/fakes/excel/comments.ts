/** Threaded comments (ExcelApi 1.10) of the fake: the collection, read whole or in pages, and replies. */

import { fromA1 } from '../../../src/core/address';
import { FakeClientResult, FakeObject, OfficeError, type FakeContext } from './context';
import { newId, type CommentModel } from './model';
import { FakeRange } from './range';

class FakeCommentReply extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly comment: CommentModel,
    readonly replyId: string,
  ) {
    super(ctx);
  }
  protected exists(): boolean {
    return this.comment.replies.some((r) => r.id === this.replyId);
  }
  protected read(name: string): unknown {
    const reply = this.comment.replies.find((r) => r.id === this.replyId)!;
    if (name === 'id') return reply.id;
    if (name === 'content') return reply.content;
    throw new OfficeError('InvalidArgument', `The fake cannot load reply.${name}.`);
  }
  get id(): string {
    return this.prop('id');
  }
  get content(): string {
    return this.prop('content');
  }
  delete(): void {
    this.write(`reply ${this.replyId}`, 'delete()', null, () => {
      const i = this.comment.replies.findIndex((r) => r.id === this.replyId);
      if (i < 0) throw new OfficeError('ItemNotFound', 'The reply does not exist.');
      this.comment.replies.splice(i, 1);
    });
  }
}

class FakeComment extends FakeObject {
  private loadedReplies: FakeCommentReply[] | null = null;

  constructor(
    ctx: FakeContext,
    readonly model: CommentModel,
  ) {
    super(ctx);
  }
  protected exists(): boolean {
    return this.ctx.session.doc.comments.includes(this.model);
  }
  protected read(name: string): unknown {
    if (name === 'id') return this.model.id;
    if (name === 'content') return this.model.content;
    throw new OfficeError('InvalidArgument', `The fake cannot load comment.${name}.`);
  }
  loadReplies(props: string[]): void {
    this.loadedReplies = this.model.replies.map((r) => {
      const reply = new FakeCommentReply(this.ctx, this.model, r.id);
      reply.loadNow(props);
      return reply;
    });
  }
  get id(): string {
    return this.prop('id');
  }
  get content(): string {
    return this.prop('content');
  }
  get replies(): { readonly items: FakeCommentReply[]; add(content: string): FakeCommentReply } {
    const items = () => {
      if (!this.loadedReplies)
        throw new OfficeError('PropertyNotLoaded', "The property 'replies/items' is not loaded.");
      return this.loadedReplies;
    };
    const add = (content: string): FakeCommentReply => {
      const id = newId(this.ctx.session.doc);
      this.ctx.recordWrite(`comment ${this.model.id}`, 'replies.add()', content);
      this.ctx.enqueue(() => {
        if (!this.exists()) throw new OfficeError('ItemNotFound', 'The comment does not exist.');
        this.model.replies.push({ id, content });
      });
      return new FakeCommentReply(this.ctx, this.model, id);
    };
    return Object.defineProperty({ add }, 'items', { get: items, enumerable: true }) as {
      readonly items: FakeCommentReply[];
      add(content: string): FakeCommentReply;
    };
  }
  getLocation(): FakeRange {
    this.ctx.path();
    return new FakeRange(this.ctx, () => {
      const sheet = this.ctx.session.doc.sheets.find((s) => s.name === this.model.sheet);
      if (!sheet) return null;
      const { row, col } = fromA1(this.model.cell);
      return { sheet, top: row, left: col, bottom: row, right: col };
    });
  }
  delete(): void {
    this.write(`comment ${this.model.id}`, 'delete()', null, () => {
      const doc = this.ctx.session.doc;
      const i = doc.comments.indexOf(this.model);
      if (i < 0) throw new OfficeError('ItemNotFound', 'The comment does not exist.');
      doc.comments.splice(i, 1);
    });
  }
}

export class FakeCommentCollection {
  private loadedItems: FakeComment[] | null = null;
  constructor(private readonly ctx: FakeContext) {}

  /** Property names, or OfficeExtension.LoadOption ({ select, top, skip }: a page of the collection). */
  load(names?: string | string[] | { select?: string; top?: number; skip?: number }): this {
    const option = typeof names === 'object' && !Array.isArray(names) ? names : null;
    const raw = option ? (option.select ?? '') : (names as string | string[] | undefined);
    const list = (Array.isArray(raw) ? raw : (raw ?? '').split(','))
      .map((n) => n.trim())
      .filter(Boolean)
      .map((n) => (n.startsWith('items/') ? n : `items/${n}`));
    const own = list.filter((n) => /^items\/[^/]+$/.test(n)).map((n) => n.slice(6));
    const replies = list.filter((n) => n.startsWith('items/replies/items/')).map((n) => n.slice(20));
    const skip = option?.skip ?? 0;
    const top = option?.top ?? Infinity;
    this.ctx.enqueue(() => {
      this.ctx.requireApi(10, 'CommentCollection');
      this.loadedItems = this.ctx.session.doc.comments.slice(skip, skip + top).map((m) => {
        const c = new FakeComment(this.ctx, m);
        c.loadNow(own);
        if (replies.length) c.loadReplies(replies);
        return c;
      });
    });
    return this;
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.ctx.enqueue(() => {
      this.ctx.requireApi(10, 'CommentCollection.getCount');
      result.set(this.ctx.session.doc.comments.length);
      this.ctx.respond(result.value);
    });
    return result;
  }

  get items(): FakeComment[] {
    if (!this.loadedItems)
      throw new OfficeError(
        'PropertyNotLoaded',
        "The property 'items' is not available before load() and sync().",
      );
    return this.loadedItems;
  }

  add(cellAddress: string, content: string): FakeComment {
    const bang = cellAddress.lastIndexOf('!');
    if (bang < 0) throw new OfficeError('InvalidArgument', 'A comment address must include the sheet name.');
    let sheet = cellAddress.slice(0, bang);
    if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    const cellA1 = cellAddress
      .slice(bang + 1)
      .replace(/\$/g, '')
      .toUpperCase();
    const model: CommentModel = {
      id: newId(this.ctx.session.doc),
      sheet,
      cell: cellA1,
      content,
      replies: [],
    };
    this.ctx.recordWrite(`comment ${cellAddress}`, 'add()', content);
    this.ctx.enqueue(() => {
      this.ctx.requireApi(10, 'CommentCollection.add');
      const doc = this.ctx.session.doc;
      if (!doc.sheets.some((s) => s.name === sheet))
        throw new OfficeError('ItemNotFound', `No sheet ${sheet}.`);
      if (doc.comments.some((c) => c.sheet === sheet && c.cell === cellA1))
        throw new OfficeError('InvalidArgument', `A comment exists on ${cellAddress}.`);
      // Notes (批注) and threaded comments are separate; a cell carries one or the other.
      if (doc.sheets.find((s) => s.name === sheet)?.notes[cellA1] !== undefined)
        throw new OfficeError('GeneralException', `The cell ${cellAddress} already has a note.`);
      doc.comments.push(model);
    });
    return new FakeComment(this.ctx, model);
  }
}
