/**
 * The request context of the fake: commands queue up and run only at sync(), in order, as in office.js.
 * A proxy's properties are readable only after load() and a sync (PropertyNotLoaded otherwise).
 */

import type { CellRange } from '../../../src/core/snapshot';
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

/**
 * The office.js the add-in loaded. 'cdn': Microsoft's CDN, every member of every API set (Excel then
 * refuses at sync what its own ExcelApi version lacks). 'stale': @microsoft/office-js 1.1.110 from npm,
 * which has no Worksheet.notes and no RangeAreas.select (ExcelApi 1.18) whatever Excel supports.
 */
export type LibrarySurface = 'cdn' | 'stale';

/**
 * How getCellProperties reports fills. 'documented': pattern 'None' and #FFFFFF for no fill, 'Solid'
 * for a solid fill. 'patternNull': builds that read pattern null for no fill, white and solid fills
 * alike, with tintAndShade null for no fill (office-js issues 4900 and 6218).
 */
export type FillReadings = 'documented' | 'patternNull';

/** What outlives one Excel.run: the open document and the add-in runtime. */
export interface Session {
  doc: DocumentModel;
  /** ExcelApi 1.x supported: 18 means up to ExcelApi 1.18. */
  apiMinor: number;
  library: LibrarySurface;
  fillReadings: FillReadings;
  syncs: number;
  writes: WriteRecord[];
  enableEvents: boolean;
  handlers: Set<ChangeHandler>;
  /** The selected cells of the active sheet, and the rectangles they were selected as. */
  selection: { sheet: string; cells: string[]; areas: CellRange[] } | null;
  activeSheet: string | null;
  /** Cells whose values a sync sent back (to catch hosts loading millions of cells). */
  cellsLoaded: number;
  /**
   * Operations this workbook refuses with AccessDenied, as a protected one does: 'structure' (a protected
   * workbook structure: no sheet added, deleted, hidden or shown; workbook.protection.protected reads
   * true), 'worksheet.delete' (deleting sheets only).
   */
  refuse: Set<string>;
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

/** Excel on the web rejects a request or a response over 5 MB (RichApi.Error). */
export const MAX_PAYLOAD_BYTES = 5 * 1024 * 1024;
/** What one queued command adds to a request besides its arguments (the action, its ids). */
const REQUEST_BYTES_PER_COMMAND = 120;
/**
 * What one object path adds to the request that first uses it, as office.js sends it: the path
 * ({"Id","ObjectPathType","Name","ParentObjectPathId","ArgumentInfo"}) and its Instantiate action, besides
 * its arguments. `sheet.getRange("C4").format.fill.color = x` sends three paths and one action.
 */
export const OBJECT_PATH_BYTES = 150;
/** What one loaded property adds to a response besides its value. */
const RESPONSE_BYTES_PER_VALUE = 24;

/** The UTF-8 size of a value as JSON, as RichAPI sends it. */
export function jsonBytes(value: unknown): number {
  return value === undefined ? 4 : Buffer.byteLength(JSON.stringify(value) ?? 'null', 'utf8');
}

export class FakeContext {
  private queue: Array<() => void> = [];
  closed = false;
  /** Bytes of the request being built (sent at the next sync) and of the response being built. */
  requestBytes = 0;
  responseBytes = 0;
  /** The largest request and response of this context's syncs. */
  static largestRequest = 0;
  static largestResponse = 0;

  constructor(readonly session: Session) {}

  enqueue(command: () => void, argumentBytes = 0): void {
    if (this.closed) throw new OfficeError('InvalidObjectPath', 'The request context is no longer valid.');
    this.requestBytes += REQUEST_BYTES_PER_COMMAND + argumentBytes;
    this.queue.push(command);
  }

  /** A proxy created: its object path goes with the next request (arguments as JSON). */
  path(...args: unknown[]): void {
    this.requestBytes += OBJECT_PATH_BYTES + (args.length ? jsonBytes(args) : 0);
  }

  /** A value sent back to the add-in at this sync. */
  respond(value: unknown): void {
    this.responseBytes += RESPONSE_BYTES_PER_VALUE + jsonBytes(value);
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
    this.requestBytes += jsonBytes(value);
    this.session.writes.push({ sync: this.session.syncs + 1, target, property, value });
  }

  /**
   * Sends the queued commands. As RichAPI does, a request over the limit is refused whole; commands run
   * in order and the first that fails ends the batch (those before it stay applied); a response over
   * the limit fails the sync.
   */
  async sync(): Promise<void> {
    this.session.syncs++;
    this.session.cellsLoaded = 0;
    const commands = this.queue;
    const request = this.requestBytes;
    this.queue = [];
    this.requestBytes = 0;
    this.responseBytes = 0;
    FakeContext.largestRequest = Math.max(FakeContext.largestRequest, request);
    if (request > MAX_PAYLOAD_BYTES)
      throw new OfficeError(
        'RequestPayloadSizeLimitExceeded',
        `The request payload size has exceeded the limit (${request} bytes).`,
      );
    for (const command of commands) command();
    FakeContext.largestResponse = Math.max(FakeContext.largestResponse, this.responseBytes);
    if (this.session.cellsLoaded > MAX_CELLS_PER_SYNC || this.responseBytes > MAX_PAYLOAD_BYTES)
      throw new OfficeError(
        'ResponsePayloadSizeLimitExceeded',
        `The response payload size has exceeded the limit (${this.responseBytes} bytes, ${this.session.cellsLoaded} cells).`,
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
    for (const name of names) {
      const value = this.read(name);
      this.ctx.respond(value);
      this.loaded.set(name, value);
    }
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
