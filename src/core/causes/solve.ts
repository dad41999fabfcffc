/**
 * Single-figure explanations of broken relations. For each figure of a broken linear relation, the value
 * that balances it is tried against every relation the figure takes part in: a candidate fixes broken
 * relations and breaks none that holds. A candidate is a cause only when no other candidate explains as
 * much (never a guess between equals), and the causes together leave none of their relations broken.
 */

import { round2 } from '../numbers';
import { clean, EPSILON } from '../rounding';
import type { Figure } from '../tables/model';
import { CellSet } from './cell-set';
import {
  holdingRelation,
  isFigureList,
  quantitiesOf,
  residual,
  statusOf,
  type HoldingKind,
  type Quantity,
  type Relation,
} from './relation';

export interface Checked<F> {
  relation: Relation;
  /** The finding the rule reported for it; absent when it holds exactly. */
  finding?: F;
  /** Known to hold exactly as read: its relation is built on first use (see holdingChecked). */
  holds?: boolean;
}

/**
 * A relation known to hold exactly as read, built when first read: most never are. It keeps only its kind and
 * its figures (one object per relation, no closure), so the cause pass can tell whether it touches a suspect cell
 * without building it.
 */
class HoldingChecked<F> implements Checked<F> {
  readonly holds = true;
  finding?: F;
  private made: Relation | undefined;
  constructor(
    private readonly kind: HoldingKind,
    /** The total, or the figure shown. */
    private readonly first: Figure,
    /** The parts of a sum; the source or floor of the others. */
    private readonly other: Figure | readonly Figure[],
  ) {}
  get relation(): Relation {
    return (this.made ??= holdingRelation(this.kind, this.first, this.other));
  }
  /** True when one of its figures is one of these cells. */
  reads(cells: CellSet): boolean {
    if (cells.has(this.first.ref)) return true;
    const other = this.other;
    if (!isFigureList(other)) return cells.has(other.ref);
    for (const f of other) if (cells.has(f.ref)) return true;
    return false;
  }
}

/** A holding relation: 'sum' of `first` = Σ `other`, else `first` against the one figure `other`. */
export function holdingChecked<F>(
  kind: HoldingKind,
  first: Figure,
  other: Figure | readonly Figure[],
): Checked<F> {
  return new HoldingChecked<F>(kind, first, other);
}

export interface Candidate<F> {
  quantity: Quantity;
  /** The value that balances its relations. */
  value: number;
  /** The broken relations it balances on its own. */
  fixes: Set<Checked<F>>;
}

export interface Explanation<F> {
  /** Each cause with every broken relation it takes part in. */
  causes: Array<{ candidate: Candidate<F>; explains: Array<Checked<F>> }>;
  /** Broken relations no cause explains, with the figures that would each balance them alone. */
  unexplained: Array<{ checked: Checked<F>; candidates: Array<Candidate<F>> }>;
}

type Changes = ReadonlyMap<string, number>;

/** A figure copied between tables carries no rounding of its own: a cent of difference weighs like a whole bound of a sum. */
const IDENTICAL_WEIGHT = 1000;

function valuesOf(r: Relation, changes: Changes): number[] {
  if (changes.size === 0 && r.kind === 'linear') return r.terms.map((t) => t.quantity.value);
  return quantitiesOf(r).map((q) => changes.get(q.key) ?? q.value);
}

function roundTo(x: number, decimals: number): number {
  const f = Math.pow(10, decimals);
  return decimals === 2 ? round2(x) : Math.round(x * f) / f;
}

/** The value of `q` that zeroes the residual of a linear relation, as printed. */
function balancing(r: Relation, q: Quantity): number | null {
  if (r.kind !== 'linear' || r.sense !== 'equal') return null;
  // A figure read twice by one relation counts with its net coefficient.
  const coefficient = r.terms.reduce((s, t) => s + (t.quantity.key === q.key ? t.coefficient : 0), 0);
  if (Math.abs(coefficient) < 1e-9) return null;
  return roundTo(q.value - residual(r, valuesOf(r, new Map())) / coefficient, q.decimals);
}

/** How far from exact a relation is, in units of its rounding bound: a large sum has more room. */
function misfit(r: Relation, changes: Changes): number {
  if (r.kind !== 'linear' || r.sense === 'atLeast') return 0;
  const values = valuesOf(r, changes);
  const d = Math.abs(residual(r, values));
  if (r.identical) return d * IDENTICAL_WEIGHT;
  const bound = r.bound(values);
  return bound > 0 ? d / bound : d;
}

/**
 * True when a linear relation holds exactly as read (most do): its status is then 'equal' whatever its bound,
 * so the values need not be gathered. The same sum in the same order as residual's.
 */
function exactAsRead(r: Relation): boolean {
  if (r.kind !== 'linear') return false;
  let s = 0;
  for (const t of r.terms) s += t.coefficient * t.quantity.value;
  return Math.abs(clean(s - r.constant)) < EPSILON;
}

