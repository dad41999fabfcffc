/** One unit's nine tables as blocks of cell values in the template's layout, with named anchor cells. */

import type { CellRange, CellValue } from '../../src/core/snapshot';
import { stripOrdinal } from '../../src/core/text';
import { TABLE_IDS, THREE_COST_KEYS, type TableId } from '../../src/core/tables/model';
import type { Template } from './template';
import type { UnitData } from './unit';

export interface Block {
  id: TableId;
  rows: CellValue[][];
  merges: CellRange[];
  /** Named cells (e.g. "公开03|2101501|basic") → [row, col] inside the block. */
  anchors: Map<string, [number, number]>;
}

const amount = (cents: number): CellValue => (cents === 0 ? null : cents / 100);

const CODED_COLUMNS: Partial<Record<TableId, Array<'total' | 'basic' | 'project' | 'fiscal'>>> = {
  公开02: ['total', 'fiscal'],
  公开03: ['total', 'basic', 'project'],
  公开05: ['total', 'basic', 'project'],
};

const EMPTY_NOTES: Partial<Record<TableId, string>> = {
  公开07: '注：本单位无政府性基金预算财政拨款收入、支出及结转和结余，故本表无数据。',
  公开08: '注：本单位无国有资本经营预算财政拨款支出，故本表无数据。',
};

function header(rows: CellValue[][], unit: UnitData): CellValue[][] {
  const out = rows.map((r) => [...r]);
  out[0][0] = `${unit.year}年度${String(out[0][0])}`;
  out[2][0] = `编制部门：${unit.name}`;
  return out;
}

function codedBlock(id: TableId, template: Template, unit: UnitData): Block {
  const t = template.tables.get(id)!;
  const anchors = new Map<string, [number, number]>();
  const head = header(t.rows.slice(0, 7), unit);
  const note = t.rows[t.rows.length - 1];
  const columns = CODED_COLUMNS[id];
  if (!columns) {
    const rows = [...head, [EMPTY_NOTES[id] ?? String(note[0])]];
    return { id, rows, merges: t.merges, anchors };
  }
  const value = (l: { total: number; basic: number; project: number }, key: string) =>
    key === 'fiscal' ? l.total : l[key as 'total' | 'basic' | 'project'];
  head[6] = [null, '合计', ...columns.map((k) => amount(value(unit, k)))];
  columns.forEach((k, i) => anchors.set(`${id}|合计|${k}`, [6, 2 + i]));
  const rows = [...head];
  for (const l of unit.lines) {
    const r = rows.length;
    rows.push([l.code, l.name, ...columns.map((k) => amount(value(l, k)))]);
    anchors.set(`${id}|${l.code}|name`, [r, 1]);
    columns.forEach((k, i) => anchors.set(`${id}|${l.code}|${k}`, [r, 2 + i]));
  }
  rows.push([...note]);
  return { id, rows, merges: t.merges, anchors };
}

/** 公开01 and 公开04: the template's rows with every amount replaced. */
function summaryBlock(id: '公开01' | '公开04', template: Template, unit: UnitData): Block {
  const t = template.tables.get(id)!;
  const rows = header(t.rows, unit);
  const anchors = new Map<string, [number, number]>();
  const valueCols = id === '公开01' ? [2, 5] : [2, 5, 6, 7, 8];
  const expenseCols = id === '公开01' ? [5] : [5, 6];
  const classes = new Map(unit.lines.filter((l) => l.code.length === 3).map((l) => [l.name, l]));
  for (let r = 6; r < rows.length; r++) {
    const row = rows[r];
    for (const c of valueCols) if (typeof row[c] === 'number') row[c] = null;
    const income = String(row[0] ?? '');
    const expense = String(row[3] ?? '');
    if (income === '一、一般公共预算财政拨款收入') {
      row[2] = amount(unit.total);
      anchors.set(`${id}|income1`, [r, 2]);
    }
    if (['本年收入合计', '总计', '合计'].includes(income)) {
      row[2] = amount(unit.total);
      for (const c of expenseCols) row[c] = amount(unit.total);
      anchors.set(`${id}|${income}`, [r, 2]);
    }
    const cls = classes.get(stripOrdinal(expense));
    if (cls) {
      for (const c of expenseCols) row[c] = amount(cls.total);
      anchors.set(`${id}|${cls.code}|total`, [r, 5]);
      if (id === '公开04') anchors.set(`${id}|${cls.code}|gp`, [r, 6]);
    }
  }
  return { id, rows, merges: t.merges, anchors };
}

function economicBlock(template: Template, unit: UnitData): Block {
  const t = template.tables.get('公开06')!;
  const rows = header(t.rows, unit);
  const anchors = new Map<string, [number, number]>();
  for (let r = 4; r < rows.length; r++) {
    const row = rows[r];
    for (const c of [0, 3, 6]) {
      const code = row[c];
      if (typeof code === 'string' && /^\d{3,5}$/.test(code)) {
        row[c + 2] = amount(unit.economic.get(code) ?? 0);
        anchors.set(`公开06|${code}`, [r, c + 2]);
      }
    }
    if (row[0] === '人员经费合计') {
      row[2] = amount(unit.personnel);
      row[8] = amount(unit.public);
      anchors.set('公开06|personnel', [r, 2]);
      anchors.set('公开06|public', [r, 8]);
    }
  }
  return { id: '公开06', rows, merges: t.merges, anchors };
}

function threeCostsBlock(template: Template, unit: UnitData): Block {
  const t = template.tables.get('公开09')!;
  const rows = header(t.rows, unit);
  const anchors = new Map<string, [number, number]>();
  for (let r = 4; r < rows.length; r++) {
    const side = rows[r][0] === '预算数' ? 'budget' : rows[r][0] === '决算数' ? 'actual' : null;
    if (!side) continue;
    rows[r] = [rows[r][0], ...THREE_COST_KEYS.map((k) => amount(unit[side][k]))];
    THREE_COST_KEYS.forEach((k, i) => anchors.set(`公开09|${side}|${k}`, [r, 1 + i]));
  }
  return { id: '公开09', rows, merges: t.merges, anchors };
}

export function renderUnit(template: Template, unit: UnitData): Block[] {
  return TABLE_IDS.map((id) => {
    if (id === '公开01' || id === '公开04') return summaryBlock(id, template, unit);
    if (id === '公开06') return economicBlock(template, unit);
    if (id === '公开09') return threeCostsBlock(template, unit);
    return codedBlock(id, template, unit);
  });
}
