/** `gouji check <文件夹>`: every workbook in a folder, across worker threads, with a 汇总.xlsx for the reviewer. */

import os from 'os';
import path from 'path';
import { promises as fs } from 'fs';
import { InputError } from '../../core/errors';
import { forTerminal, toJson } from '../../core/format/terminal';
import type { FaceId } from '../../core/faces/choices';
import { SEVERITY_LABELS } from '../../core/report';
import { annotatedPath, assignAnnotatedPaths, worstFinding, type JobResult } from './check-job';
import { discoverJobs, type BatchJob } from './discover';
import { assertNotInput, OutputError } from '../../hosts/file/safe-write';
import { assertCompleteList, mergeUserCatalogs } from '../../core/catalog/user';
import { readCatalogFile } from '../../hosts/file/read-catalog';
import { runJobs } from './pool';
import { addAcrossYears } from './across-years';
import { progressBar } from './progress';
import { FINDINGS_SHEET, SUMMARY_SHEET, writeSummaryWorkbook } from './summary-workbook';
import { MAX_PART_BYTES } from '../../core/limits';
import { inflateEntry } from '../../export/zip/inflate-entry';
import { readZip } from '../../export/zip/read-zip';

export interface BatchArgs {
  dir: string;
  narratives: string | null;
  summary: string | null;
  outDir: string | null;
  year: number | null;
  format: 'text' | 'json';
  /** Worker threads; null: one per core. */
  workers: number | null;
  /** The user's subject catalogues (`--catalog`), read once here and handed to every worker. */
  catalogs: string[];
  catalogComplete: boolean;
  /** --face: every workbook read in this face; detected per workbook when absent. */
  face?: FaceId | null;
}

export interface BatchOutcome {
  results: JobResult[];
  /** 0 every workbook read and no errors, 1 errors found, 2 a workbook could not be read. */
  exitCode: number;
}

export function defaultWorkers(): number {
  return Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
}

function textLine(r: JobResult): string {
  if (r.reason) return `  无法审核  ${r.job.name}：${r.reason}`;
  const s = r.report!.summary;
  const worst = worstFinding(r.report!);
  const head = `  错误 ${s.error}  警告 ${s.warning}  提示 ${s.info}  ${r.job.name}${r.department ? `（${r.department}）` : ''}`;
  const line =
    worst && worst.severity !== 'info'
      ? `${head}\n      ${SEVERITY_LABELS[worst.severity]}：${worst.sheet ? `${worst.sheet}!${worst.cell} ` : ''}${worst.message}`
      : head;
  return r.acrossYears ? `${line}\n      跨年：${r.acrossYears}` : line;
}

/** How many files were checked: workbooks, PDFs, or both counted. */
function fileCount(results: JobResult[]): string {
  const pdfs = results.filter((r) => /\.pdf$/i.test(r.job.name)).length;
  const workbooks = results.length - pdfs;
  if (pdfs === 0) return `${workbooks} 个工作簿`;
  if (workbooks === 0) return `${pdfs} 个 PDF 文件`;
  return `${results.length} 个文件（工作簿 ${workbooks} 个，PDF ${pdfs} 个）`;
}

export function formatBatchText(results: JobResult[], seconds: number): string {
  const unreadable = results.filter((r) => r.reason).length;
  const withErrors = results.filter((r) => r.report && r.report.summary.error > 0).length;
  return forTerminal(
    [
      `勾稽批量审核：共 ${fileCount(results)}，${seconds.toFixed(1)} 秒`,
      ...results.map(textLine),
      '',
      `有错误 ${withErrors} 个，无法审核 ${unreadable} 个，通过 ${results.length - withErrors - unreadable} 个`,
    ].join('\n'),
  );
}

/** True when the file is a 汇总 workbook this command wrote: exactly its two sheets. */
async function isSummaryWorkbook(file: string): Promise<boolean> {
  try {
    const bytes = new Uint8Array(await fs.readFile(file));
    const entry = readZip(bytes).find((e) => e.name === 'xl/workbook.xml');
    if (!entry) return false;
    const xml = new TextDecoder().decode(inflateEntry(bytes, entry, MAX_PART_BYTES));
    const names = [...xml.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1]);
    return names.length === 2 && names[0] === SUMMARY_SHEET && names[1] === FINDINGS_SHEET;
  } catch {
    return false;
  }
}

/**
 * No output of the batch (汇总, annotated copies) may be one of its inputs, whatever the name used. The
 * summary is compared with every file of the folder (the summary path itself is left out of discovery),
 * except this run's own annotated copies, so that a batch can be run again into the same folders.
 */
