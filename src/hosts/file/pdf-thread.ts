/**
 * pdf.js run in a worker thread, under the PDF time limit: pdf.js parses a page without yielding to timers,
 * so a page that keeps it busy (millions of operators under the bounds) could not be cut on the thread that
 * runs it. The thread that waits here stops the worker at the limit and names the page it was on.
 */

import fs from 'fs';
import path from 'path';
import { Worker } from 'worker_threads';
import { InputError } from '../../core/errors';
import { MAX_PDF_PAGE_SECONDS, MAX_PDF_SECONDS } from '../../core/limits';
import { slowPageMessage } from '../pdf/read-pdf';
import type { PageText } from '../pdf/geometry/types';

/** What the worker is given and what it answers. */
export interface PdfThreadInput {
  bytes: Uint8Array;
  name: string;
  seconds: number;
}
export type PdfThreadMessage =
  | { page: number; pages: number }
  | { pages: PageText[]; pageRefs: string[] }
  | { error: { input: boolean; message: string } };

/** The heap pdf.js may use for one file (the whole check stays within 1 GB). */
const PDF_HEAP_MB = 768;
/** Past the reader's own deadline (which ends a page that waits), the time the worker is given to answer. */
const GRACE_MS = 1000;

function startWorker(input: PdfThreadInput): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: PDF_HEAP_MB };
  const js = path.join(__dirname, 'pdf-worker.js');
  if (fs.existsSync(js)) return new Worker(js, { workerData: input, resourceLimits });
  // Under tsx (the tests run the sources): the .ts source through tsx's require hook.
  const ts = path.join(__dirname, 'pdf-worker.ts');
  return new Worker(`require('tsx/cjs'); require(${JSON.stringify(ts)});`, {
    eval: true,
    workerData: input,
    resourceLimits,
  });
}

/** Every page's text and object reference, read by pdf.js in a worker stopped at the time limit. */
export function readPdfInThread(
  bytes: Uint8Array,
  name: string,
  seconds = MAX_PDF_SECONDS,
): Promise<{ pages: PageText[]; pageRefs: string[] }> {
  return new Promise((resolve, reject) => {
    const worker = startWorker({ bytes, name, seconds });
    let at = { page: 0, pages: 0 };
    let settled = false;
    let pageTimer: ReturnType<typeof setTimeout> | undefined;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(pageTimer);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(
            new InputError(
              `文件“${name}”读取超过 ${seconds} 秒仍未读完（${at.page ? `第 ${at.page} 页未能读完，共 ${at.pages} 页` : '尚未读完第 1 页'}），不像一份部门决算公开文件`,
            ),
          ),
        ),
      seconds * 1000 + GRACE_MS,
    );
    worker.on('message', (m: PdfThreadMessage) => {
      if ('page' in m) {
        at = m;
        // One page may not hold the worker past its own limit (pdf.js does not yield to the worker's timers).
        clearTimeout(pageTimer);
        pageTimer = setTimeout(
          () => settle(() => reject(new InputError(slowPageMessage(name, m.page, m.pages)))),
          MAX_PDF_PAGE_SECONDS * 1000 + GRACE_MS,
        );
      } else if ('error' in m)
        settle(() => reject(m.error.input ? new InputError(m.error.message) : new Error(m.error.message)));
      else settle(() => resolve(m));
    });
    worker.on('error', (err: NodeJS.ErrnoException) =>
      settle(() =>
        reject(
          new InputError(
            err.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? `文件“${name}”读取所需内存超过 ${PDF_HEAP_MB} MB 的上限，已停止（文件可能已损坏或是恶意构造的文件）`
              : `文件“${name}”无法作为 PDF 读取，文件可能已损坏或不完整。请用 PDF 阅读器打开后另存（或重新导出）再审核`,
          ),
        ),
      ),
    );
    worker.on('exit', () =>
      settle(() => reject(new InputError(`文件“${name}”无法作为 PDF 读取（读取意外中止），文件可能已损坏`))),
    );
  });
}
