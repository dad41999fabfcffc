/** Errors planted at known cells of a unit's blocks: each must come back as a finding on or about that cell. */

import type { Block } from './render';
import type { Random } from './random';
import type { UnitData } from './unit';

export interface PlantedError {
  kind: string;
  sheet: string;
  /** A1 address of the changed cell. */
  cell: string;
  /** The severity the changed cell must be reported with (on the cell or as a related cell). */
  severity: 'error' | 'warning';
  before: string;
  after: string;
}

/** A plant inside one block, before the blocks are placed on a sheet. */
export interface BlockPlant {
  kind: string;
  block: number;
  row: number;
  col: number;
  severity: 'error' | 'warning';
  before: string;
  after: string;
}

type Planter = (rnd: Random, blocks: Block[], unit: UnitData) => BlockPlant | null;

function changeAmount(blocks: Block[], kind: string, anchor: string, delta: number): BlockPlant | null {
  const block = blocks.findIndex((b) => b.anchors.has(anchor));
  if (block < 0) return null;
  const [row, col] = blocks[block].anchors.get(anchor)!;
  const cells = blocks[block].rows[row];
  const before = typeof cells[col] === 'number' ? (cells[col] as number) : 0;
  const after = Math.round(before * 100 + delta) / 100;
  cells[col] = after;
  return { kind, block, row, col, severity: 'error', before: String(before), after: String(after) };
}

const delta = (rnd: Random) => (rnd.chance(0.5) ? 1 : -1) * rnd.int(100, 5000);

const PLANTERS: Planter[] = [
  // A 项 of 公开03: its row no longer adds up, nor its 款, nor its match in 公开05.
  (rnd, blocks, unit) => {
    const items = unit.lines.filter((l) => l.code.length === 7 && l.basic > 0);
    if (items.length === 0) return null;
    return changeAmount(
      blocks,
      '公开03 项 基本支出',
      `公开03|${rnd.pick(items).code}|basic`,
      rnd.int(100, 5000),
    );
  },
  (rnd, blocks) => changeAmount(blocks, '公开02 合计 本年收入合计', '公开02|合计|total', delta(rnd)),
  (rnd, blocks, unit) => {
    const classes = unit.lines.filter((l) => l.code.length === 3);
    return changeAmount(blocks, '公开01 类 支出', `公开01|${rnd.pick(classes).code}|total`, delta(rnd));
  },
  (rnd, blocks, unit) => {
    const classes = unit.lines.filter((l) => l.code.length === 3);
    return changeAmount(blocks, '公开04 类 一般公共预算', `公开04|${rnd.pick(classes).code}|gp`, delta(rnd));
  },
  (rnd, blocks, unit) => {
    const entries = [...unit.economic].filter(([k, v]) => k.length === 5 && v > 0).map(([k]) => k);
    if (entries.length === 0) return null;
    return changeAmount(blocks, '公开06 经济分类款', `公开06|${rnd.pick(entries)}`, delta(rnd));
  },
  (rnd, blocks) =>
    changeAmount(blocks, '公开09 决算 公务接待费', '公开09|actual|reception', rnd.int(100, 5000)),
  // A 项 name in 公开05 that differs from the catalogue and from 公开03.
  (rnd, blocks, unit) => {
    const items = unit.lines.filter((l) => l.code.length === 7);
    const line = rnd.pick(items);
    const block = blocks.findIndex((b) => b.anchors.has(`公开05|${line.code}|name`));
    if (block < 0) return null;
    const [row, col] = blocks[block].anchors.get(`公开05|${line.code}|name`)!;
    const after = `${line.name}支出项目`;
    blocks[block].rows[row][col] = after;
    return { kind: '公开05 科目名称', block, row, col, severity: 'warning', before: line.name, after };
  },
];

/** Plant `count` errors of different kinds (at most one of each kind) into the unit's blocks. */
export function plantErrors(rnd: Random, blocks: Block[], unit: UnitData, count: number): BlockPlant[] {
  const kinds = rnd.sample(
    PLANTERS.map((_, i) => i),
    Math.min(count, PLANTERS.length),
  );
  const plants: BlockPlant[] = [];
  for (const k of kinds) {
    const p = PLANTERS[k](rnd, blocks, unit);
    if (p) plants.push(p);
  }
  return plants;
}
