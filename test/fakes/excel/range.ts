/** Range, RangeAreas and their fill in the fake: resolved against the document at sync time. */

import { fromA1, toA1 } from '../../../src/core/address';
import type { CellRange } from '../../../src/core/snapshot';
import {
  FakeClientResult,
  FakeContext,
  FakeObject,
  OfficeError,
  jsonBytes,
  type FillReadings,
} from './context';
import {
  NO_FILL_MODEL,
  cell,
  cellCount,
  cellsOf,
  intersects,
  rangeAddress,
  usedRange,
  type CellModel,
  type FillModel,
  type RangeRef,
  type SheetModel,
} from './model';

/** The bounds HOSTS.md calls safe for one RangeAreas; the fake refuses more, so hosts must chunk. */
export const FAKE_MAX_AREAS = 150;
export const FAKE_MAX_ADDRESS_CHARS = 2048;

export interface Areas {
  sheet: SheetModel;
  areas: CellRange[];
}

export type AreasResolver = () => Areas | null;

export function parseAddressList(sheet: SheetModel, address: string): CellRange[] {
  return address.split(',').map((part) => {
    const local = part.slice(part.lastIndexOf('!') + 1).trim();
    const [a, b] = local.split(':');
    try {
      const p = fromA1(a);
      const q = b ? fromA1(b) : p;
      return {
        top: Math.min(p.row, q.row),
        left: Math.min(p.col, q.col),
        bottom: Math.max(p.row, q.row),
        right: Math.max(p.col, q.col),
      };
    } catch {
      throw new OfficeError('InvalidArgument', `Invalid address "${part}" on sheet ${sheet.name}.`);
    }
  });
}

export function areaA1(a: CellRange): string {
  const p = toA1(a.top, a.left);
  const q = toA1(a.bottom, a.right);
  return p === q ? p : `${p}:${q}`;
}

class FakeRangeFill {
  constructor(
    private readonly ctx: FakeContext,
    private readonly resolve: AreasResolver,
  ) {}

  private apply(property: string, value: unknown, change: (fill: FillModel) => void): void {
    this.ctx.recordWrite('format.fill', property, value);
    this.ctx.enqueue(() => {
      const r = this.resolve();
      if (!r) throw new OfficeError('ItemNotFound', 'The range does not exist.');
      for (const area of r.areas) {
        for (const a1 of cellsOf(area)) {
          const c = cell(r.sheet, a1);
          const fill = { ...(c.fill ?? NO_FILL_MODEL) };
          change(fill);
          c.fill = fill;
        }
        // A format change of one cell: its value is the same before and after.
        const one = cellsOf(area);
        const value = one.length === 1 ? (cell(r.sheet, one[0]).value ?? null) : undefined;
        this.ctx.session.emitChange(
          r.sheet.name,
          areaA1(area),
          'ThisLocalAddin',
          one.length === 1 ? { valueBefore: value, valueAfter: value } : undefined,
        );
      }
    });
  }

  set color(value: string) {
    this.apply('color', value, (f) => {
      if (f.pattern === 'None') f.pattern = 'Solid';
      f.color = value.toUpperCase();
    });
  }
  set pattern(value: string) {
    this.ctx.requireApi(9, 'RangeFill.pattern');
    this.apply('pattern', value, (f) => {
      f.pattern = value;
    });
  }
  set patternColor(value: string) {
    this.apply('patternColor', value, (f) => {
      f.patternColor = value.toUpperCase();
    });
  }
  set tintAndShade(value: number) {
    this.apply('tintAndShade', value, (f) => {
      f.tintAndShade = value;
    });
  }
  set patternTintAndShade(value: number) {
    this.apply('patternTintAndShade', value, (f) => {
      f.patternTintAndShade = value;
    });
  }
  private unreadable(): never {
    throw new OfficeError(
      'PropertyNotLoaded',
      'Fill properties are not loaded; read fills with getCellProperties.',
    );
  }
  get color(): string {
    return this.unreadable();
  }
  get pattern(): string {
    return this.unreadable();
  }
  get patternColor(): string {
    return this.unreadable();
  }
  get tintAndShade(): number {
    return this.unreadable();
  }
  get patternTintAndShade(): number {
    return this.unreadable();
  }

