/**
 * Workbooks in each face, built for the tests from the real corpus figures: the Shanghai face with one
 * 7-digit code column and wrapped names, and a four-table central unit (DOMAIN.md §1). They go through
 * a real .xlsx (ExcelJS writes it, reads it back) before they become snapshots.
 */

import ExcelJS from 'exceljs';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import { labelKey } from '../../src/core/text';
import { workbookSnapshot } from '../../src/hosts/file/snapshot-from-exceljs';

export interface SheetRows {
  name: string;
  rows: CellValue[][];
}

/** Writes the sheets to an .xlsx in memory and reads it back as the file host does. */
export async function throughXlsx(name: string, sheets: SheetRows[]): Promise<WorkbookSnapshot> {
  const out = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = out.addWorksheet(s.name);
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = v;
      }),
    );
  }
  const buffer = await out.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buffer as ArrayBuffer);
  return workbookSnapshot(back, name);
}

const text = (v: CellValue) => (v === null ? '' : String(v).trim());

/** The 类 | 款 (| 项) groups of a sheet: the header row and the first column of each group with its width. */
function splitGroups(
  sheet: SheetSnapshot,
): { row: number; groups: Array<{ col: number; width: number }> } | null {
  for (let r = 0; r < Math.min(sheet.values.length, 8); r++) {
    const row = sheet.values[r] ?? [];
    const groups: Array<{ col: number; width: number }> = [];
    for (let c = 0; c < row.length; c++) {
      if (labelKey(text(row[c])) !== '类' || labelKey(text(row[c + 1] ?? null)) !== '款') continue;
      groups.push({ col: c, width: labelKey(text(row[c + 2] ?? null)) === '项' ? 3 : 2 });
    }
    if (groups.length > 0) return { row: r, groups };
  }
  return null;
}

/** One code column instead of 类 | 款 | 项: "208" "05" "05" becomes "2080505"; the 类 款 项 row goes. */
export function oneCodeColumn(sheet: SheetSnapshot): SheetRows {
  const split = splitGroups(sheet);
  if (!split) return { name: sheet.name, rows: sheet.values.map((r) => r.slice()) };
  const rows: CellValue[][] = [];
  sheet.values.forEach((row, r) => {
    if (r === split.row) return;
    const out: CellValue[] = [];
    for (let c = 0; c < row.length; c++) {
      const g = split.groups.find((x) => x.col === c);
      if (g) {
        const parts = row.slice(c, c + g.width).map(text);
        const code = /^\d+$/.test(parts[0]) ? parts.join('') : parts[0];
        out.push(code === '' ? null : code);
        c += g.width - 1;
      } else out.push(row[c] ?? null);
    }
    rows.push(out);
  });
  return { name: sheet.name, rows };
}

/**
 * Names longer than `width` wrapped over rows in the name column (col 1 after oneCodeColumn): "first"
 * keeps the code on the first row, "middle" puts a piece above the code row and the rest below it.
 */
export function wrapNames(sheet: SheetRows, width: number, style: 'first' | 'middle'): SheetRows {
  const rows: CellValue[][] = [];
  for (const row of sheet.rows) {
    const code = text(row[0] ?? null);
    const name = text(row[1] ?? null);
    if (!/^2\d{2,6}$/.test(code) || name.length <= width) {
      rows.push(row);
      continue;
    }
    if (style === 'first') {
      rows.push([row[0], name.slice(0, width), ...row.slice(2)]);
      rows.push([null, name.slice(width)]);
    } else {
      const half = Math.ceil(name.length / 3);
      rows.push([null, name.slice(0, half)]);
      rows.push([row[0], name.slice(half, 2 * half), ...row.slice(2)]);
      rows.push([null, name.slice(2 * half)]);
    }
  }
  return { name: sheet.name, rows };
}

/** 公开06's first column group (code, name, value in columns A–C): long names wrapped around the code row. */
export function wrapEconomicNames(sheet: SheetRows, width: number): SheetRows {
  const rows: CellValue[][] = [];
  for (const row of sheet.rows) {
    const name = text(row[1] ?? null);
    if (!/^3\d{2,4}$/.test(text(row[0] ?? null)) || name.length <= width) {
      rows.push(row);
      continue;
    }
    // The template's way: a piece above, the code row without a name, a piece below.
    const half = Math.ceil(name.length / 2);
    rows.push([null, name.slice(0, half)]);
    rows.push([row[0], null, ...row.slice(2)]);
    rows.push([null, name.slice(half)]);
  }
  return { name: sheet.name, rows };
}

/** The Shanghai face with one code column: 公开05 names wrapped code-in-the-middle, 公开02/03 code-first. */
export async function shanghaiOneColumn(base: WorkbookSnapshot): Promise<WorkbookSnapshot> {
  const sheets = base.sheets.map((s) => {
    const flat = oneCodeColumn(s);
    if (s.name === '一般公共预算财政拨款支出决算表') return wrapNames(flat, 5, 'middle');
    if (s.name === '收入决算表' || s.name === '支出决算表') return wrapNames(flat, 10, 'first');
    if (s.name === '一般公共预算财政拨款基本支出决算明细表') return wrapEconomicNames(flat, 8);
    return flat;
  });
  return throughXlsx('shanghai-one-column.xlsx', sheets);
}

/** The four tables of a central unit laid out from DOMAIN.md §1, with the figures of a standard workbook. */
export async function centralFour(base: WorkbookSnapshot): Promise<WorkbookSnapshot> {
  const titles: Record<string, string> = {
    公开01表: '高等学校收支决算总表',
    公开02表: '收入决算表',
    公开03表: '支出决算表',
    公开05表: '财政拨款支出决算表',
  };
  const sheets: SheetRows[] = base.sheets
    .filter((s) => titles[s.name])
    .map((s) => ({
      name: titles[s.name],
      rows: s.values.map((row, r) =>
        row.map((v) => {
          if (typeof v === 'string' && /^公开\d\d表$/.test(v.trim())) return null;
          if (r === 0 && typeof v === 'string' && v.trim() !== '') return titles[s.name];
          return v;
        }),
      ),
    }));
  return throughXlsx('central-four.xlsx', sheets);
}
