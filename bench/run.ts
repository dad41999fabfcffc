/**
 * `npm run bench`: core time against ExcelJS parse time, peak memory, batch throughput with 1 and 2
 * workers, the Excel host's syncs by number of findings, and the built command line's wall and CPU time
 * (`gouji --help`, a one-workbook check; bench/cli-wall.ts). Prints a table and writes bench/results.md.
 * Parse and core are each warmed for 1.5 s, then timed for at least 1.5 s (and five runs): the median.
 * BENCH_WORKBOOKS sets the size of the batch folder (default 1000).
 */

import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { JobResult } from '../src/cli/batch/check-job';
import type { BatchJob } from '../src/cli/batch/discover';
import type { checkWorkbook as CheckWorkbook } from '../src/core/check';
import type { workbookSnapshot as WorkbookSnapshotOf } from '../src/hosts/file/snapshot-from-exceljs';
import { readWorkbookFile } from '../src/hosts/file/read-workbook';
import { causePass } from './causes';
import { cliTable, cliTimes } from './cli-wall';
import { excelSummarySyncs, excelSyncs, type SyncCount } from './excel-syncs';
import { generateDepartments, generateSummaryWorkbook } from './synth';

const ROOT = path.join(__dirname, '..');
const WORK = path.join(os.tmpdir(), 'gouji-bench');
const WORKBOOKS = Number(process.env.BENCH_WORKBOOKS ?? 1000);

