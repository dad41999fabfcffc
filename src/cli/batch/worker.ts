/** A batch worker thread: checks the jobs the pool sends, one at a time, and posts each result back. */

import { parentPort, workerData } from 'worker_threads';
import type { JobOptions } from './check-job';
import { runTask, type PoolTask } from './pool';

const options = workerData as JobOptions;

parentPort?.on('message', (message: ({ index: number } & PoolTask) | null) => {
  if (message === null) {
    parentPort?.close();
    return;
  }
  runTask(message, options).then((result) => parentPort?.postMessage({ index: message.index, result }));
});
