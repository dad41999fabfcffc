/** The rule catalogue: every rule the engine runs, in the order `gouji rules` lists them. */

import { carryoverBalance } from './carryover-balance';
import { codeCatalog } from './code-catalog';
import { codeNameConsistency } from './code-name-consistency';
import { codeStructure } from './code-structure';
import { crossBasicExpense } from './cross-basic-expense';
import { crossFiscalCodes } from './cross-fiscal-codes';
import { crossFiscalOnly } from './cross-fiscal-only';
import { crossFiscalSummary } from './cross-fiscal-summary';
import { crossFiscalTables } from './cross-fiscal-tables';
import { crossIncomeSources } from './cross-income-sources';
import { crossSummaryDetail } from './cross-summary-detail';
import { crossThreeCostsBounds } from './cross-three-costs-bounds';
import { economicSum } from './economic-sum';
import { numberDecimals } from './number-decimals';
import { numberInvalid } from './number-invalid';
import { numberUncached } from './number-uncached';
import type { Rule } from './rule';
import { summaryClassSplit } from './summary-class-split';
import { summaryTotals } from './summary-totals';
import { sumHierarchy } from './sum-hierarchy';
import { sumPart } from './sum-part';
import { sumRow } from './sum-row';
import { tableUnreadable } from './table-unreadable';
import { threeCostsSum } from './three-costs-sum';

export const TABLE_RULES: Rule[] = [
  tableUnreadable,
  numberInvalid,
  numberUncached,
  numberDecimals,
  sumRow,
  sumPart,
  sumHierarchy,
  codeStructure,
  summaryTotals,
  summaryClassSplit,
  economicSum,
  threeCostsSum,
  carryoverBalance,
  crossSummaryDetail,
  crossIncomeSources,
  crossFiscalTables,
  crossBasicExpense,
  crossFiscalOnly,
  crossFiscalCodes,
  crossFiscalSummary,
  crossThreeCostsBounds,
  codeNameConsistency,
  codeCatalog,
];

export type { Rule, RuleContext } from './rule';
/** The rules across years read two disclosures, not one: they run apart (src/core/years/) and are listed here too. */
export { YEAR_RULES, type YearRule } from '../years';
