import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { roundingBound, sameFigureAgreement, sumAgreement } from '../src/core/rounding';

test('a total of n parts may differ by (n + 1) × 0.005 from rounding alone', () => {
  assert.equal(roundingBound(2), 0.015);
  assert.equal(roundingBound(3), 0.02);
  assert.deepEqual(sumAgreement(299.05, [52.93, 2.9, 243.23]), {
    status: 'tail',
    difference: -0.01,
    bound: 0.02,
  });
  assert.equal(sumAgreement(299.08, [52.93, 2.9, 243.23]).status, 'tail');
  assert.equal(sumAgreement(299.09, [52.93, 2.9, 243.23]).status, 'error');
  assert.equal(sumAgreement(299.06, [52.93, 2.9, 243.23]).status, 'equal');
  // two parts: 0.02 is beyond ±0.015
  assert.equal(sumAgreement(10.02, [5, 5]).status, 'error');
  assert.equal(sumAgreement(10.01, [5, 5]).status, 'tail');
});

test('sums of many two-decimal figures compare without float noise', () => {
  const parts = [173.44, 90.98, 33.1, 0, 74.38, 43.71, 7.92, 19.63, 5.31, 4.48, 26.35, 0, 0];
  assert.deepEqual(sumAgreement(479.3, parts), { status: 'equal', difference: 0, bound: 0.055 });
  assert.equal(sumAgreement(479.31, parts).status, 'tail');
});

test('parts that are exactly zero carry no rounding', () => {
  const classes = [58.1, 963.03, 28.08, ...new Array(23).fill(0)];
  assert.deepEqual(sumAgreement(1049.22, classes), { status: 'tail', difference: 0.01, bound: 0.02 });
  assert.equal(sumAgreement(1049.25, classes).status, 'error');
});

test('the same figure in two tables: 0.01 is a tail, more is an error', () => {
  assert.equal(sameFigureAgreement(953.2, 953.2).status, 'equal');
  assert.equal(sameFigureAgreement(953.21, 953.2).status, 'tail');
  assert.equal(sameFigureAgreement(953.22, 953.2).status, 'error');
});
