/**
 * One workbook of a batch, start to end: read, check, annotate; every failure becomes a reason, not a throw.
 * The PDF modules (pdf.js's reader, pdf-lib) and the annotated copy's writer are required where a job needs
 * them, so a worker of a batch of workbooks never loads them; require, not import(): a worker run from the
 * sources (tests, through tsx's require hook) cannot resolve an import() of a .ts module.
 */

import path from 'path';
import { defaultCatalogs, type Catalogs } from '../../core/catalog';
import { withUserCatalog, type UserCatalog } from '../../core/catalog/user';
import { checkWorkbook } from '../../core/check';
import { InputError } from '../../core/errors';
import type { FaceId } from '../../core/faces/choices';
import type { Finding, Report } from '../../core/report';
import { readNarrative } from '../../hosts/file/read-narrative';
import { isPdfPath } from '../../hosts/file/pdf-path';
import { readWorkbookFile } from '../../hosts/file/read-workbook';
import { OutputError, writeFileSafely } from '../../hosts/file/safe-write';
import { withNotices } from '../notices';
import { coverOf, departmentOf, narrativeSheetText } from '../../core/years/unit';
import type { BatchJob } from './discover';

export interface JobOptions {
  year: number | null;
  /** Folder for the annotated copies; null writes none. */
  outDir: string | null;
  /** The user's subject catalogue (plain data, so it crosses to the workers), or none. */
  userCatalog?: UserCatalog | null;
  catalogComplete?: boolean;
  /** The face every workbook is read in (--face); detected per workbook when absent. */
  face?: FaceId | null;
}

/** Catalogues are built once per options object, i.e. once per worker. */
const catalogCache = new WeakMap<JobOptions, Catalogs>();

function catalogsFor(options: JobOptions): Catalogs {
  let catalogs = catalogCache.get(options);
  if (!catalogs) {
    catalogs = options.userCatalog
      ? withUserCatalog(defaultCatalogs(), options.userCatalog, options.catalogComplete ?? false)
      : defaultCatalogs();
    catalogCache.set(options, catalogs);
  }
  return catalogs;
}

export interface JobResult {
  job: BatchJob;
  /** Null when the workbook was checked; else why it could not be, in Chinese. */
  reason: string | null;
  department: string | null;
  /** Where the narrative came from: the paired file, the workbook's 情况说明 sheet, or none. */
  narrativeSource: 'file' | 'sheet' | null;
  report: Report | null;
  /** The annotated copy written for this workbook. */
  annotated: string | null;
  /** Why the annotated copy could not be written (the report is kept), in Chinese; null when it was. */
  writeError?: string | null;
  /** Milliseconds spent in the core (recognition, rules, narrative). */
  coreMs: number;
  /** The 跨年 column: which file of the previous year it was checked against and what came of it, or why not. */
  acrossYears?: string | null;
}

/** The annotated copy's path: the workbook's path below the folder, with 标注 added to its name. */
export function annotatedPath(outDir: string, job: BatchJob): string {
  if (job.out) return job.out;
  const parsed = path.parse(job.name);
  return path.join(outDir, parsed.dir, `${parsed.name}-标注${/\.pdf$/i.test(job.name) ? '.pdf' : '.xlsx'}`);
}

/**
 * Every job's copy named once for the run: x.xlsx keeps x-标注.xlsx, and x.xlsm (or X.XLSX on a
 * case-insensitive disk) beside it gets its own extension in the name, x-xlsm-标注.xlsx, never the same file.
 */
export function assignAnnotatedPaths(outDir: string, jobs: BatchJob[]): void {
  const taken = new Set<string>();
  const key = (p: string) => p.toLowerCase();
  const ownExtension = (job: BatchJob) => /\.(xlsx|pdf)$/i.test(job.name);
  // An .xlsx (or .pdf) keeps the plain name whatever the order the folder was listed in.
  for (const job of [...jobs.filter(ownExtension), ...jobs.filter((j) => !ownExtension(j))]) {
    const parsed = path.parse(job.name);
    const ext = /\.pdf$/i.test(job.name) ? '.pdf' : '.xlsx';
    const base = path.join(outDir, parsed.dir, parsed.name);
    let out = `${base}-标注${ext}`;
    for (let n = 1; taken.has(key(out)); n++)
      out = `${base}-${parsed.ext.slice(1).toLowerCase()}${n > 1 ? `-${n}` : ''}-标注${ext}`;
    taken.add(key(out));
    job.out = out;
  }
}

export async function checkJob(job: BatchJob, options: JobOptions): Promise<JobResult> {
  const result: JobResult = {
    job,
    reason: null,
    department: null,
    narrativeSource: null,
    report: null,
    annotated: null,
    coreMs: 0,
  };
  try {
    if (isPdfPath(job.file)) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { checkPdfJob } = require('./check-pdf-job') as typeof import('./check-pdf-job');
      await checkPdfJob(result, {
        year: options.year,
        catalogs: catalogsFor(options),
        outDir: options.outDir,
        face: options.face,
      });
      return result;
    }
    const loaded = await readWorkbookFile(job.file);
    const narrativeFile = job.narrative ? await readNarrative(job.narrative) : null;
    let narrative = narrativeFile?.text ?? null;
    result.narrativeSource = narrative !== null ? 'file' : null;
    if (narrative === null) {
      narrative = narrativeSheetText(loaded.snapshot);
      if (narrative !== null) result.narrativeSource = 'sheet';
    }
    result.department = departmentOf(loaded.snapshot) ?? coverOf(narrative).unit;
    const start = process.hrtime.bigint();
    const report = withNotices(
      checkWorkbook(loaded.snapshot, {
        year: options.year,
        narrative,
        catalogs: catalogsFor(options),
        face: options.face,
      }),
      [...(loaded.snapshot.notices ?? []), ...(narrativeFile?.notices ?? [])],
    );
    result.coreMs = Number(process.hrtime.bigint() - start) / 1e6;
    if (report.tables.length === 0) {
      result.reason = '没有识别到任何部门决算公开表（公开01–09），请确认各表的标题和表头完整';
      return result;
    }
    result.report = report;
    if (options.outDir) {
      const out = annotatedPath(options.outDir, job);
      try {
        type AnnotatedCopy = typeof import('../../hosts/file/annotated-copy');
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { annotatedCopy } = require('../../hosts/file/annotated-copy') as AnnotatedCopy;
        await writeFileSafely(out, await annotatedCopy(loaded, report));
        result.annotated = out;
      } catch (err) {
        // The findings stay: only the copy is missing.
        result.writeError = err instanceof OutputError ? err.message : `无法写出“${out}”`;
      }
    }
  } catch (err) {
    result.reason =
      err instanceof InputError ? err.message : '读取或审核时出现内部错误，请将此文件反馈给开发者';
  }
  return result;
}

/** The finding a reviewer should read first: the first error, else the first warning, else the first tail. */
export function worstFinding(report: Report): Finding | null {
  for (const severity of ['error', 'warning', 'info'] as const) {
    const f = report.findings.find((x) => x.severity === severity);
    if (f) return f;
  }
  return null;
}

export { isTail } from '../../core/report';
