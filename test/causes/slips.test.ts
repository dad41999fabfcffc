import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { likelySlip } from '../../src/core/causes/slips';

test('likelySlip names the slip that turns the expected figure into the one printed', () => {
  assert.equal(likelySlip(34.71, 43.71), '疑为相邻两位数字颠倒');
  assert.equal(likelySlip(14.49, 14.94), '疑为相邻两位数字颠倒');
  assert.equal(likelySlip(437.1, 43.71), '疑为多打了一位，是应有数的十倍');
  assert.equal(likelySlip(4.37, 43.71), '疑为少打了一位，是应有数的十分之一');
  assert.equal(likelySlip(4371, 43.71), '疑为多打了两位，是应有数的一百倍');
  assert.equal(likelySlip(-12.5, 12.5), '疑为正负号错误');
  assert.equal(likelySlip(34.72, 43.71), null);
  assert.equal(likelySlip(7.09, 0.07), null);
  assert.equal(likelySlip(43.71, 43.71), null);
  // Two digits that are not next to each other are no swap.
  assert.equal(likelySlip(17.34, 47.31), null);
});
