/**
 * The fast paths of the core's hot helpers give what the plain way gives: formatAmount against Intl's
 * formatting, decimalsOf against printing the number to 8 places, SheetGrid.text (kept once made)
 * against the value's trimmed text, over many values and every edge found.
 */

import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { decimalsOf, formatAmount, round2 } from '../src/core/numbers';
import { SheetGrid } from '../src/core/snapshot';

const viaIntl = (x: number) =>
  round2(x).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function viaPrinting(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const text = value.toFixed(8).replace(/0+$/, '');
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EDGES = [
  0,
  -0,
  0.001,
  -0.001,
  0.004,
  0.005,
  -0.005,
  0.015,
  1.005,
  2.675,
  999.995,
  999.994,
  1000,
  -1000,
  123456.785,
  9999999.99,
  10000000.005,
  99999999999.99,
  1e14 + 0.01,
  1e15,
  -1e15,
  1e21,
  123.456,
  0.1 + 0.2,
  299.04999999999995,
  NaN,
  Infinity,
  -Infinity,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_VALUE,
];

test('formatAmount prints what toLocaleString prints, edges and 20,000 amounts of every size', () => {
  for (const x of EDGES) assert.equal(formatAmount(x), viaIntl(x), String(x));
  const next = random(25);
  for (let i = 0; i < 20000; i++) {
    const scale = 10 ** Math.floor(next() * 16);
    const x = (next() - 0.3) * scale;
    const cents = Math.round(x * 100) / 100;
    for (const v of [x, cents]) assert.equal(formatAmount(v), viaIntl(v), String(v));
  }
});

test('decimalsOf reads whole cents as printing them would, and falls back for anything else', () => {
  for (const x of EDGES) assert.equal(decimalsOf(x), viaPrinting(x), String(x));
  const next = random(7);
  for (let i = 0; i < 20000; i++) {
    const scale = 10 ** Math.floor(next() * 13);
    const x = (next() - 0.3) * scale;
    const decimals = Math.floor(next() * 5);
    for (const v of [x, Math.round(x * 10 ** decimals) / 10 ** decimals, x / 3 + 0.1 + 0.2])
      assert.equal(decimalsOf(v), viaPrinting(v), String(v));
  }
});

test('SheetGrid.text gives each cell its trimmed text however often and wherever it is asked', () => {
  const values = [[' 公开01表 ', null, 12.5, true], [], [0, -0.5, '  收入 \n', false, 1e21], [null, 'x']];
  const grid = new SheetGrid({ name: 'S', originRow: 3, originCol: 2, values, merges: [] });
  for (let pass = 0; pass < 2; pass++)
    for (let r = 0; r < 10; r++)
      for (let c = 0; c < 10; c++) {
        const v = values[r - 3]?.[c - 2];
        const expected = v === null || v === undefined ? '' : String(v).trim();
        assert.equal(grid.text(r, c), expected, `${r},${c} pass ${pass}`);
        assert.equal(grid.value(r, c), v === undefined ? null : v);
      }
});
