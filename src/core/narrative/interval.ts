/**
 * Interval arithmetic for figures quoted in the narrative (DOMAIN.md §5): a figure printed with d
 * decimals stands for [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ]; a stated percentage is judged against the interval
 * of the quotient it claims, never against one exact quotient.
 */

export interface Interval {
  lo: number;
  hi: number;
}

/** Slack against float noise when comparing interval ends. */
const EPSILON = 1e-9;

/** The interval a printed figure stands for: "117.2" → [117.15, 117.25], "1600" → [1599.5, 1600.5]. */
export function printed(value: number, decimals: number): Interval {
  const half = 0.5 * Math.pow(10, -decimals);
  return { lo: value - half, hi: value + half };
}

/** An exact value (a table figure taken as printed, or a constant). */
export function exact(value: number): Interval {
  return { lo: value, hi: value };
}

export function add(a: Interval, b: Interval): Interval {
  return { lo: a.lo + b.lo, hi: a.hi + b.hi };
}

export function subtract(a: Interval, b: Interval): Interval {
  return { lo: a.lo - b.hi, hi: a.hi - b.lo };
}

export function scale(a: Interval, factor: number): Interval {
  const x = a.lo * factor;
  const y = a.hi * factor;
  return { lo: Math.min(x, y), hi: Math.max(x, y) };
}

/** a / b, or null when b's interval holds zero (no quotient can be judged then). */
export function divide(a: Interval, b: Interval): Interval | null {
  if (b.lo <= 0 && b.hi >= 0) return null;
  const q = [a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi];
  return { lo: Math.min(...q), hi: Math.max(...q) };
}

/** True when the two intervals share at least one point. */
export function meets(a: Interval, b: Interval): boolean {
  return a.lo <= b.hi + EPSILON && b.lo <= a.hi + EPSILON;
}

/** part / whole as a percentage interval, or null when the whole may be zero. */
export function percentOf(part: Interval, whole: Interval): Interval | null {
  const q = divide(part, whole);
  return q && scale(q, 100);
}

/** The percentage the midpoints give, rounded to the stated number of decimals, for messages. */
export function expectedPercent(q: Interval, decimals: number): number {
  const mid = (q.lo + q.hi) / 2;
  const f = Math.pow(10, decimals);
  return Math.round(mid * f) / f;
}