  clear(): void {
    this.apply('clear()', null, (f) => Object.assign(f, NO_FILL_MODEL));
  }
}

abstract class FakeAreasObject extends FakeObject {
  private formatPaths: { fill: FakeRangeFill } | null = null;

  constructor(
    ctx: FakeContext,
    protected readonly resolveAreas: AreasResolver,
    protected readonly nullable: boolean,
  ) {
    super(ctx);
  }

  /** format and format.fill: two object paths, sent with the first request that uses them. */
  get format(): { fill: FakeRangeFill } {
    if (!this.formatPaths) {
      this.ctx.path();
      this.ctx.path();
      this.formatPaths = { fill: new FakeRangeFill(this.ctx, () => this.resolved()) };
    }
    return this.formatPaths;
  }

  protected resolved(): Areas | null {
    const r = this.resolveAreas();
    if (!r && !this.nullable) throw new OfficeError('ItemNotFound', 'The requested resource does not exist.');
    return r;
  }

  protected exists(): boolean {
    return this.resolved() !== null;
  }

  get address(): string {
    return this.prop('address');
  }

  protected read(name: string): unknown {
    const r = this.resolved()!;
    if (name === 'address') return r.areas.map((a) => rangeAddress({ sheet: r.sheet, ...a })).join(', ');
    if (name === 'areaCount') return r.areas.length;
    throw new OfficeError('InvalidArgument', `The fake cannot load '${name}'.`);
  }

  select(): void {
    this.ctx.enqueue(() => {
      const r = this.resolved()!;
      this.ctx.session.activeSheet = r.sheet.name;
      this.ctx.session.selection = {
        sheet: r.sheet.name,
        cells: r.areas.flatMap(cellsOf),
        areas: r.areas.map(({ top, left, bottom, right }) => ({ top, left, bottom, right })),
      };
    });
  }
}

/** RangeAreas (ExcelApi 1.9); its select() is ExcelApi 1.18 and missing from a stale office.js. */
export class FakeRangeAreas extends FakeAreasObject {
  constructor(ctx: FakeContext, resolve: AreasResolver, nullable: boolean) {
    super(ctx, resolve, nullable);
    if (ctx.session.library === 'stale') Object.defineProperty(this, 'select', { value: undefined });
  }

  override select(): void {
    this.ctx.enqueue(() => this.ctx.requireApi(18, 'RangeAreas.select'));
    super.select();
  }
}

export class FakeRange extends FakeAreasObject {
  constructor(ctx: FakeContext, resolve: () => RangeRef | null, nullable = false) {
    super(
      ctx,
      () => {
        const ref = resolve();
        return ref ? { sheet: ref.sheet, areas: [ref] } : null;
      },
      nullable,
    );
  }

  private ref(): RangeRef | null {
    const r = this.resolved();
    return r ? { sheet: r.sheet, ...r.areas[0] } : null;
  }

  get values(): unknown[][] {
    return this.prop('values');
  }
  /**
   * ExcelApi 1.1: a value per cell ('' empties it); never a format. The 2-D array must have the range's
   * rows and columns, else InvalidArgument ("The number of rows or columns in the input array doesn't
   * match the size or dimensions of the range"); one value that is not an array goes to every cell.
   */
  set values(input: unknown[][]) {
    this.write('range', 'values', input, () => {
      const ref = this.ref();
      if (!ref) throw new OfficeError('ItemNotFound', 'The range does not exist.');
      const height = ref.bottom - ref.top + 1;
      const width = ref.right - ref.left + 1;
      const rows: unknown[][] = Array.isArray(input)
        ? input
        : Array.from({ length: height }, () => new Array<unknown>(width).fill(input));
      if (rows.length !== height || rows.some((row) => !Array.isArray(row) || row.length !== width))
        throw new OfficeError(
          'InvalidArgument',
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
        );
      rows.forEach((row, r) =>
        row.forEach((v, c) => {
          const target = cell(ref.sheet, toA1(ref.top + r, ref.left + c));
          if (v === '' || v === null) delete target.value;
          else target.value = v as CellModel['value'];
        }),
      );
    });
  }
  get rowIndex(): number {
    return this.prop('rowIndex');
  }
  get columnIndex(): number {
    return this.prop('columnIndex');
  }
  get rowCount(): number {
    return this.prop('rowCount');
  }
  get columnCount(): number {
    return this.prop('columnCount');
  }

