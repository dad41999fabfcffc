import { sameUnit } from '../unit';
import type { YearRule } from '../rule';

/** Why the two disclosures cannot be compared, in Chinese; null when they can. */
export function pairProblem({ current, last }: Parameters<YearRule['check']>[0]): string | null {
  if (current.units > 1 || last.units > 1)
    return `${current.units > 1 ? `本年文件（${current.file}）` : `上年文件（${last.file}）`}是汇总了多个单位的决算，不能与另一年逐项比较`;
  if (current.unit && last.unit && !sameUnit(current.unit, last.unit))
    return `两个文件不是同一单位：本年“${current.unit}”（${current.file}），上年“${last.unit}”（${last.file}）`;
  if (current.year && last.year && last.year !== current.year - 1)
    return `上年文件（${last.file}）是 ${last.year} 年度的决算，不是本年（${current.year} 年度）的上一年`;
  return null;
}

export const yearPair: YearRule = {
  id: 'year.pair',
  title: '两年的决算不能配对',
  description:
    '跨年比较前先确认两个文件属于同一单位（按表头或封面的单位名称）、都不是多个单位的汇总、上年文件是本年的上一年；不是时说明原因，不作比较。',
  severity: 'warning',
  check(pair, report) {
    const problem = pairProblem(pair);
    if (problem) report({ message: `${problem}，未做跨年比较` });
  },
};
