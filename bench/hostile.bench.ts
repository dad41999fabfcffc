/**
 * The hostile inputs of issue 24, built here (no checked-in large files) and run one after the other through
 * the built command line (`node dist/cli/main.js`, as users run it): each must answer with exit 0, 1 or 2, a
 * Chinese message for 2, within 10 s and 1 GB. Writes its section of bench/results.md.
 * Run: `npm run bench:hostile` (builds first).
 */

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, promises as fs, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  deepNestingPdf,
  encryptedOwnerOnly,
  longPdf,
  manyOperatorsPdf,
  oddPageTreePdf,
  shiftXref,
  streamBombPdf,
  withOddPageNode,
} from './fuzz/pdf-shapes';
import { deflatedRun, hugeColumnSpan, manyMerges, manyRows, withLyingPart } from './fuzz/workbook-shapes';

const ROOT = path.join(__dirname, '..');
const CLI = path.join(ROOT, 'dist', 'cli', 'main.js');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const LIMIT_SECONDS = 10;
const LIMIT_MB = 1024;
const START = '<!-- hostile-bench -->';
const END = '<!-- /hostile-bench -->';

interface Case {
  name: string;
  /** Files to write (name → bytes) and the CLI arguments, with `{dir}` for the folder they are in. */
  files: () => Promise<Record<string, Uint8Array | string>> | Record<string, Uint8Array | string>;
  args: string[];
}

interface Outcome {
  name: string;
  exit: number | null;
  seconds: number;
  userSeconds: number;
  peakMb: number | null;
  message: string;
}

const TIME = '/usr/bin/time';

/** One run of the built CLI: exit, wall, user CPU and peak RSS (from GNU time when the machine has it). */
function run(args: string[]): Omit<Outcome, 'name'> {
  const withTime = existsSync(TIME);
  const cmd = withTime ? TIME : process.execPath;
  const argv = withTime ? ['-f', '@@%U %M', process.execPath, CLI, ...args] : [CLI, ...args];
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 120_000 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const stats = /@@([\d.]+) (\d+)\s*$/.exec(r.stderr ?? '');
  const stderr = (r.stderr ?? '').replace(/(Command exited with non-zero status \d+\n)?@@[\d. ]+\s*$/, '');
  return {
    exit: r.status,
    seconds,
    userSeconds: stats ? Number(stats[1]) : NaN,
    peakMb: stats ? Number(stats[2]) / 1024 : null,
    message: stderr.trim().split('\n').pop() ?? '',
  };
}

function cases(): Case[] {
  const xlsx = readFileSync(path.join(FIXTURES, 'corpus', 'cases', 'danfeng2024-standard.xlsx'));
  const pdf = readFileSync(path.join(FIXTURES, 'pdf', 'danfeng2024-standard.pdf'));
  const narrative = readFileSync(path.join(FIXTURES, 'corpus', 'narratives', 'danfeng2024.txt'), 'utf8');
  const repeatTo = (text: string, chars: number) =>
    text.repeat(Math.ceil(chars / text.length)).slice(0, chars);
  const claims = '本年支出合计1,049.22万元，比上年增长12.5%，占总支出的45.6%，完成年初预算的98.7%。';
  return [
    {
      name: 'xlsx, sharedStrings inflating to 2 GiB, declared 200 bytes',
      files: () => ({ 'a.xlsx': withLyingPart(xlsx, 'xl/sharedStrings.xml', deflatedRun(2048)) }),
      args: ['check', '{dir}/a.xlsx'],
    },
    {
      name: 'xlsx, an image part inflating to 2 GiB, declared 200 bytes',
      files: () => ({ 'a.xlsx': withLyingPart(xlsx, 'xl/media/image1.png', deflatedRun(2048)) }),
      args: ['check', '{dir}/a.xlsx'],
    },
    {
      name: 'xlsx, `<col min="7" max="99999999">`',
      files: () => ({ 'a.xlsx': hugeColumnSpan(xlsx) }),
      args: ['check', '{dir}/a.xlsx'],
    },
    {
      name: 'xlsx, 16,000 two-cell merges, `--out`',
      files: () => ({ 'a.xlsx': manyMerges(xlsx, 16_000) }),
      args: ['check', '{dir}/a.xlsx', '--out', '{dir}/a-标注.xlsx'],
    },
    {
      name: 'xlsx, 60,000 rows, `--out`',
      files: () => ({ 'a.xlsx': manyRows(xlsx, 60_000) }),
      args: ['check', '{dir}/a.xlsx', '--out', '{dir}/a-标注.xlsx'],
    },
    {
      name: 'workbook + narrative of 160,000 characters',
      files: () => ({ 'a.xlsx': xlsx, 'a.txt': repeatTo(narrative, 160_000) }),
      args: ['check', '{dir}/a.xlsx', '--narrative', '{dir}/a.txt'],
    },
    {
      name: 'workbook + narrative of 1,500,000 characters',
      files: () => ({ 'a.xlsx': xlsx, 'a.txt': repeatTo(narrative, 1_500_000) }),
      args: ['check', '{dir}/a.xlsx', '--narrative', '{dir}/a.txt'],
    },
    {
      name: 'workbook + one 160,000-character run of claims',
      files: () => ({ 'a.xlsx': xlsx, 'a.txt': repeatTo(claims.replace('。', '，'), 160_000) + '。' }),
      args: ['check', '{dir}/a.xlsx', '--narrative', '{dir}/a.txt'],
    },
    {
      name: 'narrative with a run of 100,000 digits (and a placeholder after it)',
      files: () => ({ 'a.txt': `本年支出${'1'.repeat(100_000)}。XX万元` }),
      args: ['check', '--narrative', '{dir}/a.txt'],
    },
    {
      name: 'PDF, content stream inflating to 1 GiB',
      files: () => ({ 'a.pdf': streamBombPdf(1024) }),
      args: ['check', '{dir}/a.pdf'],
    },
    {
      name: 'PDF, 4.2 million text operators',
      files: () => ({ 'a.pdf': manyOperatorsPdf(840_000) }),
      args: ['check', '{dir}/a.pdf'],
    },
    {
      name: 'PDF, 390,000 text items on one baseline',
      files: () => ({ 'a.pdf': manyOperatorsPdf(390_000) }),
      args: ['check', '{dir}/a.pdf'],
    },
    {
      name: 'PDF, 100,000 nested q',
      files: () => ({ 'a.pdf': deepNestingPdf(100_000) }),
      args: ['check', '{dir}/a.pdf'],
    },
    {
      name: 'PDF, 100,000 nested arrays',
      files: () => ({ 'a.pdf': deepNestingPdf(100_000, 'array') }),
      args: ['check', '{dir}/a.pdf'],
    },
    {
      name: 'PDF, 500 pages of text',
      files: () => ({ 'a.pdf': longPdf(500) }),
      args: ['check', '{dir}/a.pdf'],
    },
    {
      name: 'PDF, xref offsets shifted by −500, `--out`',
      files: () => ({ 'a.pdf': shiftXref(pdf, -500) }),
      args: ['check', '{dir}/a.pdf', '--out', '{dir}/a-标注.pdf'],
    },
    {
      name: 'PDF, xref offsets shifted by +1000, `--out`',
      files: () => ({ 'a.pdf': shiftXref(pdf, 1000) }),
      args: ['check', '{dir}/a.pdf', '--out', '{dir}/a-标注.pdf'],
    },
    {
      name: 'PDF truncated to 90 %, `--out`',
      files: () => ({ 'a.pdf': pdf.subarray(0, Math.floor(pdf.length * 0.9)) }),
      args: ['check', '{dir}/a.pdf', '--out', '{dir}/a-标注.pdf'],
    },
    {
      name: 'PDF, odd page tree',
      files: () => ({ 'a.pdf': oddPageTreePdf() }),
      args: ['check', '{dir}/a.pdf'],
    },
    {
      name: 'PDF, a page under a node of an odd type, `--out`',
      files: async () => ({ 'a.pdf': await withOddPageNode(pdf) }),
      args: ['check', '{dir}/a.pdf', '--out', '{dir}/a-标注.pdf'],
    },
    {
      name: 'PDF, owner password only, `--out`',
      files: async () => ({ 'a.pdf': await encryptedOwnerOnly(pdf) }),
      args: ['check', '{dir}/a.pdf', '--out', '{dir}/a-标注.pdf'],
    },
  ];
}

