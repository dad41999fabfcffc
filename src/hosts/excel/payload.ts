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
    private readonly limit = MAX_SYNC_BYTES,
  ) {}

  /** Make room for a call of `bytes`: sends what is queued first when the call would not fit. */
  async reserve(bytes: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + bytes > this.limit) await this.sync();
    this.bytes += bytes;
  }

  /** Is anything queued since the last sync? */
  get pending(): boolean {
    return this.bytes > 0;
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
