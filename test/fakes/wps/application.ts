/**
 * A fake of the WPS 表格 (ET) JS object model, as far as 勾稽 uses it: Application, the active workbook,
 * its Sheets/Worksheets collection (1-based Item), Worksheet, Range (range.ts), ApiEvent, PluginStorage
 * and task panes. It behaves like ET where a host can go wrong (Select on an inactive sheet fails,
 * AddComment on a cell with a comment fails, writing a value raises SheetChange, Add activates the new
 * sheet), records every write in `calls`, and saves to JSON and reopens from it.
 */

import { fromA1 } from '../../../src/core/address';
import { declared } from './declared';
import { FakeRange, type Area } from './range';
import {
  rebuild,
  serialise,
  XL_SHEET_VISIBLE,
  type FakeMerge,
  type FakeSheetModel,
  type FakeWorkbookModel,
} from './model';

type Listener = (...args: unknown[]) => void;

export class FakeWorksheet {
  constructor(
    readonly app: FakeApplication,
    readonly model: FakeSheetModel,
  ) {
    return declared(this, 'Worksheet');
  }

  get Name(): string {
    return this.model.name;
  }

  set Name(name: string) {
    if (!name || /[[\]:*?/\\]/.test(name) || name.length > 31) throw new Error(`无效的工作表名称: ${name}`);
    if (this.app.workbook.model.sheets.some((s) => s !== this.model && s.name === name))
      throw new Error(`工作表名称已存在: ${name}`);
    this.app.calls.push(`Worksheet.Name=${name}`);
    this.model.name = name;
  }

  get Visible(): number {
    return this.model.visible;
  }

  set Visible(visible: number) {
    this.app.calls.push(`${this.Name}.Visible=${visible}`);
    const others = this.app.workbook.model.sheets.filter(
      (s) => s !== this.model && s.visible === XL_SHEET_VISIBLE,
    );
    if (visible !== XL_SHEET_VISIBLE && others.length === 0)
      throw new Error('工作簿中至少要有一张可见工作表');
    this.model.visible = visible;
    if (visible !== XL_SHEET_VISIBLE && this.app.activeSheetModel === this.model)
      this.app.activate(this.app.workbook.sheetOf(others[0]));
  }

  get Index(): number {
    return this.app.workbook.model.sheets.indexOf(this.model) + 1;
  }

  /** The rectangle of every cell with a value, a fill or a comment; A1 on an empty sheet. */
  get UsedRange(): FakeRange {
    let area: Area | null = null;
    for (const key of Object.keys(this.model.cells)) {
      const cell = this.model.cells[key];
      if (cell.value === undefined && !cell.fill && cell.comment === undefined) continue;
      const [r, c] = key.split(',').map(Number);
      area = area
        ? {
            top: Math.min(area.top, r),
            left: Math.min(area.left, c),
            bottom: Math.max(area.bottom, r),
            right: Math.max(area.right, c),
          }
        : { top: r, left: c, bottom: r, right: c };
    }
    return new FakeRange(this, [area ?? { top: 0, left: 0, bottom: 0, right: 0 }]);
  }

  /** 'C4', '$A$1:$D$9', or several areas separated by commas ('C5,C4'). */
  Range(address: string): FakeRange {
    const areas = String(address)
      .split(',')
      .map((part) => {
        const [first, last = first] = part.split(':');
        const a = fromA1(first);
        const b = fromA1(last);
        return {
          top: Math.min(a.row, b.row),
          left: Math.min(a.col, b.col),
          bottom: Math.max(a.row, b.row),
          right: Math.max(a.col, b.col),
        };
      });
    return new FakeRange(this, areas);
  }

  /** A property in the typings (`readonly Cells: Range`): a cell is Cells.Item(row, column). */
  get Cells(): FakeRange {
    return new FakeRange(this, [{ top: 0, left: 0, bottom: 1_048_575, right: 16_383 }]);
  }

