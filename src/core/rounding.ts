/**
 * Error or rounding tail (DOMAIN.md §4). Each printed figure stands for an interval of ±0.005 万元,
 * so a total of n parts may differ from their sum by up to (n + 1) × 0.005 from rounding alone;
 * the same figure shown twice may differ by at most 0.01.
 */

export type AgreementStatus = 'equal' | 'tail' | 'error';

export interface Agreement {
  status: AgreementStatus;
  /** total − Σ parts (or a − b), in 万元, free of float noise. */
  difference: number;
  bound: number;
}

const HALF_CENT = 0.005;
/** Below this, a difference is float noise. */
export const EPSILON = 1e-7;

/** A difference free of float noise. */
export function clean(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

export function judge(difference: number, bound: number): Agreement {
  const d = clean(difference);
  if (Math.abs(d) < EPSILON) return { status: 'equal', difference: 0, bound };
  return { status: Math.abs(d) <= bound + EPSILON ? 'tail' : 'error', difference: d, bound };
}

export function roundingBound(partCount: number): number {
  return clean((partCount + 1) * HALF_CENT);
}

/** Parts that are exactly zero (a 类 with no spending) carry no rounding, so only printed amounts count. */
export function sumAgreement(total: number, parts: number[]): Agreement {
  let sum = 0;
  let printed = 0;
  for (const p of parts) {
    sum += p;
    if (p !== 0) printed++;
  }
  return judge(total - sum, roundingBound(Math.max(printed, 1)));
}

export function sameFigureAgreement(a: number, b: number): Agreement {
  return judge(a - b, 0.01);
}
