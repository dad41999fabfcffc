/**
 * Keeps every sync under the payload limit: Excel on the web refuses a request or a response over 5 MB
 * (RichApi.Error RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded). Each queued call
 * reserves its estimated bytes (request and response together); a call that would take the sync past
 * the budget first sends what is queued. The number of syncs then grows with the payload only.
 */

import type { ExcelContext } from './office-types';

/** The budget of one sync, request and response together: 4 MB, well under the 5 MB limit. */
export const MAX_SYNC_BYTES = 4 * 1024 * 1024;
/** What one call adds to a request besides its arguments (action and object path in RichAPI's JSON). */
export const BYTES_PER_CALL = 250;

/** The UTF-8 size of a text (RichAPI sends JSON in UTF-8: 3 bytes for each Chinese character). */
export function textBytes(text: string): number {
  let n = 2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? (c === 0x22 || c === 0x5c || c < 0x20 ? 2 : 1) : c < 0x800 ? 2 : 3;
  }
  return n;
}

export class Payload {
  private bytes = 0;
  /** Syncs sent through this payload, and the largest estimate sent in one. */
  syncs = 0;
  largest = 0;

  constructor(
    private readonly context: ExcelContext,
    readonly limit = MAX_SYNC_BYTES,
  ) {}

  /** Make room for a call of `bytes`: sends what is queued first when the call would not fit. */
  async reserve(bytes: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + bytes > this.limit) await this.sync();
    this.bytes += bytes;
  }

  /** The estimate of what is queued since the last sync. */
  get queued(): number {
    return this.bytes;
  }

  /** Is anything queued since the last sync? */
  get pending(): boolean {
    return this.bytes > 0;
  }

  /** Sends reads of an estimated `bytes` queued by the caller (nothing else may be pending). */
  async sendReads(bytes: number): Promise<void> {
    this.bytes = bytes;
    await this.sync();
  }

  async sync(): Promise<void> {
    this.largest = Math.max(this.largest, this.bytes);
    this.bytes = 0;
    this.syncs++;
    await this.context.sync();
  }
}

/** The errors of a sync over the limit: splitting differently cannot be done after the fact. */
export function isPayloadError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code ?? '';
  return /PayloadSizeLimitExceeded/.test(code);
}

/**
 * Reads items `0…total-1` in pages, each page a sync of its own packed up to the budget by `bytesOf`
 * (asked again before each page, so it can learn from the answers already received); `queue(from, to)`
 * queues the reads of a page, `received(from, to)` takes the answers. A page over the limit all the same
 * is read again in halves: reads change nothing. With `join`, reads already queued (and only reads) go
 * with the first page, which then cannot be read again: its refusal is thrown.
 */
export async function readInPages(
  payload: Payload,
  total: number,
  bytesOf: (index: number) => number,
  queue: (from: number, to: number) => void,
  received: (from: number, to: number) => void = () => undefined,
  join = false,
): Promise<void> {
  if (payload.pending && !join) await payload.sync();
  let start = 0;
  let cap = Infinity;
  while (start < total) {
    const joined = payload.pending;
    let end = start;
    let bytes = payload.queued;
    while (end < total && end - start < cap) {
      const b = bytesOf(end);
      if ((end > start || joined) && bytes + b > payload.limit) break;
      bytes += b;
      end++;
    }
    try {
      queue(start, end);
      await payload.sendReads(bytes);
    } catch (error) {
      if (!isPayloadError(error) || end - start <= 1 || joined) throw error;
      cap = Math.ceil((end - start) / 2);
      continue;
    }
    received(start, end);
    start = end;
  }
}
