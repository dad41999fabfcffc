/**
 * A sweep of planted errors over the real corpus workbooks: whatever the figure and the slip, a cause is
 * never a wrong cell or a wrong value; most single errors are pinned down.
 */

import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { toA1 } from '../../src/core/address';
import { checkWorkbook } from '../../src/core/check';
import { recognizeWorkbook } from '../../src/core/recognition';
import type { Figure } from '../../src/core/tables/model';
import { loadCase, withCells } from '../helpers';
import { corpusNarrative } from '../narrative/helpers';

const SLIPS: Array<[string, (v: number) => number]> = [
  ['+9', (v) => v + 9],
  ['+0.05', (v) => v + 0.05],
  ['×10', (v) => v * 10],
  ['−', (v) => -v],
  ['÷10', (v) => v / 10],
];

function where(f: Figure): [string, string] {
  return [f.ref.sheet, toA1(f.ref.row, f.ref.col)];
}

test.each(['liujiang2022', 'danfeng2024'])('%s: single and paired planted errors', async (unit) => {
  const snapshot = await loadCase(`${unit}-standard`);
  const narrative = corpusNarrative(unit);
  const numbers = recognizeWorkbook(snapshot)
    .tables.flatMap((t) => t.figures)
    .filter((f) => f.parse.kind === 'number');
  const figures = numbers.filter((f) => f.value !== 0);
  const zeros = numbers.filter((f) => f.value === 0);
  const plant = (changes: Array<[Figure, number]>) =>
    checkWorkbook(
      withCells(
        snapshot,
        changes.map(([f, v]) => [...where(f), Math.round(v * 100) / 100]),
      ),
      { narrative },
    ).findings.filter((x) => x.rule === 'cause.single-cell');

  let planted = 0;
  let found = 0;
  figures.forEach((f, i) => {
    if (i % 4 !== 0) return;
    const [name, slip] = SLIPS[(i / 4) % SLIPS.length];
    const causes = plant([[f, slip(f.value)]]);
    planted++;
    for (const c of causes) {
      assert.deepEqual([c.sheet, c.cell], where(f), `${name} at ${where(f).join('!')}: ${c.message}`);
      assert.ok(Math.abs(c.expected! - f.value) < 0.006, `${name} at ${where(f).join('!')}: ${c.message}`);
    }
    if (causes.length === 1) found++;
  });
  assert.ok(found >= planted * 0.8, `${found} of ${planted} single errors pinned down`);

  // A figure typed into a zero cell: the cell must hold 0, whatever slip 1 might be read as.
  zeros.forEach((f, i) => {
    if (i % 6 !== 0) return;
    for (const c of plant([[f, 1]])) {
      assert.deepEqual([c.sheet, c.cell], where(f), `1 at ${where(f).join('!')}: ${c.message}`);
      assert.equal(c.expected, 0, `1 at ${where(f).join('!')}: ${c.message}`);
    }
  });

  for (let i = 0; i + 7 < figures.length; i += 15) {
    const pair: Array<[Figure, number]> = [
      [figures[i], figures[i].value + 7],
      [figures[i + 7], figures[i + 7].value + 3],
    ];
    for (const c of plant(pair))
      assert.ok(
        pair.some(
          ([f]) =>
            c.sheet === f.ref.sheet && c.cell === where(f)[1] && Math.abs(c.expected! - f.value) < 0.006,
        ),
        c.message,
      );
  }
});
