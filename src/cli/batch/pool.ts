/** Worker threads across cores: each takes the next workbook as soon as it is free. */

import fs from 'fs';
import path from 'path';
import { Worker } from 'worker_threads';
import type { BatchJob } from './discover';
import { checkJob, type JobOptions, type JobResult } from './check-job';

/**
 * The worker: worker.js next to this file once built; under tsx (the tests run the sources) the .ts source,
 * loaded through tsx's require hook since a worker does not inherit its parent's loader.
 */
function startWorker(options: JobOptions): Worker {
  const js = path.join(__dirname, 'worker.js');
  if (fs.existsSync(js)) return new Worker(js, { workerData: options });
  const ts = path.join(__dirname, 'worker.ts');
  return new Worker(`require('tsx/cjs'); require(${JSON.stringify(ts)});`, {
    eval: true,
    workerData: options,
  });
}

export interface PoolOptions extends JobOptions {
  workers: number;
  onResult?: (result: JobResult, done: number) => void;
  /** Starts a worker; the tests give one that dies. */
  startWorker?: (options: JobOptions) => Worker;
}

function failedResult(job: BatchJob, err: Error): JobResult {
  return {
    job,
    reason: `审核时出错：${err.message}`,
    department: null,
    narrativeSource: null,
    report: null,
    annotated: null,
    coreMs: 0,
  };
}

/** Results in the order of the jobs; workers 0 keeps the work on this thread. */
export async function runJobs(jobs: BatchJob[], options: PoolOptions): Promise<JobResult[]> {
  const results: JobResult[] = new Array(jobs.length);
  let done = 0;
  const finish = (index: number, result: JobResult) => {
    results[index] = result;
    done++;
    options.onResult?.(result, done);
  };
  const jobOptions: JobOptions = {
    year: options.year,
    outDir: options.outDir,
    userCatalog: options.userCatalog,
    catalogComplete: options.catalogComplete,
    face: options.face,
  };
  const count = Math.max(1, Math.min(options.workers, jobs.length));
  if (options.workers <= 0) {
    for (let i = 0; i < jobs.length; i++) finish(i, await checkJob(jobs[i], jobOptions));
    return results;
  }
  let next = 0;
  const lane = (): Promise<void> =>
    new Promise<void>((resolve) => {
      const worker = (options.startWorker ?? startWorker)(jobOptions);
      let current = -1;
      let failed = false;
      const feed = () => {
        if (next >= jobs.length) {
          worker.postMessage(null);
          return;
        }
        current = next++;
        worker.postMessage({ index: current, job: jobs[current] });
      };
      worker.on('message', (m: { index: number; result: JobResult }) => {
        current = -1;
        finish(m.index, m.result);
        feed();
      });
      worker.on('error', (err) => {
        // A worker that dies takes only its current workbook with it; a new one goes on.
        failed = true;
        if (current >= 0) finish(current, failedResult(jobs[current], err));
        current = -1;
      });
      worker.on('exit', (code) => {
        // A worker that exits with no error event (process.exit, killed) while on a workbook.
        if (current >= 0) {
          failed = true;
          finish(current, failedResult(jobs[current], new Error(`工作线程意外退出（退出码 ${code}）`)));
          current = -1;
        }
        resolve(failed && next < jobs.length ? lane() : undefined);
      });
      feed();
    });
  await Promise.all(Array.from({ length: count }, lane));
  return results;
}
