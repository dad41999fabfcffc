/** `gouji check <文件夹>`: every workbook in a folder, across worker threads, with a 汇总.xlsx for the reviewer. */

import os from 'os';
import path from 'path';
import { promises as fs } from 'fs';
import { InputError } from '../../core/errors';
import { SEVERITY_LABELS } from '../../core/report';
import { worstFinding, type JobResult } from './check-job';
import { discoverJobs } from './discover';
import { assertCompleteList, mergeUserCatalogs } from '../../core/catalog/user';
import { readCatalogFile } from '../../hosts/file/read-catalog';
import { runJobs } from './pool';
import { progressBar } from './progress';
import { writeSummaryWorkbook } from './summary-workbook';

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
  return worst && worst.severity !== 'info'
    ? `${head}\n      ${SEVERITY_LABELS[worst.severity]}：${worst.sheet ? `${worst.sheet}!${worst.cell} ` : ''}${worst.message}`
    : head;
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
  return [
    `勾稽批量审核：共 ${fileCount(results)}，${seconds.toFixed(1)} 秒`,
    ...results.map(textLine),
    '',
    `有错误 ${withErrors} 个，无法审核 ${unreadable} 个，通过 ${results.length - withErrors - unreadable} 个`,
  ].join('\n');
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
  const started = Date.now();
  const progress = progressBar(jobs.length);
  const results = await runJobs(jobs, {
    workers: args.workers ?? defaultWorkers(),
    year: args.year,
    outDir: args.outDir ? path.resolve(args.outDir) : null,
    userCatalog,
    catalogComplete: args.catalogComplete,
    onResult: (r, done) => progress.update(done, r.job.name),
  });
  progress.end();
  if (args.summary) await writeSummaryWorkbook(args.summary, results);
  const seconds = (Date.now() - started) / 1000;
  if (args.format === 'json')
    process.stdout.write(
      JSON.stringify(
        {
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
            report: r.report,
          })),
        },
        null,
        1,
      ) + '\n',
    );
  else {
    process.stdout.write(formatBatchText(results, seconds) + '\n');
    if (args.summary) process.stdout.write(`已写出汇总表：${args.summary}\n`);
    if (args.outDir) process.stdout.write(`标注副本在：${args.outDir}\n`);
  }
  const exitCode = results.some((r) => r.reason)
    ? 2
    : results.some((r) => r.report!.summary.error > 0)
      ? 1
      : 0;
  return { results, exitCode };
}