  /** Worksheet.Delete(): WPS, like Excel, keeps at least one visible sheet. */
  Delete(): void {
    this.app.calls.push(`${this.Name}.Delete()`);
    const sheets = this.app.workbook.model.sheets;
    if (!sheets.some((s) => s !== this.model && s.visible === XL_SHEET_VISIBLE))
      throw new Error('工作簿中至少要有一张可见工作表');
    sheets.splice(sheets.indexOf(this.model), 1);
  }

  Activate(): void {
    if (this.model.visible !== XL_SHEET_VISIBLE) throw new Error(`Activate 失败：工作表 ${this.Name} 已隐藏`);
    this.app.activate(this);
  }

  mergeAt(row: number, col: number): FakeMerge | null {
    return (
      this.model.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) ??
      null
    );
  }
}

export class FakeSheets {
  constructor(private readonly workbook: FakeWorkbook) {
    return declared(this, 'Sheets');
  }

  get Count(): number {
    return this.workbook.model.sheets.length;
  }

  Item(index: number | string): FakeWorksheet {
    const model =
      typeof index === 'number'
        ? this.workbook.model.sheets[index - 1]
        : this.workbook.model.sheets.find((s) => s.name === index);
    if (!model) throw new Error(`下标越界: ${index}`);
    return this.workbook.sheetOf(model);
  }

  /** Like ET: a new sheet before `before`, after `after`, or before the active sheet; it becomes active. */
  Add(before?: FakeWorksheet, after?: FakeWorksheet): FakeWorksheet {
    const sheets = this.workbook.model.sheets;
    let n = sheets.length + 1;
    while (sheets.some((s) => s.name === `Sheet${n}`)) n++;
    const model: FakeSheetModel = { name: `Sheet${n}`, visible: XL_SHEET_VISIBLE, cells: {}, merges: [] };
    const active = this.workbook.app.activeSheetModel;
    const at = before
      ? sheets.indexOf(before.model)
      : after
        ? sheets.indexOf(after.model) + 1
        : active
          ? sheets.indexOf(active)
          : sheets.length;
    sheets.splice(at, 0, model);
    this.workbook.app.calls.push(`Sheets.Add ${model.name}`);
    const sheet = this.workbook.sheetOf(model);
    this.workbook.app.activate(sheet);
    return sheet;
  }
}

export class FakeWorkbook {
  private readonly sheetObjects = new Map<FakeSheetModel, FakeWorksheet>();

  constructor(
    readonly app: FakeApplication,
    readonly model: FakeWorkbookModel,
  ) {
    return declared(this, 'Workbook');
  }

  get Name(): string {
    return this.model.name;
  }

  get Worksheets(): FakeSheets {
    return new FakeSheets(this);
  }

  get Sheets(): FakeSheets {
    return new FakeSheets(this);
  }

  sheetOf(model: FakeSheetModel): FakeWorksheet {
    let sheet = this.sheetObjects.get(model);
    if (!sheet) this.sheetObjects.set(model, (sheet = new FakeWorksheet(this.app, model)));
    return sheet;
  }

  sheet(name: string): FakeWorksheet {
    const model = this.model.sheets.find((s) => s.name === name);
    if (!model) throw new Error(`no sheet ${name}`);
    return this.sheetOf(model);
  }
}

export class FakeApiEvent {
  readonly listeners = new Map<string, Listener[]>();

  constructor() {
    return declared(this, 'EtApiEvent');
  }

  AddApiEventListener(event: string, listener: Listener): void {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }

