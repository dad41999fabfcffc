/** The worker pool: a worker that exits while on a workbook fails that workbook alone; the rest go on. */

import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { Worker } from 'node:worker_threads';
import type { BatchJob } from '../../src/cli/batch/discover';
import { runJobs } from '../../src/cli/batch/pool';

/** A worker that exits with no error event on a job named “die…”, and answers the others. */
const FLAKY = `
const { parentPort } = require('worker_threads');
parentPort.on('message', (m) => {
  if (m === null) return process.exit(0);
  if (m.job.name.startsWith('die')) process.exit(3);
  parentPort.postMessage({ index: m.index, result: { job: m.job, reason: null, department: 'ok', narrativeSource: null, report: null, annotated: null, coreMs: 0 } });
});`;

test('runJobs: a worker exiting mid-job gives that job a failed result, and the other jobs are done', async () => {
  const job = (name: string): BatchJob => ({ file: `/nowhere/${name}.xlsx`, name, narrative: null });
  const jobs = [job('a'), job('die1'), job('b'), job('die2'), job('c')];
  for (const workers of [1, 2]) {
    const results = await runJobs(jobs, {
      workers,
      year: null,
      outDir: null,
      userCatalog: null,
      catalogComplete: false,
      startWorker: () => new Worker(FLAKY, { eval: true }),
    });
    assert.equal(results.length, jobs.length);
    assert.deepEqual(
      results.map((r) => [r.job.name, r.department ?? r.reason]),
      [
        ['a', 'ok'],
        ['die1', '审核时出错：工作线程意外退出（退出码 3）'],
        ['b', 'ok'],
        ['die2', '审核时出错：工作线程意外退出（退出码 3）'],
        ['c', 'ok'],
      ],
      `${workers} workers`,
    );
  }
});
