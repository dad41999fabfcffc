/**
 * Two builds run in alternation on the same input, each after a forced collection (with --expose-gc), keeping each
 * one's minimum CPU time (process.cpuUsage, user + system): on a loaded machine wall time means little, CPU time
 * and the minimum hold better. Shared by bench/cpu-compare.ts and bench/recognition-compare.ts.
 */

import path from 'node:path';

/** The snapshot of a workbook, read once with the given build's reader. */
export async function readWith(dist: string, file: string): Promise<unknown> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const reader = require(path.resolve(dist, 'hosts/file/read-workbook.js')) as {
    readWorkbookFile(f: string): Promise<{ snapshot: unknown }>;
  };
  return (await reader.readWorkbookFile(file)).snapshot;
}

/** Each build's minimum CPU milliseconds over `rounds`, and what its last run counted. */
export function alternate(builds: Array<() => number>, rounds: number): { best: number[]; counts: number[] } {
  const best = builds.map(() => Infinity);
  const counts = builds.map(() => 0);
  for (let i = 0; i < rounds; i++)
    builds.forEach((run, b) => {
      // A collection first, so that neither build pays for the other's garbage.
      (globalThis as { gc?: () => void }).gc?.();
      const start = process.cpuUsage();
      counts[b] = run();
      const used = process.cpuUsage(start);
      best[b] = Math.min(best[b], (used.user + used.system) / 1000);
    });
  return { best, counts };
}
