/**
 * The fuzz harness: seeded mutations of the corpus workbooks and narratives, each run through the command
 * line in a worker thread with a heap cap and a time limit. Every outcome must be exit 0, 1 or 2, with no
 * internal error, within the time and memory bounds.
 */

import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { Worker } from 'worker_threads';
import { mutateNarrative, mutateWorkbook, rng } from './mutate';
import { fuzzShapes, mutatePdf } from './pdf-mutate';
import type { FuzzOutcome } from './worker';

const ROOT = path.join(__dirname, '..', '..');
const CORPUS = path.join(ROOT, 'test', 'fixtures', 'corpus');

export interface FuzzOptions {
  count: number;
  seed: number;
  /** Seconds one input may take. */
  seconds: number;
  /** Heap of the worker, MB: an input that needs more is a failure. */
  heapMb: number;
  /**
   * Share of the inputs that are PDFs (damaged real ones and hostile shapes) or hostile workbook shapes,
   * drawn from a generator of their own so the workbook and narrative inputs of a seed stay the same.
   */
  pdfShare?: number;
  onProgress?: (done: number) => void;
}

export interface FuzzFailure {
  index: number;
  seed: number;
  args: string[];
  why: string;
}

export interface FuzzReport {
  count: number;
  codes: Record<string, number>;
  failures: FuzzFailure[];
  maxMs: number;
  medianMs: number;
  p99Ms: number;
  maxHeapMb: number;
  seconds: number;
}

function startWorker(heapMb: number): Worker {
  const ts = path.join(__dirname, 'worker.ts');
  return new Worker(`require('tsx/cjs'); require(${JSON.stringify(ts)});`, {
    eval: true,
    resourceLimits: { maxOldGenerationSizeMb: heapMb },
    stdout: true,
    stderr: true,
  });
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const dir = path.join(os.tmpdir(), `gouji-fuzz-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const workbooks = readdirSync(path.join(CORPUS, 'cases')).map((f) =>
    readFileSync(path.join(CORPUS, 'cases', f)),
  );
  const narratives = readdirSync(path.join(CORPUS, 'narratives')).map((f) =>
    readFileSync(path.join(CORPUS, 'narratives', f), 'utf8'),
  );
  const pick = rng(options.seed);
  const codes: Record<string, number> = {};
  const failures: FuzzFailure[] = [];
  const times: number[] = [];
  let maxHeapMb = 0;
  const started = Date.now();
  // A worker loads the command line once (seconds under tsx): that is not an input's time.
  const warm = async (w: Worker) => {
    await new Promise<void>((resolve) => {
      w.once('message', () => resolve());
      w.once('error', () => resolve());
      w.postMessage({ index: -1, args: ['--version'] });
    });
    return w;
  };
  let worker = await warm(startWorker(options.heapMb));
  const pickShape = rng(options.seed ^ 0x5eed);
  const shapes = options.pdfShare ? await fuzzShapes() : null;
  for (let i = 0; i < options.count; i++) {
    const seed = options.seed * 100003 + i;
    const wb = path.join(dir, `${i % 8}.xlsx`);
    const nar = path.join(dir, `${i % 8}.txt`);
    const out = path.join(dir, `${i % 8}-标注.xlsx`);
    const args = ['check'];
    if (shapes && pickShape() < options.pdfShare!) {
      const what = pickShape();
      if (what < 0.1) {
        // A hostile workbook shape, with or without --out.
        writeFileSync(wb, shapes.hostileWorkbooks[Math.floor(pickShape() * shapes.hostileWorkbooks.length)]);
        args.push(wb);
        if (pickShape() < 0.5) args.push('--out', out);
      } else {
        const pdf = path.join(dir, `${i % 8}.pdf`);
        writeFileSync(
          pdf,
          what < 0.3
            ? shapes.hostilePdfs[Math.floor(pickShape() * shapes.hostilePdfs.length)]
            : what < 0.4
              ? shapes.pdfs[Math.floor(pickShape() * shapes.pdfs.length)]
              : mutatePdf(shapes.pdfs[Math.floor(pickShape() * shapes.pdfs.length)], seed),
        );
        args.push(pdf);
        if (pickShape() < 0.4) args.push('--out', path.join(dir, `${i % 8}-标注.pdf`));
      }
      if (pickShape() < 0.5) args.push('--format', 'json');
    } else {
      const kind = pick();
      if (kind < 0.75) {
        writeFileSync(wb, mutateWorkbook(workbooks[Math.floor(pick() * workbooks.length)], seed));
        args.push(wb);
      }
      if (kind >= 0.5) {
        writeFileSync(nar, mutateNarrative(narratives[Math.floor(pick() * narratives.length)], seed));
        args.push('--narrative', nar);
      }
      if (args.includes(wb) && pick() < 0.3) args.push('--out', out);
      if (pick() < 0.5) args.push('--format', 'json');
    }
    const outcome = await new Promise<FuzzOutcome | string>((resolve) => {
      const timer = setTimeout(() => {
        void worker.terminate();
        resolve(`超过 ${options.seconds} 秒`);
      }, options.seconds * 1000);
      const done = (v: FuzzOutcome | string) => {
        clearTimeout(timer);
        worker.removeAllListeners('message');
        worker.removeAllListeners('error');
        resolve(v);
      };
      worker.once('message', (m: FuzzOutcome) => done(m));
      worker.once('error', (e) => done(`工作线程出错：${(e as NodeJS.ErrnoException).code ?? e.message}`));
      worker.postMessage({ index: i, args });
    });
    if (typeof outcome === 'string') {
      failures.push({ index: i, seed, args, why: outcome });
      worker = await warm(startWorker(options.heapMb));
    } else {
      codes[outcome.code] = (codes[outcome.code] ?? 0) + 1;
      times.push(outcome.ms);
      maxHeapMb = Math.max(maxHeapMb, outcome.heapMb);
      if (![0, 1, 2].includes(outcome.code))
        failures.push({ index: i, seed, args, why: `退出码 ${outcome.code}` });
      else if (/内部错误/.test(outcome.stderr))
        failures.push({ index: i, seed, args, why: outcome.stderr.slice(0, 400) });
    }
    options.onProgress?.(i + 1);
  }
  worker.postMessage(null);
  await worker.terminate();
  rmSync(dir, { recursive: true, force: true });
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return {
    count: options.count,
    codes,
    failures,
    maxMs: times[times.length - 1] ?? 0,
    medianMs: at(0.5),
    p99Ms: at(0.99),
    maxHeapMb,
    seconds: (Date.now() - started) / 1000,
  };
}
