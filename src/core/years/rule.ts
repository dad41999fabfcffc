/** The shape of a cross-year rule: it reads this year's and last year's disclosure and reports on this year's. */

import { location, type NarrativeSpan, type OtherYearLocation, type Severity } from '../report';
import type { FindingDraft } from '../rules/rule';
import type { CellRef } from '../tables/model';
import type { YearSide } from './side';

export interface YearPair {
  current: YearSide;
  last: YearSide;
}

export type YearFindingDraft = FindingDraft & { otherYear?: OtherYearLocation[] };

export interface YearRule {
  id: string;
  title: string;
  description: string;
  severity: Severity;
  check(pair: YearPair, report: (finding: YearFindingDraft) => void): void;
}

/** A cell of the other year's tables, with its file. */
export function otherCell(side: YearSide, ref: CellRef): OtherYearLocation {
  return { file: side.file, year: side.year, ...location(ref) };
}

/** A span of the other year's narrative, with its file. */
export function otherSpan(side: YearSide, span: NarrativeSpan): OtherYearLocation {
  return { file: side.file, year: side.year, narrative: span };
}

/** "上年（丹凤2023.xlsx）": how a message names the other year's disclosure. */
export function lastName(side: YearSide): string {
  return `${side.year ? `${side.year}年度` : '上年'}决算（${side.file}）`;
}
