/**
 * A batch's pairs of years are compared in the workers, under the batch's time limit of one file: a pair past
 * it says so in its 跨年 line and keeps this year's findings; within it, the pair is compared.
 */

import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from '@jest/globals';
import { addAcrossYears } from '../../src/cli/batch/across-years';
import { runJobs } from '../../src/cli/batch/pool';
import { narrativeOf, writeCase, type LineAt } from '../years/pairs';

const O1: LineAt = ['公开01', 'income', 'openingBalance', 'total'];
const C1: LineAt = ['公开01', 'expense', 'closingBalance', 'total'];

test('a pair of years past the time limit says so and keeps this year’s findings; within it, it is compared', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gouji-across-pool-'));
  await writeCase('danfeng2024-standard', path.join(dir, '医保2024.xlsx'), [[O1, 3]]);
  await writeCase('danfeng2024-standard', path.join(dir, '医保2023.xlsx'), [[C1, 3.5]]);
  writeFileSync(path.join(dir, '2024.txt'), narrativeOf('danfeng2024'));
  writeFileSync(
    path.join(dir, '2023.txt'),
    '丹凤县医疗保障局2023年度部门决算\n十、机关运行经费支出情况说明\n2023年度机关运行经费支出43.19万元。\n',
  );
  const jobs = ['2024', '2023'].map((y) => ({
    file: path.join(dir, `医保${y}.xlsx`),
    name: `医保${y}.xlsx`,
    narrative: path.join(dir, `${y}.txt`),
  }));
  const options = { workers: 1, year: null, outDir: null };
  const results = await runJobs(jobs, options);
  assert.deepEqual(
    results.map((r) => r.report?.year),
    [2024, 2023],
  );
  const before = results[0].report!.findings.map((f) => f.id);

  await addAcrossYears(results, { ...options, fileSeconds: 0.05 });
  assert.match(results[0].acrossYears ?? '', /^与 医保2023\.xlsx 比较时出错：超过 0\.05 秒仍未完成，已停止/);
  assert.deepEqual(
    results[0].report!.findings.map((f) => f.id),
    before,
  );

  await addAcrossYears(results, options);
  assert.match(results[0].acrossYears ?? '', /^对照 医保2023\.xlsx：错误 \d+/);
  assert.ok(results[0].report!.findings.some((f) => f.rule === 'year.carryover'));
}, 600_000);
