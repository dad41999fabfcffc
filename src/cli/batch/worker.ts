/** A batch worker thread: checks the jobs the pool sends, one at a time, and posts each result back. */

import { parentPort, workerData } from 'worker_threads';
import { checkJob, type JobOptions } from './check-job';
import type { BatchJob } from './discover';

const options = workerData as JobOptions;

parentPort?.on('message', (message: { index: number; job: BatchJob } | null) => {
  if (message === null) {
    parentPort?.close();
    return;
  }
  checkJob(message.job, options).then((result) => parentPort?.postMessage({ index: message.index, result }));
});