function section(outcomes: Outcome[], load: string): string {
  const cell = (o: Outcome) =>
    `| ${o.name} | ${o.exit} | ${o.seconds.toFixed(2)} s | ${Number.isNaN(o.userSeconds) ? '–' : `${o.userSeconds.toFixed(2)} s`} | ${o.peakMb === null ? '–' : `${o.peakMb.toFixed(0)} MB`} |`;
  const slow = outcomes.filter((o) => o.seconds >= LIMIT_SECONDS || (o.peakMb ?? 0) >= LIMIT_MB);
  return [
    START,
    '## Hostile inputs of issue 24 (`npm run bench:hostile`)',
    '',
    `Built by \`bench/hostile.bench.ts\` from the danfeng2024 corpus workbook, its PDF print and its narrative, run one`,
    `after the other on the built command line. ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, load average at the start ${load}.`,
    '',
    '| input | exit | wall | user CPU | peak RSS |',
    '| ----- | ---: | ---: | -------: | -------: |',
    ...outcomes.map(cell),
    '',
    slow.length === 0
      ? `Every input answers with 0, 1 or 2 (each 2 with a Chinese message) within ${LIMIT_SECONDS} s and ${LIMIT_MB / 1024} GB.`
      : `Over ${LIMIT_SECONDS} s or ${LIMIT_MB / 1024} GB: ${slow.map((o) => o.name).join('; ')}.`,
    END,
  ].join('\n');
}

async function main(): Promise<void> {
  assert.ok(existsSync(CLI), 'build first: npm run build');
  const load = os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gouji-hostile-'));
  const outcomes: Outcome[] = [];
  for (const c of cases()) {
    const here = path.join(dir, String(outcomes.length));
    await fs.mkdir(here);
    for (const [name, data] of Object.entries(await c.files())) writeFileSync(path.join(here, name), data);
    const outcome = { name: c.name, ...run(c.args.map((a) => a.split('{dir}').join(here))) };
    await fs.rm(here, { recursive: true, force: true });
    console.log(
      `${outcome.exit}\t${outcome.seconds.toFixed(2)} s\t${outcome.peakMb?.toFixed(0) ?? '–'} MB\t${c.name}\t${outcome.message.slice(0, 80)}`,
    );
    outcomes.push(outcome);
  }
  const text = section(outcomes, load);
  const file = path.join(__dirname, 'results.md');
  const current = await fs.readFile(file, 'utf8');
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  await fs.writeFile(
    file,
    start >= 0 && end > start
      ? current.slice(0, start) + text + current.slice(end + END.length)
      : `${current.trimEnd()}\n\n${text}\n`,
  );
  for (const o of outcomes) {
    assert.ok(o.exit === 0 || o.exit === 1 || o.exit === 2, `${o.name}: exit ${o.exit}`);
    if (o.exit === 2) assert.match(o.message, /[\u4e00-\u9fff]/, `${o.name}: ${o.message}`);
  }
  console.log('\n已写出 bench/results.md');
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
