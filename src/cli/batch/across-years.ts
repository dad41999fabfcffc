/**
 * A batch folder holding several years: each disclosure is paired with the previous year's of the same unit
 * (unit from the tables or cover, year from the titles or narrative) and checked against it (src/core/years/).
 * Runs after the check of every file, each pair in a worker (both files read again, under the batch's time
 * limit); the annotated copies written by the first pass do not carry these findings.
 */

import { labelKey } from '../../core/text';
import type { AcrossTask } from './across-job';
import type { JobResult } from './check-job';
import { runTasks, type PoolOptions } from './pool';

interface Keyed {
  result: JobResult;
  unit: string;
  year: number;
}

export async function addAcrossYears(
  results: JobResult[],
  options: Omit<PoolOptions, 'onResult' | 'startWorker'>,
): Promise<void> {
  const pairs: AcrossTask[] = [];
  const keyed: Keyed[] = [];
  for (const result of results) {
    if (!result.report) continue;
    const year = result.report.year;
    if (!result.department || !year) {
      result.acrossYears = '未能确定单位或年度，未做跨年比较';
      continue;
    }
    keyed.push({ result, unit: labelKey(result.department), year });
  }
  const byUnit = new Map<string, Keyed[]>();
  for (const k of keyed) byUnit.set(k.unit, [...(byUnit.get(k.unit) ?? []), k]);
  for (const list of byUnit.values()) {
    const years = new Set(list.map((k) => k.year));
    for (const k of list) {
      if (years.size === 1) {
        k.result.acrossYears = `仅有 ${k.year} 年度一年，无上年决算可比`;
        continue;
      }
      const previous = list.filter((x) => x.year === k.year - 1);
      if (previous.length === 0) {
        k.result.acrossYears = `文件夹中没有 ${k.year - 1} 年度的决算，未做跨年比较`;
        continue;
      }
      if (previous.length > 1) {
        k.result.acrossYears = `文件夹中有 ${previous.length} 份 ${k.year - 1} 年度的决算（${previous.map((p) => p.result.job.name).join('、')}），无法确定与哪一份比较`;
        continue;
      }
      pairs.push({ current: k.result, last: previous[0].result });
    }
  }
  if (pairs.length === 0) return;
  // Each pair in the workers, under the batch's time limit: a pair that fails keeps this year's findings.
  const compared = await runTasks(
    pairs.map((across) => ({ job: across.current.job, across })),
    options,
  );
  pairs.forEach(({ current, last }, i) => {
    const r = compared[i];
    if (r.reason)
      current.acrossYears = `与 ${last.job.name} 比较时出错：${r.reason.replace(/^审核时出错：/, '')}`;
    else {
      current.report = r.report;
      current.acrossYears = r.acrossYears;
    }
  });
}