async function assertOutputsAreNotInputs(args: BatchArgs, jobs: BatchJob[]): Promise<void> {
  const inputs = [...jobs.flatMap((j) => [j.file, j.narrative]), ...args.catalogs];
  const copies = args.outDir ? jobs.map((job) => annotatedPath(path.resolve(args.outDir!), job)) : [];
  for (const copy of copies) await assertNotInput(copy, inputs, '标注副本');
  if (args.summary) {
    const summary = path.resolve(args.summary).toLowerCase();
    const clash = copies.find((c) => c.toLowerCase() === summary);
    if (clash)
      throw new InputError(
        `--summary 汇总表“${args.summary}”与本次写出的标注副本“${clash}”是同一个文件，会覆盖该副本。请换一个汇总表文件名或位置`,
      );
    const own = new Set(copies);
    // A 汇总 written by an earlier run is ours to replace; any other workbook of the folder is an input.
    if (await isSummaryWorkbook(args.summary)) own.add(path.resolve(args.summary));
    const all = (await discoverJobs(args.dir, args.narratives, [])).filter((j) => !own.has(j.file));
    await assertNotInput(
      args.summary,
      [...inputs, ...all.flatMap((j) => [j.file, j.narrative])],
      '--summary 汇总表',
    );
  }
}

export async function runBatch(args: BatchArgs): Promise<BatchOutcome> {
  const skip = [args.outDir, args.summary].filter((s): s is string => s !== null);
  if (args.narratives) {
    const stat = await fs.stat(args.narratives).catch(() => null);
    if (!stat?.isDirectory())
      throw new InputError(`--narratives 应为情况说明所在的文件夹：“${args.narratives}”不是文件夹`);
  }
  const userLists = await Promise.all(args.catalogs.map(readCatalogFile));
  const userCatalog = userLists.length ? mergeUserCatalogs(userLists) : null;
  if (userCatalog && args.catalogComplete) assertCompleteList(userCatalog);
  const jobs = await discoverJobs(args.dir, args.narratives, skip);
  if (jobs.length === 0)
    throw new InputError(`文件夹“${args.dir}”中没有 .xlsx 工作簿（也查看了其中的子文件夹）`);
  if (args.outDir) assignAnnotatedPaths(path.resolve(args.outDir), jobs);
  await assertOutputsAreNotInputs(args, jobs);
  const started = Date.now();
  const progress = progressBar(jobs.length);
  const pool = {
    workers: args.workers ?? defaultWorkers(),
    year: args.year,
    outDir: args.outDir ? path.resolve(args.outDir) : null,
    userCatalog,
    catalogComplete: args.catalogComplete,
    face: args.face,
  };
  const results = await runJobs(jobs, { ...pool, onResult: (r, done) => progress.update(done, r.job.name) });
  progress.end();
  await addAcrossYears(results, pool);
  const seconds = (Date.now() - started) / 1000;
  if (args.format === 'json')
    process.stdout.write(
      toJson({
        schema: 'gouji.batch/1',
        files: results.map((r) => ({
          file: r.job.name,
          narrative: r.job.narrative
            ? path.basename(r.job.narrative)
            : r.narrativeSource === 'sheet'
              ? '（表内情况说明）'
              : null,
          department: r.department,
          error: r.reason,
          annotated: r.annotated,
          writeError: r.writeError ?? null,
          acrossYears: r.acrossYears ?? null,
          report: r.report,
        })),
      }) + '\n',
    );
  else {
    process.stdout.write(formatBatchText(results, seconds) + '\n');
    if (args.outDir) process.stdout.write(`标注副本在：${args.outDir}\n`);
  }
  // The results are printed; now the outputs, each failure told without losing them.
  const writeErrors = results.filter((r) => r.writeError).map((r) => r.writeError!);
  if (args.summary)
    try {
      await writeSummaryWorkbook(args.summary, results);
      if (args.format === 'text') process.stdout.write(`已写出汇总表：${args.summary}\n`);
    } catch (err) {
      if (!(err instanceof OutputError)) throw err;
      writeErrors.push(err.message);
    }
  for (const message of writeErrors)
    process.stderr.write(forTerminal(`gouji：${message}。审核结果已在上方输出；原有文件未被改动\n`));
  const exitCode =
    results.some((r) => r.reason) || writeErrors.length > 0
      ? 2
      : results.some((r) => r.report!.summary.error > 0)
        ? 1
        : 0;
  return { results, exitCode };
}
