/** The command line's PDF host: a .pdf on disk read with pdf.js's Node build, no network, no worker thread. */

import { promises as fs } from 'fs';
import path from 'path';
import { pathToFileURL } from 'url';
import { InputError } from '../../core/errors';
import { MAX_PDF_BYTES, MAX_PDF_SECONDS } from '../../core/limits';
import { layoutDocument, type PdfLayout } from '../pdf/geometry/layout';
import { pageLines } from '../pdf/page-lines';
import type { PdfJsLib } from '../pdf/read-pdf';
import { readPdfInThread } from './pdf-thread';
import { assertInputFile } from './input-file';

export function isPdfPath(file: string): boolean {
  return path.extname(file).toLowerCase() === '.pdf';
}

// tsc compiles import() to require() under CommonJS, and pdf.js is ESM-only: a real dynamic import.
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<unknown>;

let loaded: Promise<PdfJsLib> | null = null;

/** pdf.js with its worker run on this thread (set as globalThis.pdfjsWorker, as pdf.js looks for it). */
export function loadPdfJs(): Promise<PdfJsLib> {
  if (!loaded) {
    const url = (rel: string) => pathToFileURL(require.resolve(`pdfjs-dist/${rel}`)).href;
    loaded = (async () => {
      const worker = await importEsm(url('legacy/build/pdf.worker.mjs'));
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
      return (await importEsm(url('legacy/build/pdf.mjs'))) as PdfJsLib;
    })();
  }
  return loaded;
}

export function pdfResources(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = path.dirname(require.resolve('pdfjs-dist/package.json'));
  return {
    cMapUrl: path.join(root, 'cmaps') + path.sep,
    standardFontDataUrl: path.join(root, 'standard_fonts') + path.sep,
  };
}

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
