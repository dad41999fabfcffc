/**
 * Hostile and damaged PDFs built from scratch (no checked-in files): stream bombs, millions of operators, deep
 * nesting, shifted xref offsets, truncation, owner-password-only encryption, a page tree with an odd node. Used by
 * the safety tests and by the fuzz run.
 */

import { createHash } from 'crypto';
import { zlibSync } from 'fflate';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, type PDFRef } from 'pdf-lib';

const latin1 = (s: string) => Buffer.from(s, 'latin1');

/** An object body: text, or a stream (its dictionary entries and its raw, possibly compressed, data). */
export type PdfObject = string | { dict: string; data: Uint8Array };

/**
 * A PDF with these objects numbered from 1, a correct xref table and `trailer` entries (the catalog is
 * object 1). `encrypt` transforms each object's strings and stream data (object number in).
 */
export function buildPdf(
  objects: PdfObject[],
  trailer = '',
  encrypt?: (num: number, data: Uint8Array) => Uint8Array,
): Uint8Array {
  const parts: Buffer[] = [latin1('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  let length = parts[0].length;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(length);
    const num = i + 1;
    let body: Buffer;
    if (typeof o === 'string') body = latin1(`${num} 0 obj\n${o}\nendobj\n`);
    else {
      const data = encrypt ? encrypt(num, o.data) : o.data;
      body = Buffer.concat([
        latin1(`${num} 0 obj\n<< ${o.dict} /Length ${data.length} >>\nstream\n`),
        Buffer.from(data),
        latin1('\nendstream\nendobj\n'),
      ]);
    }
    parts.push(body);
    length += body.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`];
  for (const off of offsets) xref.push(`${String(off).padStart(10, '0')} 00000 n \n`);
  parts.push(
    latin1(
      `${xref.join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer} >>\nstartxref\n${length}\n%%EOF\n`,
    ),
  );
  return new Uint8Array(Buffer.concat(parts));
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';

/** One page per content stream (already compressed or not), Helvetica as /F1. */
export function pagesPdf(contents: Array<{ data: Uint8Array; flate: boolean }>): Uint8Array {
  const n = contents.length;
  const kids = contents.map((_, i) => `${4 + 2 * i} 0 R`).join(' ');
  const objects: PdfObject[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${n} >>`,
    FONT,
  ];
  contents.forEach((c, i) => {
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * i} 0 R >>`,
    );
    objects.push({ dict: c.flate ? '/Filter /FlateDecode' : '', data: c.data });
  });
  return buildPdf(objects);
}

const text = (s: string) => latin1(s);

/** A page of ordinary text (a few lines), to show a well-formed PDF is read. */
export function plainPdf(lines = ['Meeting notes, 12 March']): Uint8Array {
  const body = lines.map((l, i) => `BT /F1 12 Tf 50 ${780 - 20 * i} Td (${l}) Tj ET`).join('\n');
  return pagesPdf([{ data: text(body), flate: false }]);
}

/** A content stream of `megabytes` MB of spaces, flate-compressed (about 1,000 times smaller). */
export function streamBombPdf(megabytes: number): Uint8Array {
  const chunk = new Uint8Array(megabytes * 1024 * 1024).fill(0x20);
  return pagesPdf([{ data: zlibSync(chunk, { level: 9 }), flate: true }]);
}

/** `count` text-showing operators on one page (compressed: a few hundred KB for millions). */
export function manyOperatorsPdf(count: number): Uint8Array {
  const unit = 'BT /F1 1 Tf 10 10 Td (a) Tj ET\n';
  return pagesPdf([{ data: zlibSync(text(unit.repeat(count)), { level: 9 }), flate: true }]);
}

/** `depth` nested q (and as many Q), or nested arrays, around one line of text. */
export function deepNestingPdf(depth: number, kind: 'q' | 'array' = 'q'): Uint8Array {
  const inner = 'BT /F1 12 Tf 50 780 Td (Nested) Tj ET';
  const body =
    kind === 'q'
      ? `${'q '.repeat(depth)}${inner} ${'Q '.repeat(depth)}`
      : `${inner} ${'['.repeat(depth)}${']'.repeat(depth)} pop`;
  return pagesPdf([{ data: zlibSync(text(body)), flate: true }]);
}

/** `pages` pages of ordinary text lines. */
export function longPdf(pages: number, lines = 40): Uint8Array {
  const page = Array.from(
    { length: lines },
    (_, i) => `BT /F1 9 Tf 40 ${800 - 18 * i} Td (Line ${i} 1,234.56 7,890.12) Tj ET`,
  ).join('\n');
  return pagesPdf(Array.from({ length: pages }, () => ({ data: zlibSync(text(page)), flate: true })));
}

/** Every xref offset moved by `shift` bytes (a file re-saved by a tool that broke its table). */
export function shiftXref(pdf: Uint8Array, shift: number): Uint8Array {
  const s = Buffer.from(pdf).toString('latin1');
  return latin1(
    s.replace(
      /^(\d{10}) (\d{5}) n/gm,
      (_m, off: string, gen: string) =>
        `${String(Math.max(0, Number(off) + shift)).padStart(10, '0')} ${gen} n`,
    ),
  );
}

/** A page tree whose second kid is a node of an odd /Type (neither Page nor Pages) holding a page. */
export function oddPageTreePdf(): Uint8Array {
  const page = (y: string, contents: number) =>
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contents} 0 R >>`;
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R 6 0 R 8 0 R] /Count 3 >>',
    FONT,
    page('one', 5),
    { dict: '', data: text('BT /F1 12 Tf 50 780 Td (Page one) Tj ET') },
    '<< /Type /Odd /Parent 2 0 R /Kids [10 0 R] /Count 1 /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 7 0 R >>',
    { dict: '', data: text('BT /F1 12 Tf 50 780 Td (Odd node) Tj ET') },
    page('three', 9),
    { dict: '', data: text('BT /F1 12 Tf 50 780 Td (Page three) Tj ET') },
    '<< /Type /Page /Parent 6 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 11 0 R >>',
    { dict: '', data: text('BT /F1 12 Tf 50 780 Td (Under the odd node) Tj ET') },
  ]);
}

