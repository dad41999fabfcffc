/** The typing slips that explain a wrong figure: two adjacent digits swapped, ten times off, a sign. */

import { round2 } from '../numbers';

function digits(x: number): string {
  return Math.abs(x).toFixed(2).replace('.', '');
}

function swappedAdjacent(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  return (
    diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]]
  );
}

/** 437.10 for 43.71 (exactly: extra digits typed), 4.37 for 43.71 (within the rounding of the shorter figure). */
function timesOff(actual: number, expected: number): number | null {
  for (const factor of [10, 100, 1000]) {
    if (expected !== 0 && Math.abs(actual - expected * factor) < 0.001) return factor;
    if (actual !== 0 && Math.abs(actual * factor - expected) <= 0.005 * factor) return 1 / factor;
  }
  return null;
}

const TIMES: Record<number, string> = { 10: '十', 100: '一百', 1000: '一千' };
const PLACES: Record<number, string> = { 10: '一位', 100: '两位', 1000: '三位' };

/** A short Chinese note naming the slip that turns `expected` into `actual`, or null. */
export function likelySlip(actual: number, expected: number): string | null {
  const a = round2(actual);
  const e = round2(expected);
  if (a === e) return null;
  if (a !== 0 && a === -e) return '疑为正负号错误';
  const factor = timesOff(a, e);
  if (factor !== null)
    return factor > 1
      ? `疑为多打了${PLACES[factor]}，是应有数的${TIMES[factor]}倍`
      : `疑为少打了${PLACES[1 / factor]}，是应有数的${TIMES[1 / factor]}分之一`;
  if (Math.sign(a) === Math.sign(e) && swappedAdjacent(digits(a), digits(e))) return '疑为相邻两位数字颠倒';
  return null;
}
