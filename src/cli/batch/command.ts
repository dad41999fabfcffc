/** Telling batch mode from a single check: the workbook argument is a folder. */

import { promises as fs } from 'fs';
import { UsageError, type CheckArgs } from '../args';
import type { BatchArgs } from './run-batch';

/** The batch arguments when the workbook given is a folder; null for a single check. */
export async function batchArgsOf(args: CheckArgs): Promise<BatchArgs | null> {
  const stat = args.workbook ? await fs.stat(args.workbook).catch(() => null) : null;
  const batchOnly = [
    ['--narratives', args.narratives],
    ['--summary', args.summary],
    ['--out-dir', args.outDir],
    ['--workers', args.workers],
  ].filter(([, v]) => v !== null);
  if (!stat?.isDirectory()) {
    if (batchOnly.length > 0)
      throw new UsageError(
        `${batchOnly.map(([k]) => k).join('、')} 只用于批量审核：请给出工作簿所在的文件夹`,
      );
    return null;
  }
  if (args.out)
    throw new UsageError('批量审核请用 --out-dir <文件夹> 写出标注副本（--out 只用于单个工作簿）');
  if (args.narrative)
    throw new UsageError('批量审核请用 --narratives <文件夹> 给出情况说明（--narrative 只用于单个工作簿）');
  return {
    dir: args.workbook!,
    narratives: args.narratives,
    summary: args.summary,
    outDir: args.outDir,
    year: args.year,
    format: args.format,
    workers: args.workers,
    catalogs: args.catalogs,
    catalogComplete: args.catalogComplete,
    face: args.face,
  };
}
