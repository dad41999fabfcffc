/**
 * `npm run fuzz [count] [seed] [share] [from]`: the long fuzz run (10,000 inputs by default) over seeded mutations of the
 * corpus; prints the figures as a Markdown section for bench/results.md and exits 1 on any failure.
 */

import os from 'os';
import { runFuzz } from './fuzz/harness';

async function run(): Promise<void> {
  const count = Number(process.argv[2] ?? 10000);
  const seed = Number(process.argv[3] ?? 1);
  const report = await runFuzz({
    count,
    seed,
    seconds: 60,
    heapMb: 2048,
    pdfShare: Number(process.argv[4] ?? 0.25),
    from: Number(process.argv[5] ?? 0),
    built: true,
    onProgress: (done) => {
      if (done % 250 === 0) process.stderr.write(`${done}/${count}\n`);
    },
    onFailure: (f) => process.stderr.write(`failure: input ${f.index} (${f.args.join(' ')}): ${f.why}\n`),
  });
  const load = os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
  const lines = [
    `## Fuzz (\`npm run fuzz ${count} ${seed}\`${process.argv[5] ? `, inputs ${process.argv[5]}–${count - 1}` : ''}, PDFs and hostile shapes ${Math.round(Number(process.argv[4] ?? 0.25) * 100)} %)`,
    '',
    `${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} logical cores, load average at end ${load}.`,
    '',
    '| inputs | exit 0 | exit 1 | exit 2 | failures | median | p99 | slowest | peak heap | wall time |',
    '| -----: | -----: | -----: | -----: | -------: | -----: | --: | ------: | --------: | --------: |',
    `| ${report.count} | ${report.codes['0'] ?? 0} | ${report.codes['1'] ?? 0} | ${report.codes['2'] ?? 0} | ${report.failures.length} | ${report.medianMs.toFixed(0)} ms | ${report.p99Ms.toFixed(0)} ms | ${report.maxMs.toFixed(0)} ms | ${report.maxHeapMb.toFixed(0)} MB | ${(report.seconds / 60).toFixed(1)} min |`,
    '',
    ...report.failures
      .slice(0, 20)
      .map((f) => `- input ${f.index} (seed ${f.seed}, ${f.args.join(' ')}): ${f.why}`),
  ];
  process.stdout.write(lines.join('\n') + '\n');
  process.exitCode = report.failures.length ? 1 : 0;
}

void run();
