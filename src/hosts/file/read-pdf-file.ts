/** The command line's PDF host: a .pdf on disk read with pdf.js's Node build (in a worker thread), no network. */

import { promises as fs } from 'fs';
import path from 'path';
import { InputError } from '../../core/errors';
import { MAX_PDF_BYTES, MAX_PDF_SECONDS } from '../../core/limits';
import { layoutDocument, type PdfLayout } from '../pdf/geometry/layout';
import { pageLines } from '../pdf/page-lines';
import { readPdfInThread } from './pdf-thread';
import { assertInputFile } from './input-file';

export { isPdfPath } from './pdf-path';

export interface LoadedPdf {
  layout: PdfLayout;
  bytes: Uint8Array;
  /** Each page's object reference ("4 0 R") as pdf.js read them, in order: the annotated copy checks it. */
  pageRefs: string[];
}

export async function readPdfFile(file: string, seconds = MAX_PDF_SECONDS): Promise<LoadedPdf> {
  const name = path.basename(file);
  await assertInputFile(file, 'PDF 文件', MAX_PDF_BYTES);
  const bytes = new Uint8Array(await fs.readFile(file));
  if (bytes.length === 0) throw new InputError(`文件“${name}”是空文件（0 字节），不是 PDF`);
  if (!Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-'))
    throw new InputError(`文件“${name}”不是 PDF（文件开头没有 PDF 标记），可能只是改了扩展名`);
  // pdf.js (in its thread) is given a copy: keep our own bytes for the annotated copy.
  const { pages, pageRefs } = await readPdfInThread(bytes.slice(), name, seconds);
  const layout = layoutDocument(pages, name);
  // The pages as lines, for the rules on the document's frame (目录 page numbers, blank pages).
  layout.snapshot.pages = pageLines(pages);
  return { layout, bytes, pageRefs };
}
