/** pdf.js's Node build, loaded for the PDF worker thread (pdf-worker.ts) and the tests' pdf.js child. */

import path from 'path';
import { pathToFileURL } from 'url';
import type { PdfJsLib } from '../pdf/read-pdf';

// tsc compiles import() to require() under CommonJS, and pdf.js is ESM-only: a real dynamic import.
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<unknown>;

let loaded: Promise<PdfJsLib> | null = null;

/** pdf.js with its own worker run on this thread (set as globalThis.pdfjsWorker, as pdf.js looks for it). */
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