  RemoveApiEventListener(event: string, listener: Listener): void {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l !== listener),
    );
  }

  fire(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

/** Shared by the ribbon page and the task pane of one WPS process; not saved with any document. */
export class FakePluginStorage {
  readonly items = new Map<string, unknown>();

  getItem(key: string): unknown {
    return this.items.has(key) ? this.items.get(key) : null;
  }

  setItem(key: string, value: unknown): void {
    this.items.set(key, value);
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }
}

export interface FakeTaskPane {
  ID: number;
  url: string;
  Visible: boolean;
  DockPosition: number;
  Width: number;
}

export class FakeApplication {
  readonly calls: string[] = [];
  readonly ApiEvent = new FakeApiEvent();
  readonly PluginStorage = new FakePluginStorage();
  readonly taskPanes: FakeTaskPane[] = [];
  readonly Build = '12.1.0.17827';
  readonly Version = '12.0';
  readonly workbook: FakeWorkbook;
  activeSheetModel: FakeSheetModel | null = null;
  private selection: { sheet: FakeSheetModel; range: FakeRange } | null = null;
  private activeCell: FakeRange | null = null;
  /** ET may or may not honour it for ApiEvent; off by default so that a host cannot rely on it. */
  honourEnableEvents = false;
  EnableEvents = true;

  constructor(model: FakeWorkbookModel) {
    this.workbook = new FakeWorkbook(this, model);
    const first = model.sheets.find((s) => s.visible === XL_SHEET_VISIBLE);
    if (first) this.activate(this.workbook.sheetOf(first));
    return declared(this, 'WPSMergedRoot');
  }

  /** The document as saved to disk: values, fills, comments, sheets with their visibility. */
  save(): string {
    return serialise(this.workbook.model);
  }

  /** Open a saved document in a fresh Application (PluginStorage and listeners do not survive). */
  static open(saved: string): FakeApplication {
    return new FakeApplication(rebuild(saved));
  }

  get ActiveWorkbook(): FakeWorkbook {
    return this.workbook;
  }

  get ActiveSheet(): FakeWorksheet | null {
    return this.activeSheetModel ? this.workbook.sheetOf(this.activeSheetModel) : null;
  }

  get ActiveCell(): FakeRange | null {
    return this.activeCell;
  }

  get Selection(): FakeRange | null {
    return this.selection?.range ?? null;
  }

  activate(sheet: FakeWorksheet): void {
    if (this.activeSheetModel === sheet.model) return;
    this.activeSheetModel = sheet.model;
    this.activeCell = sheet.Range('A1');
    this.selection = { sheet: sheet.model, range: this.activeCell };
  }

  select(range: FakeRange): void {
    if (range.sheet.model !== this.activeSheetModel)
      throw new Error('Range 类的 Select 方法无效：工作表不是活动工作表');
    this.selection = { sheet: range.sheet.model, range };
    this.activeCell = new FakeRange(range.sheet, [
      { ...range.areas[0], bottom: range.areas[0].top, right: range.areas[0].left },
    ]);
  }

  activateCell(range: FakeRange): void {
    if (range.sheet.model !== this.activeSheetModel)
      throw new Error('Range 类的 Activate 方法无效：工作表不是活动工作表');
    const { top, left } = range.areas[0];
    const inSelection = this.selection?.range.areas.some(
      (a) => top >= a.top && top <= a.bottom && left >= a.left && left <= a.right,
    );
    if (!inSelection) this.select(range);
    else this.activeCell = new FakeRange(range.sheet, [{ top, left, bottom: top, right: left }]);
  }

  fireSheetChange(sheet: FakeWorksheet, target: FakeRange): void {
    if (this.honourEnableEvents && !this.EnableEvents) return;
    this.ApiEvent.fire('SheetChange', sheet, target);
  }

  /** The user clicks a sheet's tab and selects cells on it ("A1:C5", or "A1:B2,D4" with Ctrl). */
  userSelect(sheetName: string, address: string): void {
    const sheet = this.workbook.sheet(sheetName);
    this.activate(sheet);
    this.select(sheet.Range(address));
  }

  /** The user types a value into a cell. */
  userEdit(sheetName: string, address: string, value: unknown): void {
    const sheet = this.workbook.sheet(sheetName);
    const range = sheet.Range(address);
    const { top, left } = range.areas[0];
    range.store(top, left, value);
    this.fireSheetChange(sheet, range);
  }

  CreateTaskPane(url: string): FakeTaskPane {
    const pane: FakeTaskPane = declared(
      { ID: 1000 + this.taskPanes.length, url, Visible: false, DockPosition: 0, Width: 0 },
      'CustomTaskpane',
    );
    this.taskPanes.push(pane);
    return pane;
  }

  GetTaskPane(id: unknown): FakeTaskPane {
    const pane = this.taskPanes.find((p) => String(p.ID) === String(id));
    if (!pane) throw new Error(`没有 ID 为 ${String(id)} 的任务窗格`);
    return pane;
  }
}
