/**
 * Hostile workbook shapes built from a real workbook (no checked-in files): a part whose central directory
 * declares a few bytes but which inflates to many megabytes, a `<col>` span of millions of columns, thousands
 * of small merges. Used by the safety tests and by the fuzz run.
 */

import { Deflate, strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/** `megabytes` MB of `fill` deflated chunk by chunk (never held whole in memory). */
export function deflatedRun(megabytes: number, fill = 0x20): Uint8Array {
  const out: Uint8Array[] = [];
  const deflate = new Deflate({ level: 6 }, (chunk) => out.push(chunk));
  const mb = new Uint8Array(1024 * 1024).fill(fill);
  for (let i = 0; i < megabytes; i++) deflate.push(mb, i === megabytes - 1);
  return Buffer.concat(out);
}

const u32 = (b: Uint8Array, o: number) =>
  (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;

function setU32(b: Uint8Array, o: number, v: number): void {
  b[o] = v & 0xff;
  b[o + 1] = (v >>> 8) & 0xff;
  b[o + 2] = (v >>> 16) & 0xff;
  b[o + 3] = (v >>> 24) & 0xff;
}

/**
 * The package with `part` replaced by raw deflate data `data` whose local header and central directory
 * declare `declared` bytes once inflated (a lie when the data inflates to more).
 */
export function withLyingPart(xlsx: Uint8Array, part: string, data: Uint8Array, declared = 200): Uint8Array {
  const files = unzipSync(xlsx);
  const placeholder = new Uint8Array(8).fill(0x41);
  files[part] = placeholder;
  // Stored (level 0) so the placeholder's bytes can be found and replaced by the deflate data.
  const zip = zipSync(
    Object.fromEntries(Object.entries(files).map(([n, d]) => [n, [d, { level: 0 }]])),
  ) as Uint8Array;
  // Rebuild: local header, name, then data; copy every other entry as it is.
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let eocd = zip.length - 22;
  while (u32(zip, eocd) !== 0x06054b50) eocd--;
  const count = zip[eocd + 10] | (zip[eocd + 11] << 8);
  let p = u32(zip, eocd + 16);
  let offset = 0;
  for (let i = 0; i < count; i++) {
    const nameLength = zip[p + 28] | (zip[p + 29] << 8);
    const extraLength = zip[p + 30] | (zip[p + 31] << 8);
    const commentLength = zip[p + 32] | (zip[p + 33] << 8);
    const name = strFromU8(zip.subarray(p + 46, p + 46 + nameLength));
    const local = u32(zip, p + 42);
    const localLength =
      30 + (zip[local + 26] | (zip[local + 27] << 8)) + (zip[local + 28] | (zip[local + 29] << 8));
    const record = zip.slice(p, p + 46 + nameLength + extraLength + commentLength);
    let header = zip.slice(local, local + localLength);
    let body = zip.subarray(local + localLength, local + localLength + u32(zip, p + 20));
    if (name === part) {
      header = header.slice();
      body = data;
      for (const [h, at] of [
        [header, 8],
        [record, 10],
      ] as const) {
        h[at] = 8; // deflated
        h[at + 1] = 0;
      }
      for (const [h, at] of [
        [header, 18],
        [record, 20],
      ] as const) {
        setU32(h, at, data.length);
        setU32(h, at + 4, declared);
      }
    }
    setU32(record, 42, offset);
    chunks.push(header, body);
    offset += header.length + body.length;
    central.push(record);
    p += record.length;
  }
  const cd = Buffer.concat(central);
  const end = zip.slice(eocd, eocd + 22);
  setU32(end, 12, cd.length);
  setU32(end, 16, offset);
  end[20] = 0;
  end[21] = 0;
  return Buffer.concat([...chunks, cd, end]);
}

/** The first sheet's XML edited (a `<col>` span, merges). */
export function editFirstSheet(xlsx: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(xlsx);
  const name = 'xl/worksheets/sheet1.xml';
  files[name] = strToU8(edit(strFromU8(files[name])));
  return zipSync(files);
}

/** `<col min max>` far past the sheet's last column. */
export const hugeColumnSpan = (xlsx: Uint8Array, max = 99_999_999) =>
  editFirstSheet(xlsx, (xml) =>
    xml.includes('<cols>')
      ? xml.replace('<cols>', `<cols><col min="7" max="${max}" width="9" customWidth="1"/>`)
      : xml.replace(
          '<sheetData',
          `<cols><col min="7" max="${max}" width="9" customWidth="1"/></cols><sheetData`,
        ),
  );

/** `count` two-cell merges below the tables (rows 6000 on, outside what is read). */
export const manyMerges = (xlsx: Uint8Array, count: number) =>
  editFirstSheet(xlsx, (xml) => {
    const refs: string[] = [];
    for (let i = 0; i < count; i++) refs.push(`<mergeCell ref="A${6000 + i}:B${6000 + i}"/>`);
    const merges = `<mergeCells count="${count}">${refs.join('')}</mergeCells>`;
    return /<mergeCells\b/.test(xml)
      ? xml.replace(/<mergeCells\b[^>]*>/, `<mergeCells count="${count}">${refs.join('')}`)
      : xml.replace('</sheetData>', `</sheetData>${merges}`);
  });

/** `rows` filler rows (a number in column A) after the first sheet's last row. */
export const manyRows = (xlsx: Uint8Array, rows: number) =>
  editFirstSheet(xlsx, (xml) => {
    const out: string[] = [];
    for (let r = 0; r < rows; r++) out.push(`<row r="${6000 + r}"><c r="A${6000 + r}"><v>${r}</v></c></row>`);
    return xml.replace('</sheetData>', `${out.join('')}</sheetData>`);
  });
