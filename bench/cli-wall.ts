/**
 * The command line as a user starts it: `gouji --help` and the one-workbook check of the bundled example
 * (with its narrative), each run 5 times as a new process of the built CLI (dist/). Wall time is what the
 * user waits; CPU time (the process's own, through bench/cli-cpu.cjs) is what to read on a loaded machine.
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '..');
const RUNS = 5;

export interface CliTime {
  label: string;
  wallMs: number;
  cpuMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

function timeRuns(label: string, args: string[]): CliTime {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gouji-cli-'));
  const cpuFile = path.join(dir, 'cpu');
  const walls: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const t = process.hrtime.bigint();
      const r = spawnSync(
        process.execPath,
        ['-r', path.join(__dirname, 'cli-cpu.cjs'), path.join(ROOT, 'dist', 'cli', 'main.js'), ...args],
        { cwd: ROOT, env: { ...process.env, GOUJI_BENCH_CPU: cpuFile }, stdio: ['ignore', 'ignore', 'pipe'] },
      );
      walls.push(Number(process.hrtime.bigint() - t) / 1e6);
      if (r.status !== 0 && r.status !== 1) throw new Error(`${label}: exit ${r.status} ${r.stderr}`);
    }
    const cpus = readFileSync(cpuFile, 'utf8').trim().split('\n').map(Number);
    return { label, wallMs: median(walls), cpuMs: median(cpus) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function cliTimes(): CliTime[] {
  return [
    timeRuns('`gouji --help`', ['--help']),
    timeRuns('`gouji check` 丹凤县医疗保障局2024 (workbook + narrative, text output)', [
      'check',
      'examples/丹凤县医疗保障局2024-公开表.xlsx',
      '--narrative',
      'examples/丹凤县医疗保障局2024-情况说明.txt',
    ]),
  ];
}

export function cliTable(times: CliTime[]): string {
  return [
    `| command line, built (median of ${RUNS} runs) | wall | CPU (user + system) |`,
    '|---|---:|---:|',
    ...times.map((t) => `| ${t.label} | ${t.wallMs.toFixed(0)} ms | ${t.cpuMs.toFixed(0)} ms |`),
  ].join('\n');
}

if (/cli-wall\.[tj]s$/.test(process.argv[1] ?? '')) console.log(cliTable(cliTimes()));
