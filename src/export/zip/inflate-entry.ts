/**
 * One zip entry decompressed with a cap on its real size, whatever its header declares: a zip bomb stops at
 * the cap. Apart from ./read-zip so that reading the directory loads no decompressor.
 */

import { Inflate } from 'fflate';
import { rawData, ZipFormatError, ZipLimitError, type ZipEntry } from './read-zip';

/**
 * Decompresses the entry chunk by chunk, handing each chunk to `sink`; past `cap` real bytes (whatever the
 * header declares) a ZipLimitError, before the next chunk is made. Returns the real size.
 */
export function inflateEntryChunks(
  bytes: Uint8Array,
  entry: ZipEntry,
  cap: number,
  sink: (chunk: Uint8Array) => void,
): number {
  const raw = rawData(bytes, entry);
  if (entry.method === 0) {
    if (raw.length > cap) throw new ZipLimitError(entry.name, cap);
    sink(raw);
    return raw.length;
  }
  if (entry.method !== 8) throw new ZipFormatError(`compression method ${entry.method}`);
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > cap) throw new ZipLimitError(entry.name, cap);
    sink(chunk);
  });
  // Small input steps: one step of a bomb inflates to at most about 1,000 times its size.
  const STEP = 16 * 1024;
  for (let i = 0; i < raw.length; i += STEP)
    inflater.push(raw.subarray(i, Math.min(raw.length, i + STEP)), i + STEP >= raw.length);
  if (raw.length === 0) inflater.push(new Uint8Array(0), true);
  return total;
}

/** The entry's real decompressed size, counted without keeping it; past `cap` a ZipLimitError. */
export function inflatedSize(bytes: Uint8Array, entry: ZipEntry, cap: number): number {
  return inflateEntryChunks(bytes, entry, cap, () => undefined);
}

/** The entry decompressed; past `cap` bytes a ZipLimitError, whatever its header declares. */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, cap: number): Uint8Array {
  if (entry.method === 0) {
    const raw = rawData(bytes, entry);
    if (raw.length > cap) throw new ZipLimitError(entry.name, cap);
    return raw.slice();
  }
  const chunks: Uint8Array[] = [];
  const total = inflateEntryChunks(bytes, entry, cap, (c) => chunks.push(c));
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}
