/** The worker of pdf-thread.ts: pdf.js reads the PDF's pages and posts them back (and each page it starts). */

import { parentPort, workerData } from 'worker_threads';
import { InputError } from '../../core/errors';
import { readPdfText } from '../pdf/read-pdf';
import type { PdfThreadInput, PdfThreadMessage } from './pdf-thread';
import { loadPdfJs, pdfResources } from './pdfjs-node';

const input = workerData as PdfThreadInput;
const post = (m: PdfThreadMessage) => parentPort?.postMessage(m);

void (async () => {
  const pageRefs: string[] = [];
  try {
    const pages = await readPdfText(await loadPdfJs(), input.bytes, input.name, pdfResources(), pageRefs, {
      seconds: input.seconds,
      // The waiting thread cuts a page by the CPU it takes (pdf.js does not yield to this thread's timers).
      pageSeconds: Infinity,
      onPage: (page, pages) => post({ page, pages }),
    });
    post({ pages, pageRefs });
  } catch (err) {
    post({ error: { input: err instanceof InputError, message: (err as Error)?.message ?? String(err) } });
  }
})();
