/**
 * The part of the WPS 表格 (ET) JS add-in object model that 勾稽 uses, and defensive readers for it.
 *
 * ET follows the VBA object model of Excel and is synchronous. Sources checked: the ET templates
 * shipped in the wpsjs npm package (node_modules/wpsjs/packages/@wps-jsapi/et: Application.ActiveWorkbook,
 * PluginStorage.getItem/setItem, CreateTaskPane(url).ID/.Visible/.DockPosition, GetTaskPane(id),
 * ApiEvent.AddApiEventListener/RemoveApiEventListener, ribbonUI.InvalidateControl) and docs/HOSTS.md.
 * Some WPS builds expose a property as a method (`Value2()` reads, `Value2(v)` writes), so every property
 * read goes through `prop` and every write through `setProp`, and nothing here trusts a shape it did not
 * check. The members are those of the et-jsapi-declare typings (checked in test/types/wps-et.check.ts).
 *
 * Members used, by object:
 * - Application: ActiveWorkbook, ActiveSheet, ActiveCell, Selection (a Range, or a shape), Build, Version,
 *   ApiEvent, PluginStorage
 * - ApiEvent: AddApiEventListener('SheetChange', fn(Sh, Target)), RemoveApiEventListener(same)
 * - PluginStorage: getItem(key), setItem(key, value)
 * - Workbook: Name, Worksheets (or Sheets)
 * - Sheets/Worksheets: Count, Item(index, 1-based), Add(Before, After)
 * - Worksheet: Name, Visible (xlSheetVeryHidden = 2), UsedRange, Range(address), Cells (a property:
 *   Cells.Item(row, col)), Activate()
 * - Range: Value2 (scalar for one cell, rows of values for more, undefined when empty), Row, Column,
 *   Rows.Count, Columns.Count, Address(), Item(row, col), MergeCells (true/false/null when mixed), MergeArea,
 *   Interior.Color (BGR integer) / ColorIndex / Pattern (xlNone = -4142 for no fill),
 *   Comment (null or a Comment), AddComment(text), ClearComments(), ClearContents(), Select(), Activate()
 * - Comment: Text()
 */

/** A property in most builds, a zero-argument method in some. */
export type Prop<T> = T | (() => T);

// Each interface below is satisfied by the et-jsapi-declare typings (test/types/wps-et.check.ts proves it
// in `npm run typecheck`), so every member named here exists in WPS's own declarations.

export interface EtComment {
  Text(): unknown;
}

export interface EtInterior {
  Color: unknown;
  ColorIndex: unknown;
  Pattern: unknown;
}

/** Rows and Columns of a Range (Ranges themselves), as far as they are counted. */
export interface EtCount {
  Count: Prop<unknown>;
}

export interface EtRange {
  Value2: unknown;
  Row: Prop<unknown>;
  Column: Prop<unknown>;
  Rows: Prop<EtCount>;
  Columns: Prop<EtCount>;
  /** A method in the typings (RowAbsolute, ColumnAbsolute, …); read through prop(). */
  Address: Prop<unknown>;
  MergeCells: Prop<unknown>;
  MergeArea: Prop<EtRange>;
  Interior: Prop<EtInterior>;
  Comment: Prop<EtComment | null | undefined>;
  /** 1-based row and column relative to the range's top-left cell: Cells.Item(r, c). */
  Item(row: number, column?: number): EtRange;
  AddComment(text: string): unknown;
  ClearComments(): unknown;
  ClearContents(): unknown;
  Select(): unknown;
  Activate(): unknown;
}

export interface EtWorksheet {
  Name: Prop<unknown>;
  Visible: unknown;
  UsedRange: Prop<EtRange>;
  Range(address: string): EtRange;
  /** A property (`readonly Cells: Range`), never a function of (row, column): use cellAt(). */
  Cells: Prop<EtRange>;
  Activate(): unknown;
}

export interface EtSheets {
  Count: Prop<unknown>;
  /** A Worksheet for an index (the typings say Worksheet | Sheets, for an array of indices). */
  Item(index: number | string): unknown;
  Add(before?: EtWorksheet, after?: EtWorksheet): EtWorksheet;
}

export interface EtWorkbook {
  Name: Prop<unknown>;
  Worksheets?: Prop<EtSheets>;
  Sheets?: Prop<EtSheets>;
}

/** WPS passes the changed sheet and range; their shape is not trusted. */
export type SheetChangeListener = (sheet?: unknown, target?: unknown) => void;

