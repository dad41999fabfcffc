/**
 * Recognition alone, two builds compared on a loaded machine:
 * `node --expose-gc --import tsx bench/recognition-compare.ts <old-dist> <new-dist> <file.xlsx> [rounds]`.
 * Like bench/cpu-compare.ts (same snapshot, alternating, a forced GC before each run, minimum CPU time), for
 * recognizeWorkbook only; prints the tables each build read, which must be the same count.
 */

import { loadavg } from 'node:os';
import path from 'node:path';
import { alternate, readWith } from './alternate';

type Recognize = (snapshot: unknown, options?: object) => { tables: unknown[] };

function load(dist: string): Recognize {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(path.resolve(dist, 'core/recognition/index.js')) as { recognizeWorkbook: Recognize })
    .recognizeWorkbook;
}

async function main(): Promise<void> {
  const [oldDist, newDist, file, roundsArg] = process.argv.slice(2);
  const rounds = Number(roundsArg ?? 10);
  const snapshot = await readWith(newDist, file);
  const builds = [load(oldDist), load(newDist)];
  const { best, counts: tables } = alternate(
    builds.map((recognize) => () => recognize(snapshot, {}).tables.length),
    rounds,
  );
  console.log(`load average at end: ${loadavg()[0].toFixed(1)}`);
  console.log(`old: ${best[0].toFixed(0)} ms (${tables[0]} tables)`);
  console.log(`new: ${best[1].toFixed(0)} ms (${tables[1]} tables)`);
  console.log(`new / old: ${(best[1] / best[0]).toFixed(2)}`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
