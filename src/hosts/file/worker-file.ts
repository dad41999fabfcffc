/**
 * Where a worker thread's built file is. The command line is bundled into one file, dist/cli/main.js
 * (scripts/bundle-cli.js), while a worker still runs its own compiled module under dist/: a module that starts a
 * worker finds it beside itself (dist/cli/batch/pool.js → worker.js), or, bundled, from dist/cli up to dist.
 * Null when neither is there (the sources under tsx, as the tests run them: the caller loads the .ts).
 */

import fs from 'fs';
import path from 'path';
import { Worker } from 'worker_threads';

/** `fromDist`: the worker's path below dist/, e.g. 'cli/batch/worker.js'; `dir`: the caller's __dirname. */
export function builtWorkerFile(dir: string, fromDist: string): string | null {
  const beside = path.join(dir, path.basename(fromDist));
  if (fs.existsSync(beside)) return beside;
  if (path.basename(dir) !== 'cli') return null;
  const bundled = path.join(dir, '..', fromDist);
  return fs.existsSync(bundled) ? bundled : null;
}

/**
 * Starts the worker `fromDist` (its path below dist/) with its data and a heap cap: the built file once built;
 * under tsx (the tests run the sources) the .ts source beside the caller (`dir`), loaded through tsx's require
 * hook since a worker does not inherit its parent's loader.
 */
export function startWorkerFile(dir: string, fromDist: string, workerData: unknown, heapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: heapMb };
  const js = builtWorkerFile(dir, fromDist);
  if (js) return new Worker(js, { workerData, resourceLimits });
  const ts = path.join(dir, path.basename(fromDist).replace(/\.js$/, '.ts'));
  return new Worker(`require('tsx/cjs'); require(${JSON.stringify(ts)});`, {
    eval: true,
    workerData,
    resourceLimits,
  });
}
