/**
 * One pair of a batch's years: this year's result checked against last year's (both files read again), in a
 * worker like every other job so the batch's time limit applies to it too.
 */

import { InputError } from '../../core/errors';
import type { FaceId } from '../../core/faces/choices';
import { checkAcrossYears, withLastYear } from '../../core/years';
import { readLastYear } from '../last-year';
import type { JobResult } from './check-job';

/** A pair to compare: this year's result and the previous year's of the same unit. */
export interface AcrossTask {
  current: JobResult;
  last: JobResult;
}

/** `current` with the findings across years added and its 跨年 line; a failure is said in that line. */
export async function acrossJob(task: AcrossTask, options: { face?: FaceId | null }): Promise<JobResult> {
  const { current, last } = task;
  try {
    const read = (r: JobResult) =>
      readLastYear(r.job.file, { narrative: r.job.narrative, face: options.face, name: r.job.name });
    const [now, before] = [await read(current), await read(last)];
    const across = checkAcrossYears(
      { ...now.input, year: current.report!.year },
      { ...before.input, year: last.report!.year },
    );
    const errors = across.findings.filter((f) => f.severity === 'error').length;
    const warnings = across.findings.filter((f) => f.severity === 'warning').length;
    return {
      ...current,
      report: before.locate(now.locateOwn(withLastYear(current.report!, across))),
      acrossYears: across.problem
        ? `与 ${last.job.name} 不能比较：${across.problem}`
        : `对照 ${last.job.name}：${errors + warnings === 0 ? '一致' : `错误 ${errors}${warnings ? `，警告 ${warnings}` : ''}`}`,
    };
  } catch (err) {
    return {
      ...current,
      acrossYears: `与 ${last.job.name} 比较时出错：${err instanceof InputError ? err.message : '读取失败'}`,
    };
  }
}