interface SizeRow {
  label: string;
  codedRows: number;
  bytes: number;
  parseMs: number;
  coreMs: number;
  /** The cause pass alone (part of the core), and the relations it weighed. */
  causeMs: number;
  relations: number;
  peakMb: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

async function timeMs<T>(f: () => Promise<T> | T): Promise<[number, T]> {
  const t = process.hrtime.bigint();
  const v = await f();
  return [Number(process.hrtime.bigint() - t) / 1e6, v];
}

/**
 * The core as users run it: the built dist/ (`npm run bench` builds first), not the sources through tsx, whose
 * transpiled output differs (each function wrapped for its name). The batch and the command-line lines use dist/ too.
 */
function builtCore(): { checkWorkbook: typeof CheckWorkbook; workbookSnapshot: typeof WorkbookSnapshotOf } {
  /* eslint-disable @typescript-eslint/no-require-imports */
  return {
    checkWorkbook: (
      require(path.join(ROOT, 'dist', 'core', 'check.js')) as { checkWorkbook: typeof CheckWorkbook }
    ).checkWorkbook,
    workbookSnapshot: (
      require(path.join(ROOT, 'dist', 'hosts', 'file', 'snapshot-from-exceljs.js')) as {
        workbookSnapshot: typeof WorkbookSnapshotOf;
      }
    ).workbookSnapshot,
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
}

/** Warm-up, then timed runs: at least MIN_RUNS and until SAMPLE_MS have passed (at most MAX_RUNS); the median. */
const WARM_MS = 1500;
const MIN_RUNS = 5;
const SAMPLE_MS = 1500;
const MAX_RUNS = 60;

/**
 * The same sampling for ExcelJS's parse and for the core, both warmed until steady: a 20 KB workbook takes a few
 * milliseconds, and five runs after one warm-up caught either side in the middle of the compiler's work (the
 * department's core read 10 ms in one quiet run and 17 ms in the next; its first hundred runs in a fresh process
 * have a median of 6 ms, the next hundreds 2.4–3.7 ms).
 */
async function sample<T>(f: () => Promise<T>): Promise<[number, T]> {
  let value: T = await f();
  for (let spent = 0, n = 0; spent < WARM_MS || n < 2; n++) spent += (await timeMs(f))[0];
  const times: number[] = [];
  let total = 0;
  while ((times.length < MIN_RUNS || total < SAMPLE_MS) && times.length < MAX_RUNS) {
    const [ms, v] = await timeMs<T>(f);
    value = v;
    times.push(ms);
    total += ms;
  }
  return [median(times), value];
}

async function measureSize(
  label: string,
  file: string,
  codedRows: number,
  narrative: string | null,
): Promise<SizeRow> {
  const { checkWorkbook, workbookSnapshot } = builtCore();
  const bytes = readFileSync(file);
  const [parseMs, wb] = await sample(async () => {
    const w = new ExcelJS.Workbook();
    await w.xlsx.load(bytes as unknown as ArrayBuffer);
    return w;
  });
  const snapshot = workbookSnapshot(wb, path.basename(file));
  const [coreMs] = await sample(async () => checkWorkbook(snapshot, { narrative }));
  const causes = causePass(snapshot, narrative);
  return {
    label,
    codedRows,
    bytes: bytes.length,
    parseMs,
    coreMs,
    causeMs: causes.ms,
    relations: causes.relations,
    peakMb: process.resourceUsage().maxRSS / 1024,
  };
}

/** The built pool (dist/), so that workers run compiled JavaScript as users run them. */
async function batchRate(jobs: BatchJob[], workers: number): Promise<number> {
  const pool = (await import(path.join(ROOT, 'dist', 'cli', 'batch', 'pool.js'))) as {
    runJobs: (jobs: BatchJob[], o: { workers: number; year: null; outDir: null }) => Promise<JobResult[]>;
  };
  const [ms, results] = await timeMs(() => pool.runJobs(jobs, { workers, year: null, outDir: null }));
  const failed = results.filter((r) => r.reason);
  if (failed.length) throw new Error(`${failed.length} workbooks failed: ${failed[0].reason}`);
  return (jobs.length / ms) * 60_000;
}

function machine(): string {
  const cpus = os.cpus();
  return `${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length} logical cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}; load average at start ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`;
}

function table(sizes: SizeRow[], rates: Array<[number, number]>, syncs: SyncCount[] | string): string {
  const lines = [
    '| input | coded rows | file | ExcelJS parse (median) | core, built (recognition + rules + narrative; median) | core / parse | of which the cause pass (relations) | peak RSS |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...sizes.map(
      (s) =>
        `| ${s.label} | ${s.codedRows} | ${(s.bytes / 1024).toFixed(0)} KB | ${s.parseMs.toFixed(0)} ms | ${s.coreMs.toFixed(0)} ms | ${(s.coreMs / s.parseMs).toFixed(2)}× | ${s.causeMs.toFixed(1)} ms (${s.relations}) | ${s.peakMb.toFixed(0)} MB |`,
    ),
    '',
    `| batch of ${WORKBOOKS} department workbooks (with narratives) | workbooks per minute |`,
    '|---|---:|',
    ...rates.map(([w, r]) => `| ${w} worker${w > 1 ? 's' : ''} | ${r.toFixed(0)} |`),
    '',
  ];
  if (typeof syncs === 'string') lines.push(syncs);
  else
    lines.push(
      '| Excel host (fake object model, 5 MB limit) | syncs to read | syncs to paint | syncs to clear | largest sync |',
      '|---|---:|---:|---:|---:|',
      ...syncs.map(
        (s) =>
          `| ${s.label} | ${s.read} | ${s.paint} | ${s.clear} | ${(s.largest / 1024 / 1024).toFixed(2)} MB |`,
      ),
    );
  return lines.join('\n');
}

async function main(): Promise<void> {
  const started = machine();
  // The command line first, started from this process while it is small, as a shell starts it: spawned once this
  // process held the samples and the batch (600 MB and more), each start took about 50 ms longer.
  const cli = cliTimes();
  await fs.rm(WORK, { recursive: true, force: true });
  console.log(`生成样本到 ${WORK} …`);
  // Each size measured right after its sample is written, before the next and larger one is generated.
  const [one] = await generateDepartments({ dir: path.join(WORK, 'one'), count: 1, seed: 1 });
  const sizes = [
    await measureSize('1 department workbook', one.file, one.codedRows, readFileSync(one.narrative!, 'utf8')),
  ];
  const h50 = await generateSummaryWorkbook({ file: path.join(WORK, '汇总50.xlsx'), units: 50 });
  sizes.push(await measureSize('汇总 of 50 units', h50.file, h50.codedRows, null));
  const h200 = await generateSummaryWorkbook({ file: path.join(WORK, '汇总200.xlsx'), units: 200 });
  sizes.push(await measureSize('汇总 of 200 units', h200.file, h200.codedRows, null));
  console.log(`生成 ${WORKBOOKS} 个部门工作簿 …`);
  const generated = await generateDepartments({ dir: path.join(WORK, 'drafts'), count: WORKBOOKS, seed: 2 });
  const jobs: BatchJob[] = generated.map((g) => ({
    file: g.file,
    name: path.basename(g.file),
    narrative: g.narrative,
  }));
  const rates: Array<[number, number]> = [];
  for (const w of [1, 2]) rates.push([w, await batchRate(jobs, w)]);
  let syncs: SyncCount[] | string;
  try {
    syncs = await excelSyncs([10, 1000, 10000]);
    const summary = (await readWorkbookFile(h200.file)).snapshot;
    const report = builtCore().checkWorkbook(summary);
    syncs.push(
      await excelSummarySyncs(
        `汇总 of 200 units (${report.findings.length} findings)`,
        summary,
        report.findings,
      ),
    );
  } catch (err) {
    syncs = `Excel host sync count not measured: ${(err as Error).message}`;
  }
  const out = `${table(sizes, rates, syncs)}\n\n${cliTable(cli)}`;
  console.log(`\n${started}\n\n${out}`);
  const notes = await fs.readFile(path.join(__dirname, 'results-notes.md'), 'utf8').catch(() => '');
  // The sections written by the PDF benchmark and the fuzz run (from their first marker on) are kept.
  const previous = await fs.readFile(path.join(__dirname, 'results.md'), 'utf8').catch(() => '');
  const kept = previous.search(/^(<!-- pdf-bench -->|## Fuzz )/m);
  await fs.writeFile(
    path.join(__dirname, 'results.md'),
    `# Benchmark results\n\nMachine: ${started}.\n\nProduced by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}.\n\n${out}\n\n${notes}${kept >= 0 ? `\n${previous.slice(kept)}` : ''}`,
  );
  console.log('\n已写出 bench/results.md');
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
