/**
 * A batch folder holding several years: each disclosure is paired with the previous year's of the same unit
 * (unit from the tables or cover, year from the titles or narrative) and checked against it (src/core/years/).
 * Runs on the main thread after the workers, reading the paired files again; the annotated copies written by
 * the workers do not carry these findings.
 */

import { labelKey } from '../../core/text';
import { checkAcrossYears, withLastYear } from '../../core/years';
import type { FaceId } from '../../core/faces/choices';
import { InputError } from '../../core/errors';
import { readLastYear } from '../last-year';
import type { JobResult } from './check-job';

interface Keyed {
  result: JobResult;
  unit: string;
  year: number;
}

export async function addAcrossYears(results: JobResult[], options: { face?: FaceId | null }): Promise<void> {
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
      await compare(k.result, previous[0].result, options);
    }
  }
}

async function compare(
  current: JobResult,
  last: JobResult,
  options: { face?: FaceId | null },
): Promise<void> {
  try {
    const read = (r: JobResult) =>
      readLastYear(r.job.file, { narrative: r.job.narrative, face: options.face, name: r.job.name });
    const [now, before] = [await read(current), await read(last)];
    const across = checkAcrossYears(
      { ...now.input, year: current.report!.year },
      { ...before.input, year: last.report!.year },
    );
    current.report = before.locate(now.locateOwn(withLastYear(current.report!, across)));
    const errors = across.findings.filter((f) => f.severity === 'error').length;
    const warnings = across.findings.filter((f) => f.severity === 'warning').length;
    current.acrossYears = across.problem
      ? `与 ${last.job.name} 不能比较：${across.problem}`
      : `对照 ${last.job.name}：${errors + warnings === 0 ? '一致' : `错误 ${errors}${warnings ? `，警告 ${warnings}` : ''}`}`;
  } catch (err) {
    current.acrossYears = `与 ${last.job.name} 比较时出错：${err instanceof InputError ? err.message : '读取失败'}`;
  }
}
