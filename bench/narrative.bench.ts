/**
 * Core time of the narrative check on a 40 KB narrative (the issue asks for well under 100 ms).
 * Run: npx tsx bench/narrative.bench.ts
 */

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkWorkbook } from '../src/core/check';
import { readWorkbookFile } from '../src/hosts/file/read-workbook';

const FIXTURES = path.join(__dirname, '..', 'test', 'fixtures');
const LIMIT_MS = 100;

async function main(): Promise<void> {
  const one = readFileSync(path.join(FIXTURES, 'corpus', 'narratives', 'liujiang2022.txt'), 'utf8');
  let text = '';
  while (Buffer.byteLength(text, 'utf8') < 40 * 1024) text += one + '\n\n';
  const bytes = Buffer.byteLength(text, 'utf8');
  const { snapshot } = await readWorkbookFile(
    path.join(FIXTURES, 'corpus', 'cases', 'liujiang2022-standard.xlsx'),
  );
  const time = (narrative: string | null) => {
    const t0 = process.hrtime.bigint();
    checkWorkbook(snapshot, { narrative });
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  for (let i = 0; i < 3; i++) time(text); // warm up
  const runs = Array.from({ length: 10 }, () => time(text) - time(null)).sort((a, b) => a - b);
  const median = runs[runs.length >> 1];
  console.log(
    `narrative of ${(bytes / 1024).toFixed(1)} KB (${text.length} UTF-16 units): median ${median.toFixed(1)} ms of narrative check time`,
  );
  assert.ok(bytes >= 40 * 1024, 'the narrative is at least 40 KB');
  assert.ok(median < LIMIT_MS, `narrative check took ${median.toFixed(1)} ms`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
