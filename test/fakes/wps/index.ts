/** The fake ET object model: build one from fixture sheets, read it back as a test harness would. */

import { fromA1, toA1 } from '../../../src/core/address';
import type { CellValue } from '../../../src/core/snapshot';
import type { FixtureSheet } from '../../hosts/host-suite';
import { FakeApplication } from './application';
import {
  cellKey,
  XL_NONE,
  XL_SHEET_VERY_HIDDEN,
  XL_SHEET_VISIBLE,
  XL_SOLID,
  type FakeSheetModel,
  type FakeWorkbookModel,
} from './model';

export { FakeApplication } from './application';
export * from './model';

export function bgr(hex: string): number {
  const n = parseInt(hex.replace('#', ''), 16);
  return ((n >> 16) & 0xff) + (n & 0xff00) + ((n & 0xff) << 16);
}

export function hex(bgrColor: number): string {
  const r = bgrColor & 0xff;
  const g = (bgrColor >> 8) & 0xff;
  const b = (bgrColor >> 16) & 0xff;
  return `#${((r << 16) | (g << 8) | b).toString(16).padStart(6, '0').toUpperCase()}`;
}

export function fakeWorkbook(sheets: FixtureSheet[], name = '决算公开表.xlsx'): FakeWorkbookModel {
  return {
    name,
    sheets: sheets.map((s): FakeSheetModel => {
      const model: FakeSheetModel = {
        name: s.name,
        visible: s.visibility === 'VeryHidden' ? XL_SHEET_VERY_HIDDEN : XL_SHEET_VISIBLE,
        cells: {},
        merges: s.merges ?? [],
      };
      const at = (a1: string) => {
        const { row, col } = fromA1(a1);
        return (model.cells[cellKey(row, col)] ??= {});
      };
      for (const [a1, value] of Object.entries(s.cells)) if (value !== null) at(a1).value = value;
      for (const [a1, fill] of Object.entries(s.fills ?? {}))
        at(a1).fill = { color: bgr(fill), pattern: XL_SOLID, colorIndex: 5 };
      for (const [a1, note] of Object.entries(s.notes ?? {})) at(a1).comment = note;
      return model;
    }),
  };
}

export function fakeApplication(sheets: FixtureSheet[]): FakeApplication {
  return new FakeApplication(fakeWorkbook(sheets));
}

/** What the user sees in a cell of the fake document. */
export function fakeCell(app: FakeApplication, sheet: string, a1: string) {
  const { row, col } = fromA1(a1);
  const model = app.workbook.model.sheets.find((s) => s.name === sheet);
  if (!model) throw new Error(`no sheet ${sheet}`);
  const cell = model.cells[cellKey(row, col)];
  const fill = cell?.fill;
  return {
    fill: !fill || fill.pattern === XL_NONE ? null : hex(fill.color),
    note: cell?.comment ?? null,
    value: (cell?.value ?? null) as CellValue,
  };
}

export function fakeSelection(app: FakeApplication): { sheet: string; cell: string } | null {
  const sheet = app.ActiveSheet;
  const cell = app.ActiveCell;
  if (!sheet || !cell) return null;
  return { sheet: sheet.Name, cell: toA1(cell.Row - 1, cell.Column - 1) };
}