export interface EtApiEvent {
  AddApiEventListener(event: string, listener: SheetChangeListener): unknown;
  RemoveApiEventListener(event: string, listener: SheetChangeListener): unknown;
}

export interface EtPluginStorage {
  getItem(key: string): unknown;
  setItem(key: string, value: unknown): unknown;
}

export interface EtApplication {
  ActiveWorkbook: Prop<EtWorkbook | null | undefined>;
  ActiveSheet?: Prop<EtWorksheet | null | undefined>;
  ActiveCell?: Prop<EtRange | null | undefined>;
  /** A Range when cells are selected; a shape, chart… otherwise (not trusted). */
  Selection?: Prop<unknown>;
  Build?: Prop<unknown>;
  Version?: Prop<unknown>;
  ApiEvent?: Prop<EtApiEvent>;
  PluginStorage?: Prop<EtPluginStorage>;
}

/** Application.ApiEvent, where the build has it (a property, or a method on some builds). */
export function apiEventOf(app: EtApplication): EtApiEvent | null {
  const events = prop<EtApiEvent>(app, 'ApiEvent');
  return events && typeof events.AddApiEventListener === 'function' ? events : null;
}

/** Application.PluginStorage, where the build has it. */
export function pluginStorageOf(app: EtApplication): EtPluginStorage | null {
  const storage = prop<EtPluginStorage>(app, 'PluginStorage');
  return storage && typeof storage.getItem === 'function' ? storage : null;
}

/** xlNone: no fill (Interior.Pattern and Interior.ColorIndex). */
export const XL_NONE = -4142;
/** xlSheetVeryHidden: hidden and not listed in 取消隐藏. */
export const XL_SHEET_VERY_HIDDEN = 2;
/** xlSheetVisible. */
export const XL_SHEET_VISIBLE = -1;

/** Reads a property whether the build exposes it as a property or as a zero-argument method. */
export function prop<T>(owner: object, name: string): T | undefined {
  const value = (owner as Record<string, unknown>)[name];
  if (typeof value === 'function') return (value as () => T).call(owner);
  return value as T | undefined;
}

/**
 * Writes a property whether the build exposes it as a property or as a method: there `X(value)` writes
 * (the RHS argument of the typings' setters) and assigning `X = value` would not reach the document.
 */
export function setProp(owner: object, name: string, value: unknown): void {
  const current = (owner as Record<string, unknown>)[name];
  if (typeof current === 'function') (current as (v: unknown) => unknown).call(owner, value);
  else (owner as Record<string, unknown>)[name] = value;
}

/** One cell, 0-based: `Cells.Item(row + 1, column + 1)` (Cells is a property, never `Cells(r, c)`). */
export function cellAt(sheet: EtWorksheet, row: number, col: number): EtRange {
  const cells = prop<EtRange>(sheet, 'Cells');
  if (!cells) throw new Error('Worksheet.Cells');
  return cells.Item(row + 1, col + 1);
}

export function numberProp(owner: object, name: string): number | null {
  const value = prop<unknown>(owner, name);
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function textProp(owner: object, name: string): string | null {
  const value = prop<unknown>(owner, name);
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return null;
}

/** Count of a Rows/Columns/Sheets collection, or 0 when the build gives none. */
export function countOf(collection: object | null | undefined): number {
  if (!collection) return 0;
  const n = numberProp(collection, 'Count');
  return n !== null && n >= 0 ? Math.floor(n) : 0;
}

export function activeWorkbook(app: EtApplication): EtWorkbook | null {
  return prop<EtWorkbook | null>(app, 'ActiveWorkbook') ?? null;
}

export function worksheetsOf(workbook: EtWorkbook): EtSheets | null {
  return prop<EtSheets>(workbook, 'Worksheets') ?? prop<EtSheets>(workbook, 'Sheets') ?? null;
}

/** Every worksheet of the workbook in tab order. */
export function listWorksheets(workbook: EtWorkbook): EtWorksheet[] {
  const sheets = worksheetsOf(workbook);
  if (!sheets) return [];
  const list: EtWorksheet[] = [];
  const count = countOf(sheets);
  for (let i = 1; i <= count; i++) list.push(sheets.Item(i) as EtWorksheet); // one index: one sheet
  return list;
}

export function sheetName(sheet: EtWorksheet): string {
  return textProp(sheet, 'Name') ?? '';
}

export function findWorksheet(workbook: EtWorkbook, name: string): EtWorksheet | null {
  return listWorksheets(workbook).find((s) => sheetName(s) === name) ?? null;
}
