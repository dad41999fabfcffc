/**
 * A zip entry decompressed into a buffer of its declared size, kept only when its CRC-32 and size match the
 * directory's: then it is exactly the stored part. node:zlib inflates it natively in one call (fflate's
 * streaming inflater, read-zip's, which counts real bytes against the limits, took most of the read's time);
 * a part whose header tells the truth needs nothing more. Null when the header lies or the data is damaged:
 * the caller then streams and counts.
 */

import * as zlib from 'node:zlib';
import { rawData, type ZipEntry } from '../../../export/zip/read-zip';
import { crc32 as tableCrc32 } from '../../../export/zip/crc32';

/** Node's native CRC-32 (zlib.crc32, Node ≥ 20.15), else the project's table-driven one: the same number. */
const crc32: (data: Uint8Array) => number =
  (zlib as { crc32?: (data: Uint8Array) => number }).crc32 ?? tableCrc32;

/** Deflate data is never much longer than what it holds (stored blocks: 5 bytes a 64 KB block, a header). */
const longerThanItHolds = (raw: Uint8Array, size: number) =>
  raw.length > size + 5 * (Math.ceil(size / 65535) + 1) + 64;

/**
 * The part inflated, or null once it passes its declared size: zlib stops at `maxOutputLength` (it makes its
 * output 16 KB at a time and throws as soon as the total passes the bound), so a part declared at 200 bytes
 * that would inflate to 2 GiB costs one 16 KB chunk, never its whole output.
 */
function inflateWithin(raw: Uint8Array, size: number): Uint8Array | null {
  try {
    // maxOutputLength must be at least 1; an empty part that inflates to 1 byte is then refused below.
    const out = zlib.inflateRawSync(raw, { maxOutputLength: Math.max(1, size) });
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  } catch {
    return null;
  }
}

export function inflateExact(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const raw = rawData(bytes, entry);
  let data: Uint8Array | null;
  if (entry.method === 0) data = raw;
  else if (entry.method === 8) {
    if (longerThanItHolds(raw, entry.size)) return null;
    data = inflateWithin(raw, entry.size);
  } else return null;
  return data !== null && data.length === entry.size && crc32(data) === entry.crc ? data : null;
}
