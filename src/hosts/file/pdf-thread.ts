/**
 * pdf.js run in a worker thread, under the PDF time limit: pdf.js parses a page without yielding to timers,
 * so a page that keeps it busy (millions of operators under the bounds) could not be cut on the thread that
 * runs it. The thread that waits here stops the worker at the limit and names the page it was on.
 */

import type { Worker } from 'worker_threads';
import { startWorkerFile } from './worker-file';
import { InputError } from '../../core/errors';
import { MAX_PDF_PAGE_SECONDS, MAX_PDF_SECONDS } from '../../core/limits';
import { lateMessage, slowPageMessage } from '../pdf/read-pdf';
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
/**
 * The limits count the CPU the worker spends (on a loaded machine a real PDF waits for a core: 40 s of wall for
 * 1.2 s of CPU was seen at load 23); a worker that waits without working is stopped at this multiple of the
 * limit in wall time.
 */
const WALL_FACTOR = 3;

function startWorker(input: PdfThreadInput): Worker {
  return startWorkerFile(__dirname, 'hosts/file/pdf-worker.js', input, PDF_HEAP_MB);
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
    // One page's limit counts CPU time, not wall time: on a loaded machine a real page waits for a core
    // (40 s of wall for 1.2 s of CPU was seen at load 23), while a page that keeps pdf.js busy burns CPU.
    // The process's CPU is the worker's: this thread only waits.
    const start = process.cpuUsage();
    let pageStart: NodeJS.CpuUsage | null = null;
    const cpu = (since: NodeJS.CpuUsage) => {
      const used = process.cpuUsage(since);
      return (used.user + used.system) / 1e6;
    };
    const pageWatch = setInterval(() => {
      if (cpu(start) > seconds) settle(() => reject(late(seconds)));
      else if (pageStart && cpu(pageStart) > MAX_PDF_PAGE_SECONDS)
        settle(() => reject(new InputError(slowPageMessage(name, at.page, at.pages))));
    }, 100);
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(pageWatch);
      void worker.terminate();
      fn();
    };
    const late = (limit: number) => new InputError(lateMessage(name, limit, at.page, at.pages));
    // A worker that waits without working (no CPU spent) is stopped by the wall clock, at a multiple of the limit.
    const timer = setTimeout(
      () => settle(() => reject(late(seconds * WALL_FACTOR))),
      seconds * WALL_FACTOR * 1000,
    );
    worker.on('message', (m: PdfThreadMessage) => {
      if ('page' in m) {
        at = m;
        pageStart = process.cpuUsage();
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