export function explain<F>(checked: Array<Checked<F>>): Explanation<F> {
  const none: Changes = new Map();
  const broken = new Set(
    checked.filter(
      (c) =>
        !c.holds && !exactAsRead(c.relation) && statusOf(c.relation, valuesOf(c.relation, none)) === 'error',
    ),
  );
  if (broken.size === 0) return { causes: [], unexplained: [] };
  // Only the figures of broken relations can be causes: the relations of the others are not indexed.
  const suspects = new Set<string>();
  const suspectCells = new CellSet();
  for (const c of broken)
    for (const q of quantitiesOf(c.relation)) {
      suspects.add(q.key);
      if (q.ref) suspectCells.add(q.ref);
    }
  const byKey = new Map<string, Array<Checked<F>>>();
  const quantity = new Map<string, Quantity>();
  for (const c of checked) {
    // A holding relation reads only table cells: one that reads no suspect cell is never built.
    if (c instanceof HoldingChecked && !c.reads(suspectCells)) continue;
    const r = c.relation;
    const n = r.kind === 'linear' ? r.terms.length : r.quantities.length;
    for (let i = 0; i < n; i++) {
      const q = r.kind === 'linear' ? r.terms[i].quantity : r.quantities[i];
      if (!suspects.has(q.key)) continue;
      const list = byKey.get(q.key);
      if (list) {
        if (!list.includes(c)) list.push(c);
      } else byKey.set(q.key, [c]);
      if (!quantity.has(q.key)) quantity.set(q.key, q);
    }
  }

  /** The best value for `q` among those balancing one of its broken relations, if it breaks nothing. */
  const candidateFor = (q: Quantity): Candidate<F> | null => {
    const own = byKey.get(q.key) ?? [];
    const tried = new Set<number>();
    let best: { c: Candidate<F>; misfit: number } | null = null;
    const balancingValues = own.flatMap((b) => {
      const v = broken.has(b) ? balancing(b.relation, q) : null;
      return v === null ? [] : [v];
    });
    // Only the exact balancing value is what the cell must hold: a typing slip merely labels it.
    for (const value of balancingValues) {
      if (value === q.value || tried.has(value)) continue;
      tried.add(value);
      const changes = new Map([[q.key, value]]);
      const fixes = new Set<Checked<F>>();
      let ok = true;
      let total = 0;
      for (const c of own) {
        const after = statusOf(c.relation, valuesOf(c.relation, changes)) !== 'error';
        if (broken.has(c)) {
          if (after) fixes.add(c);
        } else if (!after) ok = false;
        // Relations left broken (by another error) say nothing about this figure's value.
        if (after) total += misfit(c.relation, changes);
      }
      if (!ok || fixes.size === 0) continue;
      // More relations balanced first; then the closest balance.
      const better =
        !best || fixes.size > best.c.fixes.size || (fixes.size === best.c.fixes.size && total < best.misfit);
      if (better) best = { c: { quantity: q, value, fixes }, misfit: total };
    }
    return best?.c ?? null;
  };

  const candidates: Array<Candidate<F>> = [];
  for (const [key, q] of quantity) {
    if (!(byKey.get(key) ?? []).some((c) => broken.has(c))) continue;
    const c = candidateFor(q);
    if (c) candidates.push(c);
  }

  // Only candidates that balance a relation in common can cover or overlap each other.
  const fixing = new Map<Checked<F>, Array<Candidate<F>>>();
  for (const c of candidates)
    for (const r of c.fixes) {
      const list = fixing.get(r);
      if (list) list.push(c);
      else fixing.set(r, [c]);
    }
  const covers = (a: Candidate<F>, b: Candidate<F>) => {
    for (const x of b.fixes) if (!a.fixes.has(x)) return false;
    return true;
  };
  // A rival that covers c fixes each of c's relations, its first among them: only those candidates are asked.
  const dominated = (c: Candidate<F>) => {
    const first = c.fixes.values().next().value as Checked<F>;
    return (fixing.get(first) ?? []).some((o) => o !== c && covers(o, c));
  };
  let causes = candidates.filter((c) => !dominated(c));
  const undominated = new Set(causes);
  // A cause shares none of its relations with another undominated candidate (never a guess between equals).
  const alone = (c: Candidate<F>) => {
    for (const r of c.fixes)
      for (const o of fixing.get(r) ?? []) if (o !== c && undominated.has(o)) return false;
    return true;
  };
  causes = causes.filter(alone);

  // Together, the causes must leave none of their relations broken and break none that holds.
  for (let changed = true; changed;) {
    const changes = new Map(causes.map((c) => [c.quantity.key, c.value]));
    const kept = causes.filter((c) =>
      (byKey.get(c.quantity.key) ?? []).every(
        (r) => statusOf(r.relation, valuesOf(r.relation, changes)) !== 'error',
      ),
    );
    changed = kept.length !== causes.length;
    causes = kept;
  }

  const explained = new Set<Checked<F>>();
  const result: Explanation<F> = { causes: [], unexplained: [] };
  for (const c of causes) {
    const explains = (byKey.get(c.quantity.key) ?? []).filter((r) => broken.has(r));
    explains.forEach((r) => explained.add(r));
    result.causes.push({ candidate: c, explains });
  }
  for (const b of broken)
    if (!explained.has(b))
      result.unexplained.push({ checked: b, candidates: candidates.filter((c) => c.fixes.has(b)) });
  return result;
}
