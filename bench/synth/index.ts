/**
 * Synthetic disclosures for the benchmark and the batch tests: department workbooks (one table a sheet,
 * with a narrative beside each) and a 汇总 workbook (部门汇总, then every unit on its own sheet, nine
 * tables stacked), with planted errors at known cells. Everything is written as real .xlsx files.
 */

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { unitNarrative } from './narrative';
import { plantErrors, type PlantedError } from './plant';
import { Random } from './random';
import { renderUnit } from './render';
import { loadTemplate } from './template';
import { consolidate, randomUnit, type UnitData } from './unit';
import { sheetPerTable, stackBlocks, writeWorkbook, type SheetPlan } from './write';

export type { PlantedError } from './plant';

const COUNTIES = [
  '丹凤县',
  '柳江区',
  '隆安县',
  '商南县',
  '山阳县',
  '镇安县',
  '柞水县',
  '洛南县',
  '武鸣区',
  '横州市',
];
const AGENCIES = [
  '医疗保障局',
  '卫生健康局',
  '教育局',
  '财政局',
  '民政局',
  '人力资源和社会保障局',
  '住房和城乡建设局',
  '交通运输局',
  '农业农村局',
  '水利局',
  '文化和旅游局',
  '市场监督管理局',
  '统计局',
  '审计局',
  '司法局',
  '自然资源局',
  '生态环境局',
  '应急管理局',
  '退役军人事务局',
  '林业局',
];

export function unitName(i: number): string {
  const base = `${COUNTIES[i % COUNTIES.length]}${AGENCIES[Math.floor(i / COUNTIES.length) % AGENCIES.length]}`;
  const round = Math.floor(i / (COUNTIES.length * AGENCIES.length));
  return round === 0 ? base : `${base}${round + 1}所`;
}

export interface GeneratedWorkbook {
  file: string;
  narrative: string | null;
  unit: string;
  planted: PlantedError[];
  codedRows: number;
}

export interface DepartmentOptions {
  dir: string;
  count: number;
  seed?: number;
  year?: number;
  /** Share of workbooks that get planted errors (1 to 3 each). */
  plantShare?: number;
  /** Write a narrative .txt beside each workbook (same base name). */
  narratives?: boolean;
}

const codedRowsOf = (u: UnitData) => u.lines.length * 3;

/** A folder of department workbooks; a manifest.json lists every planted error. */
export async function generateDepartments(options: DepartmentOptions): Promise<GeneratedWorkbook[]> {
  const template = await loadTemplate();
  const rnd = new Random(options.seed ?? 20240601);
  const year = options.year ?? 2024;
  await fs.mkdir(options.dir, { recursive: true });
  const out: GeneratedWorkbook[] = [];
  for (let i = 0; i < options.count; i++) {
    const name = unitName(i);
    const unit = randomUnit(rnd, name, year, template.economicCodes);
    const blocks = renderUnit(template, unit);
    const plants = rnd.chance(options.plantShare ?? 0.3) ? plantErrors(rnd, blocks, unit, rnd.int(1, 3)) : [];
    const { sheets, planted } = sheetPerTable(blocks, plants);
    const base = `${String(i + 1).padStart(4, '0')}-${name}`;
    const file = path.join(options.dir, `${base}.xlsx`);
    await writeWorkbook(file, sheets);
    let narrative: string | null = null;
    if (options.narratives ?? true) {
      narrative = path.join(options.dir, `${base}.txt`);
      await fs.writeFile(narrative, unitNarrative(unit));
    }
    out.push({ file, narrative, unit: name, planted, codedRows: codedRowsOf(unit) });
  }
  await fs.writeFile(path.join(options.dir, 'manifest.json'), JSON.stringify(out, null, 1));
  return out;
}

export interface SummaryOptions {
  file: string;
  units: number;
  seed?: number;
  year?: number;
  /** Plant errors in every n-th unit sheet (0: none). */
  plantEvery?: number;
}

/** The sheets of a 汇总 workbook: 部门汇总 (the sum of all units), then one sheet per unit. */
export async function summarySheets(
  options: Omit<SummaryOptions, 'file'>,
): Promise<{ sheets: SheetPlan[]; planted: PlantedError[]; codedRows: number; name: string }> {
  const template = await loadTemplate();
  const rnd = new Random(options.seed ?? 20240701);
  const year = options.year ?? 2024;
  const units = Array.from({ length: options.units }, (_, i) =>
    randomUnit(rnd, unitName(i), year, template.economicCodes),
  );
  const total = consolidate(units, '样例市部门汇总');
  const sheets = [stackBlocks('部门汇总', renderUnit(template, total), []).sheet];
  const planted: PlantedError[] = [];
  units.forEach((u, i) => {
    const blocks = renderUnit(template, u);
    const every = options.plantEvery ?? 10;
    const plants = every > 0 && i % every === every - 1 ? plantErrors(rnd, blocks, u, rnd.int(1, 3)) : [];
    const placed = stackBlocks(u.name.slice(0, 31), blocks, plants);
    sheets.push(placed.sheet);
    planted.push(...placed.planted);
  });
  const codedRows = codedRowsOf(total) + units.reduce((s, u) => s + codedRowsOf(u), 0);
  return { sheets, planted, codedRows, name: total.name };
}

/** A 汇总 workbook: sheet 部门汇总 (the sum of all units), then one sheet per unit. */
export async function generateSummaryWorkbook(options: SummaryOptions): Promise<GeneratedWorkbook> {
  const { sheets, planted, codedRows, name } = await summarySheets(options);
  await fs.mkdir(path.dirname(options.file), { recursive: true });
  await writeWorkbook(options.file, sheets);
  return { file: options.file, narrative: null, unit: name, planted, codedRows };
}
