/**
 * The fuzz test of CI: a bounded number of seeded mutations of the corpus workbooks and narratives through
 * the command line. Every input ends in exit 0, 1 or 2, never an internal error, within 20 s and a 1 GB heap.
 * The long run is `npm run fuzz` (10,000 inputs, figures in bench/results.md).
 */

import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { runFuzz } from '../../bench/fuzz/harness';
import { checkWorkbook } from '../../src/core/check';

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

test('24 PDFs and hostile shapes (damaged real PDFs, stream bombs, operators, nesting, owner-only encryption, lying zip parts, column spans, merges): exit 0/1/2 only', async () => {
  const report = await runFuzz({ count: 24, seed: 7, seconds: 20, heapMb: 1024, pdfShare: 1 });
  assert.deepEqual(report.failures, []);
  assert.equal(
    Object.values(report.codes).reduce((a, b) => a + b, 0),
    24,
  );
  assert.ok((report.codes['2'] ?? 0) > 0, 'some inputs are refused');
  assert.ok(report.maxHeapMb < 1024, `${report.maxHeapMb} MB`);
}, 600_000);

test('the inputs the long run found: input 39 of seed 1 (a 公开03 row without its total column)', async () => {
  const report = await runFuzz({ count: 40, seed: 1, seconds: 20, heapMb: 1024 });
  assert.deepEqual(report.failures, []);
}, 120_000);

test('a narrative figure with a hundred decimals or a hundred digits is not a figure, and no rule breaks on it', () => {
  const long = '1'.repeat(150);
  for (const text of [
    `本年支出合计200.00万元，其中基本支出100.00万元，占本年支出合计的50.${long}%。`,
    `本年支出合计200.00万元，其中基本支出1.${long}万元，占本年支出合计的50.00%。`,
    `预算数为100.00万元，决算数为${long}万元，完成预算的100.${long}%。`,
  ]) {
    const report = checkWorkbook(null, { narrative: text });
    assert.equal(report.schema, 'gouji.report/1');
  }
});
