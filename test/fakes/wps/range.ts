/** Range, Interior and Comment of the fake ET object model. */

import { columnLetters } from '../../../src/core/address';
import type { FakeWorksheet } from './application';
import { declared } from './declared';
import {
  cellKey,
  NO_FILL,
  XL_NONE,
  XL_SOLID,
  WHITE,
  type FakeCell,
  type FakeFill,
  type FakeValue,
} from './model';

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function a1(row: number, col: number): string {
  return `$${columnLetters(col)}$${row + 1}`;
}

export function areaAddress(area: Area): string {
  const first = a1(area.top, area.left);
  return area.top === area.bottom && area.left === area.right
    ? first
    : `${first}:${a1(area.bottom, area.right)}`;
}

/** An ET Range (et-jsapi-declare's Et.Range): only its declared members are reachable. */
export class FakeRange {
  constructor(
    readonly sheet: FakeWorksheet,
    readonly areas: Area[],
  ) {
    return declared(this, 'Range');
  }

  private get area(): Area {
    return this.areas[0];
  }

  /** Every cell position of the first area. */
  positions(): Array<[number, number]> {
    const list: Array<[number, number]> = [];
    for (let r = this.area.top; r <= this.area.bottom; r++)
      for (let c = this.area.left; c <= this.area.right; c++) list.push([r, c]);
    return list;
  }

  private cell(row: number, col: number): FakeCell | undefined {
    return this.sheet.model.cells[cellKey(row, col)];
  }

  private ensure(row: number, col: number): FakeCell {
    const key = cellKey(row, col);
    return (this.sheet.model.cells[key] ??= {});
  }

  private log(what: string): void {
    this.sheet.app.calls.push(`${this.sheet.model.name}!${this.address()} ${what}`);
  }

  get Value2(): unknown {
    this.log('Value2');
    const { top, left, bottom, right } = this.area;
    if (top === bottom && left === right) return this.cell(top, left)?.value;
    const rows: unknown[][] = [];
    for (let r = top; r <= bottom; r++) {
      const row: unknown[] = [];
      for (let c = left; c <= right; c++) row.push(this.cell(r, c)?.value);
      rows.push(row);
    }
    return rows;
  }

  set Value2(value: unknown) {
    this.log(`Value2=${JSON.stringify(value)?.slice(0, 40)}`);
    const { top, left } = this.area;
    for (const [r, c] of this.positions()) {
      const v = Array.isArray(value) ? (value[r - top] as unknown[] | undefined)?.[c - left] : value;
      this.store(r, c, v);
    }
    this.sheet.app.fireSheetChange(this.sheet, this);
  }

  /** What typing does: a value, or nothing for an empty entry. */
  store(row: number, col: number, v: unknown): void {
    if (v === undefined || v === null || v === '') {
      const cell = this.cell(row, col);
      if (cell) delete cell.value;
      return;
    }
    if (typeof v !== 'number' && typeof v !== 'string' && typeof v !== 'boolean')
      throw new Error(`类型不匹配: ${typeof v}`);
    this.ensure(row, col).value = v as FakeValue;
  }

  ClearContents(): void {
    this.log('ClearContents');
    for (const [r, c] of this.positions()) this.store(r, c, null);
    this.sheet.app.fireSheetChange(this.sheet, this);
  }

  get Row(): number {
    return this.area.top + 1;
  }

  get Column(): number {
    return this.area.left + 1;
  }

  /** Range.Rows and Range.Columns are Ranges in the typings; the host only counts them. */
  get Rows(): { Count: number } {
    return declared({ Count: this.area.bottom - this.area.top + 1 }, 'Range');
  }

  get Columns(): { Count: number } {
    return declared({ Count: this.area.right - this.area.left + 1 }, 'Range');
  }

  get Count(): number {
    return this.positions().length;
  }

  /** Range.Item(row, column): 1-based, relative to the range's top-left cell (Cells.Item(r, c)). */
  Item(row: number, col?: number): FakeRange {
    if (typeof row !== 'number' || (col !== undefined && typeof col !== 'number'))
      throw new Error('Item 的参数应为数字');
    let r = row - 1;
    let c = (col ?? 1) - 1;
    if (col === undefined) {
      const width = this.area.right - this.area.left + 1;
      c = r % width;
      r = Math.floor(r / width);
    }
    if (r < 0 || c < 0) throw new Error(`Item(${row}, ${col}) 越界`);
    const top = this.area.top + r;
    const left = this.area.left + c;
    return new FakeRange(this.sheet, [{ top, left, bottom: top, right: left }]);
  }

