/**
 * A zip entry decompressed in one step into a buffer of its declared size, kept only when its CRC-32 and size
 * match the directory's: then it is exactly the stored part. fflate's streaming inflater (read-zip's, which
 * counts real bytes against the limits) spends most of its time growing buffers; a part whose header tells
 * the truth needs none of that. Null when the header lies or the data is damaged: the caller then streams.
 */

import { inflateSync } from 'fflate';
import { rawData, type ZipEntry } from '../../../export/zip/read-zip';
import { crc32 } from '../../../export/zip/write-zip';

export function inflateExact(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const raw = rawData(bytes, entry);
  let data: Uint8Array;
  if (entry.method === 0) data = raw;
  else if (entry.method === 8)
    try {
      // Writes past the declared size are dropped by fflate: a longer part fails the CRC below.
      data = inflateSync(raw, { out: new Uint8Array(entry.size) });
    } catch {
      return null;
    }
  else return null;
  return data.length === entry.size && crc32(data) === entry.crc ? data : null;
}
