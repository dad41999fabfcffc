/**
 * Across years (跨年勾稽): this year's disclosure against last year's. 年初结转和结余 = last year's 年末, the
 * narrative's 上年 figures = last year's, its growth amounts and rates = the two years' figures. Each side is
 * read in its own face; findings go on this year's report and name last year's places (`otherYear`).
 */

import { summarize, type Finding, type Report } from '../report';
import { yearSide, type DisclosureInput, type YearSide } from './side';
import type { YearFindingDraft, YearPair, YearRule } from './rule';
import { yearCarryover } from './rules/carryover';
import { yearGrowth } from './rules/growth';
import { pairProblem, yearPair } from './rules/pair';
import { yearPriorFigure } from './rules/prior-figure';

export const YEAR_RULES: YearRule[] = [yearPair, yearCarryover, yearPriorFigure, yearGrowth];

export interface AcrossYears {
  findings: Finding[];
  /** Why the two could not be compared; null when they were. */
  problem: string | null;
  current: YearSide;
  last: YearSide;
}

export function checkAcrossYears(
  current: DisclosureInput | YearSide,
  last: DisclosureInput | YearSide,
  options: { disabledRules?: string[] } = {},
): AcrossYears {
  const pair: YearPair = { current: sideOf(current), last: sideOf(last) };
  const problem = pairProblem(pair);
  const disabled = new Set(options.disabledRules ?? []);
  const findings: Finding[] = [];
  for (const rule of YEAR_RULES) {
    if (disabled.has(rule.id) || (problem && rule !== yearPair)) continue;
    rule.check(pair, (draft: YearFindingDraft) =>
      findings.push({ ...draft, rule: rule.id, severity: draft.severity ?? rule.severity }),
    );
  }
  return { findings, problem, ...pair };
}

/** Last year's file with neither a table nor a narrative cannot be compared: the command line and the pane refuse it. */
export function emptyLastYear(side: YearSide): string | null {
  return side.units === 0 && !side.doc
    ? `上年决算“${side.file}”中既没有识别到部门决算公开表，也没有情况说明，无法做跨年比较`
    : null;
}

function sideOf(x: DisclosureInput | YearSide): YearSide {
  return 'ctx' in x ? x : yearSide(x);
}

/** This year's report with the cross-year findings added (numbered after its own) and last year's source named. */
export function withLastYear(report: Report, across: AcrossYears): Report {
  let n = report.findings.length;
  const taken = new Set(report.findings.map((f) => f.id));
  const added = across.findings.map((f) => {
    while (taken.has(`f${++n}`));
    return { ...f, id: `f${n}` };
  });
  const findings = [...report.findings, ...added];
  const { last } = across;
  return {
    ...report,
    findings,
    summary: summarize(findings),
    lastYear: { file: last.file, source: last.source, year: last.year, unit: last.unit },
  };
}

export { yearSide, type DisclosureInput, type YearSide } from './side';
export type { YearRule } from './rule';
