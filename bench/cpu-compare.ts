/**
 * Two builds compared on a loaded machine:
 * `node --expose-gc --import tsx bench/cpu-compare.ts <old-dist> <new-dist> <file.xlsx> [rounds] [narrative.txt]`.
 * Reads the workbook once (with the new build's reader), then runs each build's checkWorkbook on the same
 * snapshot in alternation and prints the minimum CPU time (process.cpuUsage, user + system) of each, and the
 * load average: wall time means little when other jobs share the cores, CPU time and the minimum hold better.
 */

import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { alternate, readWith } from './alternate';

type Check = (snapshot: unknown, options?: { narrative?: string | null }) => { findings: unknown[] };

function load(dist: string): Check {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(path.resolve(dist, 'core/check.js')) as { checkWorkbook: Check }).checkWorkbook;
}

async function main(): Promise<void> {
  const [oldDist, newDist, file, roundsArg, narrativeFile] = process.argv.slice(2);
  const rounds = Number(roundsArg ?? 5);
  const narrative = narrativeFile ? readFileSync(narrativeFile, 'utf8') : null;
  const snapshot = await readWith(newDist, file);
  const builds = [load(oldDist), load(newDist)];
  console.log(
    `load average at start: ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  const { best, counts: findings } = alternate(
    builds.map((check) => () => check(snapshot, { narrative }).findings.length),
    rounds,
  );
  console.log(
    `load average at end: ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  console.log(`old: ${best[0].toFixed(0)} ms (${findings[0]} findings)`);
  console.log(`new: ${best[1].toFixed(0)} ms (${findings[1]} findings)`);
  console.log(`new / old: ${(best[1] / best[0]).toFixed(2)}`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
