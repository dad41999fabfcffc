/**
 * A zip entry decompressed into a buffer of its declared size, kept only when its CRC-32 and size match the
 * directory's: then it is exactly the stored part. fflate's streaming inflater (read-zip's, which counts real
 * bytes against the limits) spends most of its time growing buffers; a part whose header tells the truth needs
 * none of that. Null when the header lies or the data is damaged: the caller then streams and counts.
 */

import { Inflate } from 'fflate';
import { rawData, type ZipEntry } from '../../../export/zip/read-zip';
import { crc32 } from '../../../export/zip/write-zip';

/**
 * Compressed bytes given to the inflater at a time. A part that inflates past its declared size is given up
 * after the chunk that crossed it: deflate expands at most about 1,032 times, so at most 66 MB of output is
 * made in vain (a part declared at 200 bytes that inflates to 2 GiB once took 11 s to inflate whole).
 */
const CHUNK = 64 * 1024;

/** Deflate data is never much longer than what it holds (stored blocks: 5 bytes a 64 KB block, a header). */
const longerThanItHolds = (raw: Uint8Array, size: number) =>
  raw.length > size + 5 * (Math.ceil(size / 65535) + 1) + 64;

function inflateWithin(raw: Uint8Array, size: number): Uint8Array | null {
  const out = new Uint8Array(size);
  let at = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    if (over || at + chunk.length > size) {
      over = true;
      return;
    }
    out.set(chunk, at);
    at += chunk.length;
  });
  let i = 0;
  do {
    inflater.push(raw.subarray(i, i + CHUNK), i + CHUNK >= raw.length);
    i += CHUNK;
  } while (i < raw.length && !over);
  return over ? null : out.subarray(0, at);
}

export function inflateExact(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const raw = rawData(bytes, entry);
  let data: Uint8Array | null;
  if (entry.method === 0) data = raw;
  else if (entry.method === 8) {
    if (longerThanItHolds(raw, entry.size)) return null;
    try {
      data = inflateWithin(raw, entry.size);
    } catch {
      return null;
    }
  } else return null;
  return data !== null && data.length === entry.size && crc32(data) === entry.crc ? data : null;
}
