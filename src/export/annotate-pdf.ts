/** The annotated copy of a PDF: each finding's figure boxed in its severity colour, with a note carrying the message. */

import { PDFDocument, PDFHexString, rgb, type PDFPage } from 'pdf-lib';
import { quietly } from '../core/quietly';
import { SEVERITY_LABELS, type Finding, type Report, type Severity } from '../core/report';

/** The same colours as the workbook marks: red errors, amber warnings, blue tails. */
const COLORS: Record<Severity, [number, number, number]> = {
  error: [0.86, 0.15, 0.15],
  warning: [0.93, 0.6, 0.05],
  info: [0.15, 0.45, 0.85],
};

/** A square annotation on the box, carrying the finding as its note (shown on hover or in the comments list). */
function addNote(doc: PDFDocument, page: PDFPage, f: Finding, box: [number, number, number, number]): void {
  const [r, g, b] = COLORS[f.severity];
  const [x0, y0, x1, y1] = box;
  const note = doc.context.obj({
    Type: 'Annot',
    Subtype: 'Square',
    Rect: [x0, y0, x1, y1],
    BS: { W: f.severity === 'info' ? 0.8 : 1.4 },
    Contents: PDFHexString.fromText(`【${SEVERITY_LABELS[f.severity]}】${f.message}`),
    T: PDFHexString.fromText('勾稽'),
    NM: PDFHexString.fromText(`gouji-${f.id ?? ''}`),
    C: [r, g, b],
    F: 4,
  });
  page.node.addAnnot(doc.context.register(note));
}

/** Why no annotated copy was written (in Chinese, for the user); the checking itself is not affected. */
export class PdfCopyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfCopyError';
  }
}

async function load(bytes: Uint8Array): Promise<PDFDocument> {
  let doc: PDFDocument;
  try {
    doc = await quietly(() =>
      PDFDocument.load(bytes.slice(), {
        updateMetadata: false,
        throwOnInvalidObject: true,
        ignoreEncryption: true,
      }),
    );
  } catch {
    throw new PdfCopyError('PDF 的内部结构有损坏，无法完整改写，为免副本缺页或错页，未写出标注副本');
  }
  // pdf-lib writes no encryption: boxes added to an encrypted file would be unreadable, or the file broken.
  if (doc.isEncrypted)
    throw new PdfCopyError(
      'PDF 设置了权限密码（已加密，无须密码即可打开），勾稽不改写加密的文件，未写出标注副本',
    );
  return doc;
}

/** The pages as pdf-lib sees them; a page tree it cannot walk (a damaged /Pages) means no copy. */
function refsOf(doc: PDFDocument): string[] {
  try {
    return doc.getPages().map((p) => p.ref.toString());
  } catch {
    throw new PdfCopyError(
      'PDF 的页面目录（页面树）有损坏，无法确定各页位置，为免标注到错误的页面，未写出标注副本',
    );
  }
}

/** The same pages in the same order (a page pdf.js gave no reference for matches any). */
function samePages(copy: string[], read: string[]): boolean {
  return copy.length === read.length && copy.every((r, i) => read[i] === '' || read[i] === r);
}

/**
 * Every finding located on the PDF gets a box and a note; the input bytes are not changed. `pageRefs` are
 * the pages as the reader read them (pdf.js): the copy is written only if pdf-lib sees the same pages in the
 * same order, before and after writing; otherwise a PdfCopyError says why.
 */
export async function annotatePdf(
  original: Uint8Array,
  report: Report,
  pageRefs?: string[],
): Promise<Uint8Array> {
  const doc = await load(original);
  const before = refsOf(doc);
  if (pageRefs && !samePages(before, pageRefs))
    throw new PdfCopyError(
      `PDF 的页面结构不规范（读取时为 ${pageRefs.length} 页，改写时为 ${before.length} 页或页序不同），为免标注到错误的页面，未写出标注副本`,
    );
  const pages = doc.getPages();
  for (const f of report.findings) {
    if (!f.pdf) continue;
    const page = pages[f.pdf.page - 1];
    if (!page) continue;
    // A box with a coordinate that is not a number (a page without a usable MediaBox): nothing to draw.
    if (!f.pdf.box.every(Number.isFinite)) continue;
    const [x0, y0, x1, y1] = f.pdf.box;
    const pad = 1.5;
    const [r, g, b] = COLORS[f.severity];
    page.drawRectangle({
      x: x0 - pad,
      y: y0 - pad,
      width: x1 - x0 + 2 * pad,
      height: y1 - y0 + 2 * pad,
      borderColor: rgb(r, g, b),
      borderWidth: f.severity === 'info' ? 0.8 : 1.4,
      opacity: 0,
      borderOpacity: 1,
    });
    addNote(doc, page, f, [x0 - pad, y0 - pad, x1 + pad, y1 + pad]);
  }
  const saved = await quietly(() => doc.save({ useObjectStreams: false }));
  let after: string[];
  try {
    after = refsOf(await load(saved));
  } catch {
    // unreadable or without a page tree: told below as a copy whose pages differ
    after = [];
  }
  if (!samePages(after, before))
    throw new PdfCopyError(
      `改写后的副本页数或页序与原文件不同（原文件 ${before.length} 页，副本 ${after.length} 页），未写出标注副本`,
    );
  return saved;
}
