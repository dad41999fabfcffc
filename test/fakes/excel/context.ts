/**
 * The request context of the fake: commands queue up and run only at sync(), in order, as in office.js.
 * A proxy's properties are readable only after load() and a sync (PropertyNotLoaded otherwise).
 */

import type { DocumentModel } from './model';

export interface ChangeArgs {
  address: string;
  worksheetId: string;
  changeType: string;
  triggerSource?: string;
  /** ExcelApi 1.9, for a change of one cell only. */
  details?: { valueBefore: unknown; valueAfter: unknown };
}

export type ChangeHandler = (args: ChangeArgs) => Promise<unknown>;

export interface WriteRecord {
  /** The sync the write was sent with (1-based, counted over the session). */
  sync: number;
  target: string;
  property: string;
  value: unknown;
}

/** What outlives one Excel.run: the open document and the add-in runtime. */
export interface Session {
  doc: DocumentModel;
  /** ExcelApi 1.x supported: 18 means up to ExcelApi 1.18. */
  apiMinor: number;
  syncs: number;
  writes: WriteRecord[];
  enableEvents: boolean;
  handlers: Set<ChangeHandler>;
  selection: { sheet: string; cells: string[] } | null;
  activeSheet: string | null;
  /** Cells whose values a sync sent back (to catch hosts loading millions of cells). */
  cellsLoaded: number;
  emitChange(
    sheetName: string,
    address: string,
    trigger: 'ThisLocalAddin' | 'Unknown',
    details?: ChangeArgs['details'],
  ): void;
}

export class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

/** Responses over this many cells fail, as Excel on the web's payload limit (about 5 MB) does. */
export const MAX_CELLS_PER_SYNC = 1_000_000;

export class FakeContext {
  private queue: Array<() => void> = [];
  closed = false;

  constructor(readonly session: Session) {}

  enqueue(command: () => void): void {
    if (this.closed) throw new OfficeError('InvalidObjectPath', 'The request context is no longer valid.');
    this.queue.push(command);
  }

  get pending(): number {
    return this.queue.length;
  }

  requireApi(minor: number, what: string): void {
    if (this.session.apiMinor < minor)
      throw new OfficeError(
        'ApiNotFound',
        `${what} needs ExcelApi 1.${minor}; this Excel has 1.${this.session.apiMinor}.`,
      );
  }

  recordWrite(target: string, property: string, value: unknown): void {
    this.session.writes.push({ sync: this.session.syncs + 1, target, property, value });
  }

  async sync(): Promise<void> {
    this.session.syncs++;
    this.session.cellsLoaded = 0;
    const commands = this.queue;
    this.queue = [];
    for (const command of commands) command();
    if (this.session.cellsLoaded > MAX_CELLS_PER_SYNC)
      throw new OfficeError(
        'ResponsePayloadSizeLimitExceeded',
        `A sync loaded ${this.session.cellsLoaded} cells.`,
      );
  }
}

function parseNames(names?: string | string[]): string[] {
  if (names === undefined) return [];
  const list = Array.isArray(names) ? names : names.split(',');
  return list.map((n) => n.trim()).filter(Boolean);
}

/** The base of every proxy: load() queues a read; properties throw until a sync answered it. */
export abstract class FakeObject {
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(protected readonly ctx: FakeContext) {}

  /** Is the target missing (for *OrNullObject proxies)? Throws ItemNotFound for plain ones. */
  protected abstract exists(): boolean;
  protected abstract read(name: string): unknown;

  load(names?: string | string[]): this {
    const list = parseNames(names);
    this.ctx.enqueue(() => this.loadNow(list));
    return this;
  }

  /** Runs inside a sync; also used by collections that load their items. */
  loadNow(names: string[]): void {
    this.nullState = !this.exists();
    if (this.nullState) return;
    for (const name of names) this.loaded.set(name, this.read(name));
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined)
      throw new OfficeError(
        'PropertyNotLoaded',
        "The property 'isNullObject' is not available before load() and sync().",
      );
    return this.nullState;
  }

  protected prop<T>(name: string): T {
    if (this.nullState === true) return null as T;
    if (!this.loaded.has(name))
      throw new OfficeError(
        'PropertyNotLoaded',
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    return this.loaded.get(name) as T;
  }

  /** A property write: recorded now, applied at the next sync. */
  protected write(target: string, property: string, value: unknown, apply: () => void): void {
    this.ctx.recordWrite(target, property, value);
    this.ctx.enqueue(apply);
  }
}

/** The result of a method call that returns a value after the next sync. */
export class FakeClientResult<T> {
  private settled = false;
  private result: T | undefined;

  set(value: T): void {
    this.settled = true;
    this.result = value;
  }

  get value(): T {
    if (!this.settled)
      throw new OfficeError(
        'PropertyNotLoaded',
        'The value of the result object has not been loaded yet. Call "context.sync()" first.',
      );
    return this.result as T;
  }
}
