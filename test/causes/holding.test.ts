/**
 * Relations that hold exactly are registered unbuilt: the cause pass builds one only when it reads a cell of a
 * broken relation, and a cell set tells cells apart by sheet, row and column.
 */

import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { CellSet } from '../../src/core/causes/cell-set';
import { sumRelation } from '../../src/core/causes/relation';
import { explain, holdingChecked, type Checked } from '../../src/core/causes/solve';
import type { Figure } from '../../src/core/tables/model';

/** A figure of 公开03 that counts how often its value is read (building a relation reads it). */
function figure(row: number, col: number, value: number, reads: { n: number }): Figure {
  const f = { ref: { sheet: '公开03', row, col }, parse: { kind: 'number', value, decimals: 2 } } as Figure;
  Object.defineProperty(f, 'value', {
    get: () => {
      reads.n++;
      return value;
    },
  });
  return f;
}

describe('CellSet', () => {
  test('a cell is found only on its own sheet, row and column', () => {
    const cells = new CellSet();
    cells.add({ sheet: '公开03', row: 5, col: 2 });
    cells.add({ sheet: '公开05', row: 0, col: 16383 });
    assert.ok(cells.has({ sheet: '公开03', row: 5, col: 2 }));
    assert.ok(!cells.has({ sheet: '公开03', row: 2, col: 5 }));
    assert.ok(!cells.has({ sheet: '公开05', row: 5, col: 2 }));
    assert.ok(cells.has({ sheet: '公开05', row: 0, col: 16383 }));
    assert.ok(!cells.has({ sheet: '公开05', row: 1, col: 0 }), 'the last column is not the next row');
    assert.equal(cells.size, 2);
  });
});

describe('holding relations in the cause pass', () => {
  test('one that reads no cell of a broken relation is never built; one that does is weighed', () => {
    const far = { n: 0 };
    const near = { n: 0 };
    const broken = { n: 0 };
    // Broken: C10 (100) ≠ C11 (60) + C12 (30). Holding: C20 = C21 + C22 (far), C12 = C13 + C14 (near C12).
    const total = figure(10, 2, 100, broken);
    const a = figure(11, 2, 60, broken);
    const b = figure(12, 2, 30, broken);
    const farTotal = figure(20, 2, 7, far);
    const farParts = [figure(21, 2, 3, far), figure(22, 2, 4, far)];
    const nearParts = [figure(13, 2, 10, near), figure(14, 2, 20, near)];
    const checked: Array<Checked<string>> = [
      { relation: sumRelation(total, [a, b]), finding: '合计不平' },
      holdingChecked('sum', farTotal, farParts),
      holdingChecked('sum', b, nearParts),
    ];
    const result = explain(checked);
    assert.equal(far.n, 0, 'the far relation was built');
    assert.ok(near.n > 0, 'the relation through C12 was not weighed');
    // C12 cannot change without breaking C12 = C13 + C14: C10 or C11 are the candidates, neither alone a cause.
    assert.equal(result.causes.length, 0);
    assert.equal(result.unexplained.length, 1);
    const candidates = result.unexplained[0].candidates.map((c) => `${c.quantity.ref!.row}:${c.value}`);
    assert.deepEqual(candidates.sort(), ['10:90', '11:70']);
  });
});