  protected override read(name: string): unknown {
    const ref = this.ref()!;
    switch (name) {
      case 'rowIndex':
        return ref.top;
      case 'columnIndex':
        return ref.left;
      case 'rowCount':
        return ref.bottom - ref.top + 1;
      case 'columnCount':
        return ref.right - ref.left + 1;
      case 'values': {
        this.ctx.session.cellsLoaded += cellCount(ref);
        if (this.ctx.session.cellsLoaded > 1_000_000) return [];
        const rows: unknown[][] = [];
        for (let r = ref.top; r <= ref.bottom; r++) {
          const row: unknown[] = [];
          for (let c = ref.left; c <= ref.right; c++) {
            const v = ref.sheet.cells[toA1(r, c)]?.value;
            row.push(v === undefined || v === null ? '' : v);
          }
          rows.push(row);
        }
        return rows;
      }
      default:
        return super.read(name);
    }
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.ctx.path(valuesOnly);
    return new FakeRange(
      this.ctx,
      () => {
        const ref = this.ref();
        return ref ? usedRange(ref, valuesOnly) : null;
      },
      true,
    );
  }

  getCellProperties(options: { format?: { fill?: Record<string, boolean> } }): FakeClientResult<unknown[][]> {
    const result = new FakeClientResult<unknown[][]>();
    const keys = Object.keys(options.format?.fill ?? {}).filter((k) => options.format?.fill?.[k]);
    this.ctx.enqueue(() => {
      this.ctx.requireApi(9, 'Range.getCellProperties');
      const ref = this.ref()!;
      this.ctx.session.cellsLoaded += cellCount(ref);
      const rows: unknown[][] = [];
      for (let r = ref.top; r <= ref.bottom; r++) {
        const row: unknown[] = [];
        for (let c = ref.left; c <= ref.right; c++) {
          const fill = readFill(
            ref.sheet.cells[toA1(r, c)]?.fill ?? NO_FILL_MODEL,
            this.ctx.session.fillReadings,
          );
          row.push({ format: { fill: Object.fromEntries(keys.map((k) => [k, fill[k]])) } });
        }
        rows.push(row);
      }
      this.ctx.respond(rows);
      result.set(rows);
    }, jsonBytes(options));
    return result;
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.ctx.path();
    return new FakeRangeAreas(
      this.ctx,
      () => {
        this.ctx.requireApi(13, 'Range.getMergedAreasOrNullObject');
        const ref = this.ref();
        if (!ref) return null;
        const areas = ref.sheet.merges.filter((m) => intersects(m, ref));
        return areas.length ? { sheet: ref.sheet, areas } : null;
      },
      true,
    );
  }
}

/** A fill as getCellProperties reports it on builds of the given kind. */
function readFill(fill: FillModel, readings: FillReadings): Record<string, unknown> {
  if (readings === 'documented') return { ...fill };
  const none = fill.pattern === 'None';
  return {
    ...fill,
    pattern: null,
    color: none ? '#FFFFFF' : fill.color,
    tintAndShade: none ? null : fill.tintAndShade,
    patternTintAndShade: none ? null : fill.patternTintAndShade,
  };
}

export function checkAreaLimits(address: string, areas: CellRange[]): void {
  if (areas.length > FAKE_MAX_AREAS || address.length > FAKE_MAX_ADDRESS_CHARS)
    throw new OfficeError(
      'InvalidArgument',
      `RangeAreas of ${areas.length} areas / ${address.length} characters is over the limit.`,
    );
}
