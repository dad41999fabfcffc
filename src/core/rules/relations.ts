/** Reporting a relation between figures with the rounding model: one wording for every rule. */

import {
  atLeastRelation,
  holdingRelation,
  sameRelation,
  sumRelation,
  type HoldingKind,
  type Relation,
} from '../causes/relation';
import { formatAmount, isUsable, round2 } from '../numbers';
import { location } from '../report';
import { clean, EPSILON, judge, roundingBound, sameFigureAgreement } from '../rounding';
import type { Figure, TableId } from '../tables/model';
import type { FindingDraft, Reporter } from './rule';

/** Reports the finding (if any) and registers the relation with it for the cause pass. */
function reportRelation(report: Reporter, relation: Relation, finding?: FindingDraft): void {
  if (finding) report(finding);
  report.relation?.(relation, finding);
}

/**
 * Registers a relation that holds exactly as read; it is built only if the cause pass needs it. `residual` is
 * Σ coefficient × value in term order, as the cause pass computes it (causes/relation.ts residual, statusOf).
 */
function reportHolding(
  report: Reporter,
  kind: HoldingKind,
  first: Figure,
  other: Figure | readonly Figure[],
): void {
  if (report.holding) report.holding(kind, first, other);
  else report.relation?.(holdingRelation(kind, first, other));
}

/** True when a residual summed in term order is zero for the cause pass (residual, then judge, clean it). */
function exactInTermOrder(sum: number): boolean {
  return Math.abs(clean(clean(sum - 0))) < EPSILON;
}

/** Figures a relation can use; a missing one (a column without its header) or an unknown value skips it. */
function usable(figures: Array<Figure | undefined>): boolean {
  return figures.every((f) => f !== undefined && isUsable(f.parse));
}

function signed(x: number): string {
  return (x > 0 ? '+' : '') + x.toFixed(2);
}

/**
 * total = Σ parts. The finding sits on the total; the parts are its related cells. `what` may be given
 * as a function: most relations hold, and their words are then never built.
 */
export function checkSum(
  report: Reporter,
  table: TableId,
  what: string | (() => string),
  total: Figure,
  parts: Figure[],
  partsLabel: string,
): void {
  if (total === undefined || !isUsable(total.parse)) return;
  // sumAgreement's arithmetic, without an array of the values.
  let partSum = 0;
  let printed = 0;
  // The relation's residual as the cause pass sums it: +total, then −each part.
  let termSum = 0 + 1 * total.value;
  for (const p of parts) {
    if (p === undefined || !isUsable(p.parse)) return;
    partSum += p.value;
    termSum += -1 * p.value;
    if (p.value !== 0) printed++;
  }
  // Most sums hold exactly: judge's answer is then 'equal' whatever the bound.
  const exact = Math.abs(clean(total.value - partSum)) < EPSILON;
  if (exact && exactInTermOrder(termSum)) return reportHolding(report, 'sum', total, parts);
  const relation = sumRelation(total, parts);
  if (exact) return reportRelation(report, relation);
  const a = judge(total.value - partSum, roundingBound(Math.max(printed, 1)));
  if (a.status === 'equal') return reportRelation(report, relation);
  const sum = round2(parts.reduce((s, p) => s + p.value, 0));
  const verdict =
    a.status === 'tail'
      ? `（尾差，四舍五入允许 ±${a.bound.toFixed(3)}）`
      : `，超出四舍五入尾差范围（±${a.bound.toFixed(3)}）`;
  reportRelation(report, relation, {
    severity: a.status === 'tail' ? 'info' : undefined,
    message: `${typeof what === 'string' ? what : what()} ${formatAmount(total.value)}，${partsLabel}之和 ${formatAmount(sum)}，差 ${signed(a.difference)}${verdict}`,
    ...location(total.ref),
    related: parts.map((p) => location(p.ref)),
    expected: sum,
    actual: total.value,
    difference: a.difference,
    table,
  });
}

/**
 * Where a rounding tail between the two sits when not on `shown`: on `source`, in its table. A detail table's
 * 类 row that adds up from its items against the 总表's copy of it: the 总表's figure is the one rounded apart.
 */
export interface TailOnSource {
  tailOn: TableId;
}

/** The same figure shown in two places: the finding sits on `shown`, `source` is related; `what` may be lazy as in checkSum. */
export function checkSame(
  report: Reporter,
  table: TableId,
  what: string | (() => string),
  shown: Figure,
  source: Figure,
  sourceLabel: string,
  options?: TailOnSource,
): void {
  // A missing figure (a column without its header) or an unknown value skips it, as in usable().
  if (shown === undefined || source === undefined || !isUsable(shown.parse) || !isUsable(source.parse))
    return;
  // sameFigureAgreement's 'equal' (|clean(d)| < EPSILON), without its object: most copies agree exactly.
  const d = shown.value - source.value;
  if (Math.abs(clean(d)) < EPSILON && exactInTermOrder(0 + 1 * shown.value + -1 * source.value))
    return reportHolding(report, 'same', shown, source);
  const a = sameFigureAgreement(shown.value, source.value);
  const relation = sameRelation(shown, source);
  if (a.status === 'equal') return reportRelation(report, relation);
  const verdict = a.status === 'tail' ? '（尾差）' : '';
  const message = `${typeof what === 'string' ? what : what()} ${formatAmount(shown.value)}，与${sourceLabel} ${formatAmount(source.value)} 不一致，差 ${signed(a.difference)}${verdict}`;
  if (a.status === 'tail' && options)
    return reportRelation(report, relation, {
      severity: 'info',
      message,
      ...location(source.ref),
      related: [location(shown.ref)],
      expected: shown.value,
      actual: source.value,
      difference: round2(-a.difference),
      table: options.tailOn,
    });
  reportRelation(report, relation, {
    severity: a.status === 'tail' ? 'info' : undefined,
    message,
    ...location(shown.ref),
    related: [location(source.ref)],
    expected: source.value,
    actual: shown.value,
    difference: a.difference,
    table,
  });
}

/** shown ≥ floor (X8, X9): a breach is reported with the rule's own severity. */
export function checkAtLeast(
  report: Reporter,
  table: TableId,
  what: string,
  shown: Figure,
  floor: Figure,
  floorLabel: string,
): void {
  if (shown === undefined || floor === undefined || !isUsable(shown.parse) || !isUsable(floor.parse)) return;
  const d = round2(shown.value - floor.value);
  if (d >= -0.01 && exactInTermOrder(0 + 1 * shown.value + -1 * floor.value))
    return reportHolding(report, 'atLeast', shown, floor);
  const relation = atLeastRelation(shown, floor);
  if (d >= -0.01) return reportRelation(report, relation);
  reportRelation(report, relation, {
    message: `${what} ${formatAmount(shown.value)}，小于${floorLabel} ${formatAmount(floor.value)}，差 ${signed(d)}`,
    ...location(shown.ref),
    related: [location(floor.ref)],
    expected: floor.value,
    actual: shown.value,
    difference: d,
    table,
  });
}

/** A figure in one table whose subject the other table does not have: one wording for every rule. */
export function checkPresent(
  report: Reporter,
  table: TableId,
  what: string,
  figure: Figure,
  missingWhere: string,
): void {
  if (!usable([figure]) || figure.value === 0) return;
  report({
    message: `${what} 有数 ${formatAmount(figure.value)}，${missingWhere}`,
    ...location(figure.ref),
    table,
  });
}