const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

/** RC4 (OpenSSL 3 has it only in its legacy provider). */
function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const S = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + S[i] + key[i % key.length]) & 255;
    [S[i], S[j]] = [S[j], S[i]];
  }
  const out = new Uint8Array(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + S[i]) & 255;
    [S[i], S[j]] = [S[j], S[i]];
    out[k] = data[k] ^ S[(S[i] + S[j]) & 255];
  }
  return out;
}

/**
 * `pdfPages` contents encrypted with the standard security handler (RC4 40-bit, revision 2) under an empty
 * user password and an owner password: opens without a password, restricted in what it allows.
 */
export function ownerOnlyPdf(lines = ['Owner password only']): Uint8Array {
  const id = createHash('md5').update('gouji').digest();
  const ownerKey = createHash('md5')
    .update(Buffer.concat([Buffer.from('owner'), PAD]).subarray(0, 32))
    .digest()
    .subarray(0, 5);
  const O = Buffer.from(rc4(ownerKey, PAD));
  const P = -44; // print and copy refused
  const p = Buffer.alloc(4);
  p.writeInt32LE(P);
  const key = createHash('md5')
    .update(Buffer.concat([PAD, O, p, id]))
    .digest()
    .subarray(0, 5);
  const U = Buffer.from(rc4(key, PAD));
  const objectKey = (num: number) =>
    createHash('md5')
      .update(Buffer.concat([key, Buffer.from([num & 0xff, (num >> 8) & 0xff, (num >> 16) & 0xff, 0, 0])]))
      .digest()
      .subarray(0, 10);
  const body = lines.map((l, i) => `BT /F1 12 Tf 50 ${780 - 20 * i} Td (${l}) Tj ET`).join('\n');
  const objects: PdfObject[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    FONT,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
    { dict: '', data: text(body) },
    `<< /Filter /Standard /V 1 /R 2 /O <${O.toString('hex')}> /U <${U.toString('hex')}> /P ${P} >>`,
  ];
  return buildPdf(
    objects,
    `/Encrypt 6 0 R /ID [<${id.toString('hex')}> <${id.toString('hex')}>]`,
    (num, data) => rc4(objectKey(num), data),
  );
}

/**
 * A real PDF re-saved by pdf-lib with its second page moved under a page-tree node of an odd /Type (neither
 * Page nor Pages): readers disagree on how many pages such a tree has.
 */
export async function withOddPageNode(pdf: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const pagesRef = doc.catalog.get(PDFName.of('Pages')) as PDFRef;
  const pages = doc.context.lookup(pagesRef, PDFDict);
  const kids = pages.lookup(PDFName.of('Kids'), PDFArray);
  const second = kids.get(1) as PDFRef;
  const odd = doc.context.obj({ Type: 'Odd', Parent: pagesRef, Kids: [second], Count: 1 });
  const oddRef = doc.context.register(odd);
  doc.context.lookup(second, PDFDict).set(PDFName.of('Parent'), oddRef);
  kids.set(1, oddRef);
  return doc.save({ useObjectStreams: false, updateFieldAppearances: false });
}

/**
 * A real PDF re-saved with every stream encrypted under an empty user password and an owner password (RC4
 * 40-bit, revision 2): it opens without a password, as many published files do, and is still encrypted.
 */
export async function encryptedOwnerOnly(pdf: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const id = createHash('md5').update('gouji-owner').digest();
  const ownerKey = createHash('md5')
    .update(Buffer.concat([Buffer.from('owner'), PAD]).subarray(0, 32))
    .digest()
    .subarray(0, 5);
  const O = Buffer.from(rc4(ownerKey, PAD));
  const P = -44;
  const p = Buffer.alloc(4);
  p.writeInt32LE(P);
  const key = createHash('md5')
    .update(Buffer.concat([PAD, O, p, id]))
    .digest()
    .subarray(0, 5);
  const U = Buffer.from(rc4(key, PAD));
  for (const [ref, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFRawStream)) continue;
    const num = ref.objectNumber;
    const gen = ref.generationNumber;
    const k = createHash('md5')
      .update(
        Buffer.concat([
          key,
          Buffer.from([num & 0xff, (num >> 8) & 0xff, (num >> 16) & 0xff, gen & 0xff, gen >> 8]),
        ]),
      )
      .digest()
      .subarray(0, 10);
    doc.context.assign(ref, PDFRawStream.of(obj.dict, rc4(k, obj.contents)));
  }
  const encrypt = doc.context.register(
    doc.context.obj({
      Filter: 'Standard',
      V: 1,
      R: 2,
      O: PDFHexString.of(O.toString('hex')),
      U: PDFHexString.of(U.toString('hex')),
      P,
    }),
  );
  doc.context.trailerInfo.Encrypt = encrypt;
  doc.context.trailerInfo.ID = doc.context.obj([
    PDFHexString.of(id.toString('hex')),
    PDFHexString.of(id.toString('hex')),
  ]);
  return doc.save({ useObjectStreams: false, updateFieldAppearances: false });
}
