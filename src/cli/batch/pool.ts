/** Worker threads across cores: each takes the next workbook as soon as it is free. */

import type { Worker } from 'worker_threads';
import type { BatchJob } from './discover';
import { BATCH_FILE_SECONDS } from '../../core/limits';
import { startWorkerFile } from '../../hosts/file/worker-file';
import { acrossJob, type AcrossTask } from './across-job';
import { checkJob, type JobOptions, type JobResult } from './check-job';

/** What a worker is given: a file to check, or (with `across`) a pair of years to compare. */
export interface PoolTask {
  job: BatchJob;
  across?: AcrossTask;
}

/** A task on this thread (workers 0) or in a worker. */
export function runTask(task: PoolTask, options: JobOptions): Promise<JobResult> {
  return task.across ? acrossJob(task.across, options) : checkJob(task.job, options);
}

/**
 * The heap one worker may use; a workbook past it fails alone. Not below 2,048 MB: under that V8 treats the
 * heap as a small device's and lets its old space grow by only ~1.3–2× between full collections: with a
 * 1,536 MB cap, 100 department workbooks took 95 full mark-compacts (5 at 2,048 MB; node --trace-gc) and
 * the worker spent twice the CPU.
 */
const WORKER_HEAP_MB = 2048;

/** The worker (src/cli/batch/worker.ts); a workbook that needs more memory than the cap fails alone, as a row with its reason. */
function startWorker(options: JobOptions): Worker {
  return startWorkerFile(__dirname, 'cli/batch/worker.js', options, WORKER_HEAP_MB);
}

export interface PoolOptions extends JobOptions {
  workers: number;
  onResult?: (result: JobResult, done: number) => void;
  /** Seconds one workbook may take before its worker is stopped (BATCH_FILE_SECONDS unless given). */
  fileSeconds?: number;
  /** Starts a worker; the tests give one that dies. */
  startWorker?: (options: JobOptions) => Worker;
}

function failedResult(job: BatchJob, err: Error): JobResult {
  return {
    job,
    reason: `审核时出错：${
      /[\u4e00-\u9fff]/.test(err.message)
        ? err.message
        : (err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `所需内存超过 ${WORKER_HEAP_MB} MB 的上限，已停止（文件可能过大或已损坏）`
          : '工作线程出错（文件可能过大或已损坏）'
    }`,
    department: null,
    narrativeSource: null,
    report: null,
    annotated: null,
    coreMs: 0,
  };
}

/** Results in the order of the jobs; workers 0 keeps the work on this thread. */
export function runJobs(jobs: BatchJob[], options: PoolOptions): Promise<JobResult[]> {
  return runTasks(
    jobs.map((job) => ({ job })),
    options,
  );
}

/** Results in the order of the tasks; each task under the time limit of one file. */
export async function runTasks(tasks: PoolTask[], options: PoolOptions): Promise<JobResult[]> {
  const jobs = tasks.map((t) => t.job);
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
    for (let i = 0; i < tasks.length; i++) finish(i, await runTask(tasks[i], jobOptions));
    return results;
  }
  let next = 0;
  const lane = (): Promise<void> =>
    new Promise<void>((resolve) => {
      const worker = (options.startWorker ?? startWorker)(jobOptions);
      let current = -1;
      let failed = false;
      let timer: ReturnType<typeof setTimeout> | null = null;
      const seconds = options.fileSeconds ?? BATCH_FILE_SECONDS;
      const feed = () => {
        if (next >= jobs.length) {
          worker.postMessage(null);
          return;
        }
        current = next++;
        worker.postMessage({ index: current, ...tasks[current] });
        timer = setTimeout(() => {
          // Too long on one workbook: it becomes a row with its reason, a new worker takes the rest.
          failed = true;
          if (current >= 0)
            finish(
              current,
              failedResult(
                jobs[current],
                new Error(`超过 ${seconds} 秒仍未完成，已停止（文件可能过大或已损坏）`),
              ),
            );
          current = -1;
          void worker.terminate();
        }, seconds * 1000);
      };
      const stopTimer = () => {
        if (timer) clearTimeout(timer);
        timer = null;
      };
      worker.on('message', (m: { index: number; result: JobResult }) => {
        stopTimer();
        if (m.index !== current) return;
        current = -1;
        finish(m.index, m.result);
        feed();
      });
      worker.on('error', (err) => {
        stopTimer();
        // A worker that dies takes only its current workbook with it; a new one goes on.
        failed = true;
        if (current >= 0) finish(current, failedResult(jobs[current], err));
        current = -1;
      });
      worker.on('exit', (code) => {
        stopTimer();
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
