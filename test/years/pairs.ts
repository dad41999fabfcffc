/** Pairs of years built from the corpus: last year's disclosure made from this year's, figures set by recognition. */

import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { toA1 } from '../../src/core/address';
import { readWorkbookFile } from '../../src/hosts/file/read-workbook';
import { recognizeWorkbook } from '../../src/core/recognition';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import type { SummaryTable, ThreeCostKey } from '../../src/core/tables/model';
import { CORPUS, withCells } from '../helpers';

export const narrativeOf = (unit: string): string =>
  fs.readFileSync(path.join(CORPUS, 'narratives', `${unit}.txt`), 'utf8');

/** A figure of a 总表 line, addressed by recognition: [table, half, line key, column key]. */
export type LineAt = ['公开01' | '公开04', 'income' | 'expense', string, string];

/** Where a line's figure is, as [sheet, A1], in this snapshot's own face. */
export function cellOf(snapshot: WorkbookSnapshot, [id, half, key, column]: LineAt): [string, string] {
  const t = recognizeWorkbook(snapshot, {}).tables.find((x) => x.id === id) as SummaryTable | undefined;
  const line = t?.[half].find((l) => l.key === key);
  const f = line && (line.values[column] ?? (column === 'total' ? line.values.amount : undefined));
  if (!f) throw new Error(`no ${id} ${half} ${key} ${column}`);
  return [f.ref.sheet, toA1(f.ref.row, f.ref.col)];
}

/** The 公开05 合计 figure's cell. */
export function totalOf05(snapshot: WorkbookSnapshot): [string, string] {
  const t = recognizeWorkbook(snapshot, {}).tables.find((x) => x.id === '公开05');
  if (!t || t.kind !== 'coded' || !t.total) throw new Error('no 公开05 total');
  const f = t.total.values.total;
  return [f.ref.sheet, toA1(f.ref.row, f.ref.col)];
}

/** 公开09 决算数 of one 三公 item. */
export type ThreeCostAt = `公开09:${ThreeCostKey}`;

export type FigureAt = LineAt | '公开05合计' | ThreeCostAt;

function threeCostOf(snapshot: WorkbookSnapshot, key: ThreeCostKey): [string, string] {
  const t = recognizeWorkbook(snapshot, {}).tables.find((x) => x.id === '公开09');
  const f = t && t.kind === 'threeCosts' ? t.actual[key] : undefined;
  if (!f) throw new Error(`no 公开09 ${key}`);
  return [f.ref.sheet, toA1(f.ref.row, f.ref.col)];
}

function addressOf(snapshot: WorkbookSnapshot, at: FigureAt): [string, string] {
  if (at === '公开05合计') return totalOf05(snapshot);
  if (typeof at === 'string') return threeCostOf(snapshot, at.slice(5) as ThreeCostKey);
  return cellOf(snapshot, at);
}

/** A copy with figures set, each addressed by recognition in its own face. */
export function setFigures(snapshot: WorkbookSnapshot, figures: Array<[FigureAt, number]>): WorkbookSnapshot {
  return withCells(
    snapshot,
    figures.map(([at, v]) => [...addressOf(snapshot, at), v]),
  );
}

/** Writes a corpus workbook with figures set (addressed by recognition) and cells replaced, as a real .xlsx. */
export async function writeCase(
  caseId: string,
  out: string,
  figures: Array<[FigureAt, number]> = [],
  cells: Array<[string, string, string]> = [],
): Promise<void> {
  const source = path.join(CORPUS, 'cases', `${caseId}.xlsx`);
  const snapshot = (await readWorkbookFile(source)).snapshot;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(source);
  for (const [at, v] of figures) {
    const [sheet, cell] = addressOf(snapshot, at);
    wb.getWorksheet(sheet)!.getCell(cell).value = v;
  }
  for (const [sheet, cell, v] of cells) wb.getWorksheet(sheet)!.getCell(cell).value = v;
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await wb.xlsx.writeFile(out);
}
