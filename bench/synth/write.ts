/** Blocks placed on sheets and written as real .xlsx files with ExcelJS. */

import ExcelJS from 'exceljs';
import { toA1 } from '../../src/core/address';
import type { CellRange, CellValue } from '../../src/core/snapshot';
import type { BlockPlant, PlantedError } from './plant';
import type { Block } from './render';

export interface SheetPlan {
  name: string;
  rows: CellValue[][];
  merges: CellRange[];
}

/** Blocks one below another with blank rows between (the stacked layout); plants moved to sheet cells. */
export function stackBlocks(
  name: string,
  blocks: Block[],
  plants: BlockPlant[],
  gap = 2,
): { sheet: SheetPlan; planted: PlantedError[]; offsets: number[] } {
  const rows: CellValue[][] = [];
  const merges: CellRange[] = [];
  const offsets: number[] = [];
  for (const b of blocks) {
    if (rows.length > 0) for (let i = 0; i < gap; i++) rows.push([]);
    offsets.push(rows.length);
    for (const m of b.merges) merges.push({ ...m, top: m.top + rows.length, bottom: m.bottom + rows.length });
    rows.push(...b.rows);
  }
  const planted = plants.map((p) => ({
    kind: p.kind,
    sheet: name,
    cell: toA1(p.row + offsets[p.block], p.col),
    severity: p.severity,
    before: p.before,
    after: p.after,
  }));
  return { sheet: { name, rows, merges }, planted, offsets };
}

/** One sheet per table, named 公开01表 … 公开09表 (the usual department workbook). */
export function sheetPerTable(
  blocks: Block[],
  plants: BlockPlant[],
): { sheets: SheetPlan[]; planted: PlantedError[] } {
  const sheets = blocks.map((b) => ({ name: `${b.id}表`, rows: b.rows, merges: b.merges }));
  const planted = plants.map((p) => ({
    kind: p.kind,
    sheet: sheets[p.block].name,
    cell: toA1(p.row, p.col),
    severity: p.severity,
    before: p.before,
    after: p.after,
  }));
  return { sheets, planted };
}

export async function writeWorkbook(file: string, sheets: SheetPlan[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) => {
      if (row.length === 0) return;
      const target = ws.getRow(r + 1);
      row.forEach((v, c) => {
        if (v !== null && v !== undefined) target.getCell(c + 1).value = v;
      });
    });
    for (const m of s.merges)
      if (m.bottom > m.top || m.right > m.left)
        ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  await wb.xlsx.writeFile(file);
}
