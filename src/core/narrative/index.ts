/** The narrative cross-check (情况说明勾稽): every rule that reads the narrative, in listing order. */

import type { Rule } from '../rules/rule';
import { narrativeComparisonWord } from './rules/comparison-word';
import { narrativeCompletion } from './rules/completion';
import { narrativeDirection } from './rules/direction';
import { narrativeGrowth } from './rules/growth';
import { narrativeMalformed } from './rules/malformed';
import { narrativeName } from './rules/name';
import { narrativeNoneClaim } from './rules/none-claim';
import { narrativeParts } from './rules/parts';
import { narrativeProcurement } from './rules/procurement';
import { narrativeRunningCosts } from './rules/running-costs';
import { narrativeSelfEvaluation } from './rules/self-evaluation';
import { narrativeShare } from './rules/share';
import { narrativeTableFigure } from './rules/table-figure';
import { narrativeUnit } from './rules/unit';
import { narrativeYear } from './rules/year';
import { narrativeZeroBudget } from './rules/zero-budget';

export const NARRATIVE_RULES: Rule[] = [
  narrativeTableFigure,
  narrativeShare,
  narrativeGrowth,
  narrativeCompletion,
  narrativeParts,
  narrativeUnit,
  narrativeZeroBudget,
  narrativeNoneClaim,
  narrativeComparisonWord,
  narrativeDirection,
  narrativeRunningCosts,
  narrativeProcurement,
  narrativeSelfEvaluation,
  narrativeYear,
  narrativeMalformed,
  narrativeName,
];

export { parseNarrative, type NarrativeDoc } from './document';
