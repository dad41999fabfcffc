/**
 * The relations the rules check, as data for the cause pass: a linear relation Σ coefficient × quantity
 * (= or ≥) constant with its rounding bound (DOMAIN.md §4), or a test on a few quantities (a narrative
 * percentage). Rules register each relation they check, holding or broken, with the finding it gave.
 */

import { clean, EPSILON, judge, roundingBound, type AgreementStatus } from '../rounding';
import type { CellRef, Figure } from '../tables/model';

/** One figure a relation reads: a table cell or a figure of the narrative. */
export interface Quantity {
  /** Identifies the figure across relations: the same cell read by two rules is one quantity. */
  key: string;
  value: number;
  /** Decimals the figure is printed with: a corrected value is rounded to them. */
  decimals: number;
  ref?: CellRef;
  /** A narrative figure: its span in the narrative text (the figure with the words naming it). */
  span?: { start: number; end: number; text: string };
}

export interface Term {
  quantity: Quantity;
  coefficient: number;
}

/** Σ coefficient × value = constant (or ≥ constant − bound), judged with a rounding bound. */
export interface LinearRelation {
  kind: 'linear';
  terms: Term[];
  constant: number;
  sense: 'equal' | 'atLeast';
  /** The rounding bound for the given values (in term order): beyond it, the relation is broken. */
  bound(values: number[]): number;
  /** The same figure shown twice: it should be identical, so even a tail speaks against a correction. */
  identical?: boolean;
}

/** A relation that can be tested but not solved for one figure (a stated percentage). */
export interface TestRelation {
  kind: 'test';
  quantities: Quantity[];
  holds(values: number[]): boolean;
}

export type Relation = LinearRelation | TestRelation;

export function quantitiesOf(r: Relation): Quantity[] {
  return r.kind === 'linear' ? r.terms.map((t) => t.quantity) : r.quantities;
}

export function cellKey(ref: CellRef): string {
  return `${ref.sheet}!${ref.row},${ref.col}`;
}

/**
 * One quantity per figure however many relations read it, and its two terms (+1 and −1): built once,
 * never changed (figures are not changed after recognition).
 */
interface FigureTerms {
  quantity: Quantity;
  plus?: Term;
  minus?: Term;
}
/** Kept on the figure itself (not enumerable, so a copy of a figure does not carry it): a WeakMap lookup per term cost more. */
const TERMS = Symbol('terms');
type WithTerms = Figure & { [TERMS]?: FigureTerms };

function termsOf(f: Figure): FigureTerms {
  let t = (f as WithTerms)[TERMS];
  if (!t) {
    t = { quantity: { key: cellKey(f.ref), value: f.value, decimals: 2, ref: f.ref } };
    Object.defineProperty(f, TERMS, { value: t });
  }
  return t;
}

export function cellQuantity(f: Figure): Quantity {
  return termsOf(f).quantity;
}

/** The term ± f of a relation (shared between relations: terms are read, never changed). */
function term(f: Figure, coefficient: 1 | -1): Term {
  const t = termsOf(f);
  if (coefficient === 1) return (t.plus ??= { quantity: t.quantity, coefficient: 1 });
  return (t.minus ??= { quantity: t.quantity, coefficient: -1 });
}

/** Σ coefficient × value − constant for the given values. */
export function residual(r: LinearRelation, values: number[]): number {
  return clean(r.terms.reduce((s, t, i) => s + t.coefficient * values[i], 0) - r.constant);
}

/** The status of a relation for the given values (in the order of quantitiesOf). */
export function statusOf(r: Relation, values: number[]): AgreementStatus {
  if (r.kind === 'test') return r.holds(values) ? 'equal' : 'error';
  const d = residual(r, values);
  const bound = r.bound(values);
  if (r.sense === 'atLeast') return d >= -bound - EPSILON ? 'equal' : 'error';
  return judge(d, bound).status;
}

/** The bound of sumAgreement for (total, ...parts): only printed (non-zero) parts carry rounding. */
function sumBound(values: number[]): number {
  let printed = 0;
  for (let i = 1; i < values.length; i++) if (values[i] !== 0) printed++;
  return roundingBound(Math.max(printed, 1));
}

/** total = Σ parts, with the bound of sumAgreement. */
export function sumRelation(total: Figure, parts: readonly Figure[]): LinearRelation {
  const terms = new Array<Term>(parts.length + 1);
  terms[0] = term(total, 1);
  for (let i = 0; i < parts.length; i++) terms[i + 1] = term(parts[i], -1);
  return { kind: 'linear', terms, constant: 0, sense: 'equal', bound: sumBound };
}

/** total = Σ signed parts (closing = opening + income − spent): the bound of a sum of as many parts. */
export function signedSumRelation(total: Figure, parts: Array<[Figure, 1 | -1]>): LinearRelation {
  const r = sumRelation(total, []);
  for (const [f, sign] of parts) r.terms.push(term(f, sign === 1 ? -1 : 1));
  return r;
}

/** The same figure shown twice: a difference of 0.01 is a tail. */
export function sameRelation(shown: Figure, source: Figure): LinearRelation {
  return {
    kind: 'linear',
    terms: [term(shown, 1), term(source, -1)],
    constant: 0,
    sense: 'equal',
    bound: () => 0.01,
    identical: true,
  };
}

/** shown ≥ floor, with the 0.01 of rounding checkAtLeast allows. */
export function atLeastRelation(shown: Figure, floor: Figure): LinearRelation {
  return { ...sameRelation(shown, floor), sense: 'atLeast', identical: false };
}

/** The relations the rules register as holding: total = Σ parts, a figure shown twice, shown ≥ floor. */
export type HoldingKind = 'sum' | 'same' | 'atLeast';

/** A holding relation built: 'sum' of `first` = Σ `other`, else `first` against the one figure `other`. */
export function holdingRelation(
  kind: HoldingKind,
  first: Figure,
  other: Figure | readonly Figure[],
): LinearRelation {
  if (isFigureList(other)) return sumRelation(first, other);
  return kind === 'atLeast' ? atLeastRelation(first, other) : sameRelation(first, other);
}

export const isFigureList = (x: Figure | readonly Figure[]): x is readonly Figure[] => Array.isArray(x);
