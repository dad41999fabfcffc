/**
 * A workbook may hold the tables of several units one after another (a 汇总 workbook: the 部门汇总 and
 * then each 单位, on one sheet or a sheet per unit). The rules compare the tables of one unit with each
 * other, never across units: this splits the recognised tables, in workbook order, into units.
 */

import type { Table } from './tables/model';

/**
 * A new unit starts at a 公开01 (收入支出决算总表) when the current unit already has one. A lone table
 * cut off that way (a 公开01 pasted twice, a stray copy at the end) stays with the unit before it, where
 * the rules read only the first table of each kind, as for any single-unit workbook.
 */
export function splitUnits(tables: Table[]): Table[][] {
  const units: Table[][] = [];
  let current: Table[] = [];
  for (const t of tables) {
    if (t.id === '公开01' && current.some((c) => c.id === '公开01')) {
      units.push(current);
      current = [];
    }
    current.push(t);
  }
  units.push(current);
  const merged: Table[][] = [];
  for (const unit of units) {
    if (unit.length < 2 && merged.length > 0) merged[merged.length - 1].push(...unit);
    else merged.push(unit);
  }
  if (merged.length > 1 && merged[0].length < 2) merged.splice(0, 2, [...merged[0], ...merged[1]]);
  return merged;
}
