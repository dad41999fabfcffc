/**
 * Reading a zip package (.xlsx, .docx) entry by entry from its central directory, without decompressing
 * anything until asked (./inflate-entry decompresses one entry with a cap on its size: a zip bomb stops at
 * the cap). No decompressor is loaded here: the command line reads a well-formed .xlsx without fflate.
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  /** The size the central directory declares (a hostile file may lie: inflateEntry counts for itself). */
  size: number;
  time: number;
  date: number;
  /** Offset of the compressed data in the package. */
  dataStart: number;
  /** The central directory record's version fields and attributes, kept for a faithful copy. */
  versionMadeBy: number;
  versionNeeded: number;
  internalAttributes: number;
  externalAttributes: number;
  extra: Uint8Array;
  comment: Uint8Array;
}

/** The package is not a zip this reader handles (damaged, zip64, encrypted). */
export class ZipFormatError extends Error {}

/** An entry decompresses to more than the cap allows. */
export class ZipLimitError extends Error {
  constructor(
    readonly entry: string,
    readonly limit: number,
  ) {
    super(`${entry} exceeds ${limit} bytes`);
  }
}

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) =>
  (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;

const utf8 = new TextDecoder('utf-8');
const cp437ish = new TextDecoder('latin1');

export function readZip(bytes: Uint8Array): ZipEntry[] {
  // End of central directory: the last "PK\x05\x06" within the final 64 KB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--)
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new ZipFormatError('no end of central directory');
  const count = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdStart = u32(bytes, eocd + 16);
  if (count === 0xffff || cdStart === 0xffffffff) throw new ZipFormatError('zip64');
  if (cdStart + cdSize > bytes.length) throw new ZipFormatError('central directory out of range');
  const entries: ZipEntry[] = [];
  let p = cdStart;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) throw new ZipFormatError('bad central record');
    const flags = u16(bytes, p + 8);
    const nameLength = u16(bytes, p + 28);
    const extraLength = u16(bytes, p + 30);
    const commentLength = u16(bytes, p + 32);
    const localOffset = u32(bytes, p + 42);
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLength);
    const compressedSize = u32(bytes, p + 20);
    if (localOffset + 30 > bytes.length || u32(bytes, localOffset) !== 0x04034b50)
      throw new ZipFormatError('bad local header');
    if (flags & 1) throw new ZipFormatError('encrypted entry');
    const dataStart = localOffset + 30 + u16(bytes, localOffset + 26) + u16(bytes, localOffset + 28);
    if (dataStart + compressedSize > bytes.length) throw new ZipFormatError('entry out of range');
    entries.push({
      name: (flags & 0x800 ? utf8 : cp437ish).decode(nameBytes),
      versionMadeBy: u16(bytes, p + 4),
      versionNeeded: u16(bytes, p + 6),
      flags,
      method: u16(bytes, p + 10),
      time: u16(bytes, p + 12),
      date: u16(bytes, p + 14),
      crc: u32(bytes, p + 16),
      compressedSize,
      size: u32(bytes, p + 24),
      internalAttributes: u16(bytes, p + 36),
      externalAttributes: u32(bytes, p + 38),
      dataStart,
      extra: bytes.slice(p + 46 + nameLength, p + 46 + nameLength + extraLength),
      comment: bytes.slice(
        p + 46 + nameLength + extraLength,
        p + 46 + nameLength + extraLength + commentLength,
      ),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The entry's bytes as stored (compressed), for copying it unchanged. */
export function rawData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  return bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
}