  /** Range.Address is a method in the typings (RowAbsolute, ColumnAbsolute, …): '$A$1:$B$2'. */
  Address(): string {
    return this.address();
  }

  address(): string {
    return this.areas.map(areaAddress).join(',');
  }

  /** true when every cell is in a merged range, false when none is, null when mixed. */
  get MergeCells(): boolean | null {
    const merged = this.positions().filter(([r, c]) => this.sheet.mergeAt(r, c) !== null).length;
    if (merged === 0) return false;
    return merged === this.positions().length ? true : null;
  }

  get MergeArea(): FakeRange {
    const merge = this.sheet.mergeAt(this.area.top, this.area.left);
    return merge ? new FakeRange(this.sheet, [merge]) : new FakeRange(this.sheet, [this.area]);
  }

  get Interior(): FakeInterior {
    return declared(new FakeInterior(this), 'Interior');
  }

  fills(): FakeFill[] {
    return this.positions().map(([r, c]) => this.cell(r, c)?.fill ?? NO_FILL);
  }

  setFill(fill: FakeFill, what: string): void {
    this.log(what);
    for (const [r, c] of this.positions()) {
      if (fill === NO_FILL) {
        const cell = this.cell(r, c);
        if (cell) delete cell.fill;
      } else this.ensure(r, c).fill = { ...fill };
    }
  }

  get Comment(): { Text(): string } | null {
    const text = this.cell(this.area.top, this.area.left)?.comment;
    return text === undefined ? null : declared({ Text: () => text }, 'Comment');
  }

  AddComment(text: string): { Text(): string } {
    this.log(`AddComment(${JSON.stringify(text).slice(0, 40)})`);
    const cell = this.ensure(this.area.top, this.area.left);
    if (cell.comment !== undefined) throw new Error('AddComment 失败：单元格已有批注');
    cell.comment = String(text);
    return declared({ Text: () => String(text) }, 'Comment');
  }

  ClearComments(): void {
    this.log('ClearComments');
    for (const [r, c] of this.positions()) {
      const cell = this.cell(r, c);
      if (cell) delete cell.comment;
    }
  }

  Select(): void {
    this.sheet.app.select(this);
  }

  Activate(): void {
    this.sheet.app.activateCell(this);
  }
}

/** Interior of a range: reads null when the cells differ, writes every cell. */
export class FakeInterior {
  constructor(private readonly range: FakeRange) {}

  private read(pick: (f: FakeFill) => number): number | null {
    const values = new Set(this.range.fills().map(pick));
    return values.size === 1 ? [...values][0] : null;
  }

  get Color(): number | null {
    return this.read((f) => f.color);
  }

  /**
   * A colour on a cell without fill makes a solid fill; on a filled cell it keeps the pattern (a hatch
   * stays over the new colour, as in Excel); only xlNone removes the fill.
   */
  set Color(bgr: number) {
    if (typeof bgr !== 'number' || bgr < 0 || bgr > WHITE) throw new Error(`无效的颜色: ${bgr}`);
    for (const [r, c] of this.range.positions()) {
      const one = new FakeRange(this.range.sheet, [{ top: r, left: c, bottom: r, right: c }]);
      const pattern = one.fills()[0].pattern;
      one.setFill(
        {
          ...one.fills()[0],
          color: bgr,
          pattern: pattern === XL_NONE || pattern === null ? XL_SOLID : pattern,
          colorIndex: nearestIndex(bgr),
        },
        `Interior.Color=${bgr}`,
      );
    }
  }

  get Pattern(): number | null {
    return this.read((f) => f.pattern);
  }

  set Pattern(pattern: number) {
    if (pattern === XL_NONE) this.range.setFill(NO_FILL, 'Interior.Pattern=xlNone');
    else
      for (const [r, c] of this.range.positions()) {
        const one = new FakeRange(this.range.sheet, [{ top: r, left: c, bottom: r, right: c }]);
        const fill = one.fills()[0];
        one.setFill(
          { ...fill, pattern, colorIndex: fill.colorIndex === XL_NONE ? 2 : fill.colorIndex },
          `Interior.Pattern=${pattern}`,
        );
      }
  }

  get ColorIndex(): number | null {
    return this.read((f) => f.colorIndex);
  }

  set ColorIndex(index: number) {
    if (index === XL_NONE) this.range.setFill(NO_FILL, 'Interior.ColorIndex=xlNone');
    else throw new Error('the fake supports only ColorIndex = xlNone');
  }
}

/** ET maps any colour to a palette index 1–56; the fake only needs one that is not xlNone. */
function nearestIndex(bgr: number): number {
  return bgr === WHITE ? 2 : 3 + (bgr % 53);
}
