/**
 * The fuzz test of CI: a bounded number of seeded mutations of the corpus workbooks and narratives through
 * the command line. Every input ends in exit 0, 1 or 2, never an internal error, within 20 s and a 1 GB heap.
 * The long run is `npm run fuzz` (10,000 inputs, figures in bench/results.md).
 */

import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { runFuzz } from '../../bench/fuzz/harness';

test('60 seeded mutations: exit codes 0/1/2 only, no internal error, bounded time and memory', async () => {
  const report = await runFuzz({ count: 60, seed: 2024, seconds: 20, heapMb: 1024 });
  assert.deepEqual(report.failures, []);
  assert.deepEqual(
    Object.keys(report.codes).filter((c) => !['0', '1', '2'].includes(c)),
    [],
  );
  assert.equal(
    Object.values(report.codes).reduce((a, b) => a + b, 0),
    60,
  );
  assert.ok(report.maxHeapMb < 1024, `${report.maxHeapMb} MB`);
}, 120_000);
