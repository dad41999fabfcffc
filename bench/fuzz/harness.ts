/**
 * The fuzz harness: seeded mutations of the corpus workbooks and narratives, each run through the command
 * line in a worker thread with a heap cap and a time limit. Every outcome must be exit 0, 1 or 2, with no
 * internal error, within the time and memory bounds.
 */

import { mkdirSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { fork, type Serializable } from 'child_process';
import { fuzzInputs } from './inputs';
import type { FuzzOutcome } from './worker';

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
  /** Run the command line built in dist/ (after `npm run build`) rather than its sources. */
  built?: boolean;
  /** The first input to run (those before it are drawn, not run): inputs from … count − 1. */
  from?: number;
  onProgress?: (done: number) => void;
  /** Each failure as it happens (a long run stopped early still tells what it found). */
  onFailure?: (failure: FuzzFailure) => void;
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

/**
 * The command line's process for the inputs: a child node with tsx's full loader (the command line loads its
 * modules with import(), which a worker thread under tsx's require hook cannot resolve), its heap capped.
 */
function startWorker(heapMb: number, built = false): Runner {
  const child = fork(path.join(__dirname, 'worker.ts'), [], {
    execArgv: ['--import', 'tsx', `--max-old-space-size=${heapMb}`],
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    env: { ...process.env, TSX_DISABLE_CACHE: '1', ...(built ? { GOUJI_FUZZ_BUILT: '1' } : {}) },
  });
  return {
    once: (event, listener) => {
      if (event === 'message') child.once('message', listener as (m: unknown) => void);
      else
        child.once('exit', (code) =>
          (listener as (e: Error) => void)(
            Object.assign(new Error(`exit ${code}`), { code: `退出 ${code}` }),
          ),
        );
    },
    removeAllListeners: (event) => void child.removeAllListeners(event === 'error' ? 'exit' : event),
    postMessage: (m) => {
      try {
        if (child.connected) child.send(m as Serializable);
      } catch {
        // a closed channel: the run is over
      }
    },
    terminate: async () => void child.kill('SIGKILL'),
  };
}

interface Runner {
  once(event: 'message' | 'error', listener: ((m: FuzzOutcome) => void) | ((e: Error) => void)): void;
  removeAllListeners(event: 'message' | 'error'): void;
  postMessage(m: unknown): void;
  terminate(): Promise<void>;
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const dir = path.join(os.tmpdir(), `gouji-fuzz-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const codes: Record<string, number> = {};
  const failures: FuzzFailure[] = [];
  const fail = (failure: FuzzFailure) => {
    failures.push(failure);
    options.onFailure?.(failure);
  };
  const times: number[] = [];
  let maxHeapMb = 0;
  const started = Date.now();
  // A worker loads the command line once (seconds under tsx): that is not an input's time.
  const warm = async (w: Runner) => {
    await new Promise<void>((resolve) => {
      w.once('message', () => resolve());
      w.once('error', () => resolve());
      w.postMessage({ index: -1, args: ['--version'] });
    });
    return w;
  };
  let worker = await warm(startWorker(options.heapMb, options.built));
  const inputs = await fuzzInputs(options.seed, dir, options.pdfShare);
  for (let i = 0; i < options.count; i++) {
    const { seed, args, files } = inputs.next();
    // Inputs before `from` are drawn (the sequence depends on them) but not run: a run can be split in parts.
    if (i < (options.from ?? 0)) continue;
    for (const [file, content] of files()) writeFileSync(file, content);
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
      worker.once('error', (e: Error) =>
        done(`工作线程出错：${(e as NodeJS.ErrnoException).code ?? e.message}`),
      );
      worker.postMessage({ index: i, args });
    });
    if (typeof outcome === 'string') {
      fail({ index: i, seed, args, why: outcome });
      worker = await warm(startWorker(options.heapMb, options.built));
    } else {
      codes[outcome.code] = (codes[outcome.code] ?? 0) + 1;
      times.push(outcome.ms);
      maxHeapMb = Math.max(maxHeapMb, outcome.heapMb);
      if (![0, 1, 2].includes(outcome.code)) fail({ index: i, seed, args, why: `退出码 ${outcome.code}` });
      else if (/内部错误/.test(outcome.stderr))
        fail({ index: i, seed, args, why: outcome.stderr.slice(0, 400) });
    }
    options.onProgress?.(i + 1);
  }
  worker.postMessage(null);
  await worker.terminate();
  rmSync(dir, { recursive: true, force: true });
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return {
    count: options.count - (options.from ?? 0),
    codes,
    failures,
    maxMs: times[times.length - 1] ?? 0,
    medianMs: at(0.5),
    p99Ms: at(0.99),
    maxHeapMb,
    seconds: (Date.now() - started) / 1000,
  };
}
