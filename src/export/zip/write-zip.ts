/**
 * Writing a zip package from entries that are either copied as stored (their compressed bytes untouched)
 * or given anew (deflated here). Local headers always carry the sizes (no data descriptors).
 */

import { deflateSync } from 'fflate';
import { crc32 } from './crc32';
import { rawData, type ZipEntry } from './read-zip';

export { crc32 };

export type OutEntry = { copy: ZipEntry } | { name: string; data: Uint8Array };

interface Record {
  name: Uint8Array;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  data: Uint8Array;
  versionMadeBy: number;
  versionNeeded: number;
  internalAttributes: number;
  externalAttributes: number;
  extra: Uint8Array;
  comment: Uint8Array;
}

const encoder = new TextEncoder();

/** DOS time and date of now, as zip stores them. */
function dosNow(): { time: number; date: number } {
  const d = new Date();
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

function recordOf(e: OutEntry, source: Uint8Array): Record {
  if ('copy' in e) {
    const c = e.copy;
    return {
      name: encoder.encode(c.name),
      // Bit 3 (data descriptor) is cleared: the local header written here carries the sizes.
      flags: (c.flags & ~0x8) | 0x800,
      method: c.method,
      time: c.time,
      date: c.date,
      crc: c.crc,
      compressedSize: c.compressedSize,
      size: c.size,
      data: rawData(source, c),
      versionMadeBy: c.versionMadeBy,
      versionNeeded: c.versionNeeded,
      internalAttributes: c.internalAttributes,
      externalAttributes: c.externalAttributes,
      extra: new Uint8Array(0),
      comment: c.comment,
    };
  }
  const deflated = deflateSync(e.data, { level: 6 });
  const { time, date } = dosNow();
  return {
    name: encoder.encode(e.name),
    flags: 0x800,
    method: 8,
    time,
    date,
    crc: crc32(e.data),
    compressedSize: deflated.length,
    size: e.data.length,
    data: deflated,
    versionMadeBy: 20,
    versionNeeded: 20,
    internalAttributes: 0,
    externalAttributes: 0,
    extra: new Uint8Array(0),
    comment: new Uint8Array(0),
  };
}

class Writer {
  private parts: Uint8Array[] = [];
  length = 0;
  bytes(b: Uint8Array): void {
    this.parts.push(b);
    this.length += b.length;
  }
  u16(v: number): void {
    this.bytes(new Uint8Array([v & 0xff, (v >>> 8) & 0xff]));
  }
  u32(v: number): void {
    this.bytes(new Uint8Array([v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff]));
  }
  result(): Uint8Array {
    const out = new Uint8Array(this.length);
    let o = 0;
    for (const p of this.parts) {
      out.set(p, o);
      o += p.length;
    }
    return out;
  }
}

/** The package: entries in the order given; `source` is the package the copied entries come from. */
export function writeZip(entries: OutEntry[], source: Uint8Array): Uint8Array {
  const w = new Writer();
  const records = entries.map((e) => recordOf(e, source));
  const offsets: number[] = [];
  for (const r of records) {
    offsets.push(w.length);
    w.u32(0x04034b50);
    w.u16(r.versionNeeded);
    w.u16(r.flags);
    w.u16(r.method);
    w.u16(r.time);
    w.u16(r.date);
    w.u32(r.crc);
    w.u32(r.compressedSize);
    w.u32(r.size);
    w.u16(r.name.length);
    w.u16(0);
    w.bytes(r.name);
    w.bytes(r.data);
  }
  const cdStart = w.length;
  records.forEach((r, i) => {
    w.u32(0x02014b50);
    w.u16(r.versionMadeBy);
    w.u16(r.versionNeeded);
    w.u16(r.flags);
    w.u16(r.method);
    w.u16(r.time);
    w.u16(r.date);
    w.u32(r.crc);
    w.u32(r.compressedSize);
    w.u32(r.size);
    w.u16(r.name.length);
    w.u16(r.extra.length);
    w.u16(r.comment.length);
    w.u16(0);
    w.u16(r.internalAttributes);
    w.u32(r.externalAttributes);
    w.u32(offsets[i]);
    w.bytes(r.name);
    w.bytes(r.extra);
    w.bytes(r.comment);
  });
  const cdSize = w.length - cdStart;
  w.u32(0x06054b50);
  w.u16(0);
  w.u16(0);
  w.u16(records.length);
  w.u16(records.length);
  w.u32(cdSize);
  w.u32(cdStart);
  w.u16(0);
  return w.result();
}
