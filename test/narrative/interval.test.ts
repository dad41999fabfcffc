import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { add, divide, meets, percentOf, printed, subtract } from '../../src/core/narrative/interval';

const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;

test('a printed figure stands for ± half a unit of its last digit', () => {
  const a = printed(117.2, 1);
  assert.ok(near(a.lo, 117.15) && near(a.hi, 117.25));
  const b = printed(1600, 0);
  assert.ok(near(b.lo, 1599.5) && near(b.hi, 1600.5));
  const c = printed(26.35, 2);
  assert.ok(near(c.lo, 26.345) && near(c.hi, 26.355));
});

test('DOMAIN §5: 26.35 / 953.20 does not meet "占2.77%" but meets 2.76%', () => {
  const q = percentOf(printed(26.35, 2), printed(953.2, 2))!;
  assert.ok(q.lo > 2.7637 && q.lo < 2.7639, String(q.lo));
  assert.ok(q.hi > 2.7648 && q.hi < 2.765, String(q.hi));
  assert.equal(meets(q, printed(2.77, 2)), false);
  assert.equal(meets(q, printed(2.76, 2)), true);
});

test('DOMAIN §5: "增长145.30%" for 69.42 / (117.2 − 69.42) is consistent', () => {
  const d = printed(69.42, 2);
  const q = percentOf(d, subtract(printed(117.2, 1), d))!;
  assert.equal(meets(q, printed(145.3, 2)), true);
  // With 117.2 taken as exact, the quotient alone would miss it: the interval is what saves it.
  const exactQuotient = (69.42 / (117.2 - 69.42)) * 100;
  assert.equal(meets({ lo: exactQuotient, hi: exactQuotient }, printed(145.3, 2)), false);
});

test('division by an interval holding zero gives no quotient', () => {
  assert.equal(divide(printed(12.49, 2), printed(0, 0)), null);
  assert.equal(percentOf(printed(1, 0), printed(0, 2)), null);
});

test('sums add the ends; meets is symmetric and touches count', () => {
  const s = add(printed(525.83, 2), printed(427.37, 2));
  assert.ok(near(s.lo, 953.19) && near(s.hi, 953.21));
  assert.equal(meets({ lo: 1, hi: 2 }, { lo: 2, hi: 3 }), true);
  assert.equal(meets({ lo: 2, hi: 3 }, { lo: 1, hi: 1.999 }), false);
});
