/** Worksheets, notes, comments, settings, the workbook and the runtime of the fake. */

import {
  FakeContext,
  FakeObject,
  OfficeError,
  jsonBytes,
  type ChangeArgs,
  type ChangeHandler,
} from './context';

/**
 * Settings of a document: about 2 MB in all, as Microsoft's staff state; past it Excel refuses with
 * InvalidArgument (office-js issues 621, 3957).
 */
export const MAX_SETTINGS_BYTES = 2 * 1024 * 1024;
import { newId, type SheetModel } from './model';
import { FakeRange, FakeRangeAreas, checkAreaLimits, parseAddressList } from './range';
import { FakeCommentCollection } from './comments';

const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

class FakeNote extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => SheetModel,
    private readonly key: string,
  ) {
    super(ctx);
  }
  protected exists(): boolean {
    return this.sheet().notes[this.key] !== undefined;
  }
  protected read(name: string): unknown {
    if (name === 'content') return this.sheet().notes[this.key];
    throw new OfficeError('InvalidArgument', `The fake cannot load note.${name}.`);
  }
  get content(): string {
    return this.prop('content');
  }
  set content(value: string) {
    this.write(`note ${this.key}`, 'content', value, () => {
      if (!this.exists()) throw new OfficeError('ItemNotFound', `No note on ${this.key}.`);
      this.sheet().notes[this.key] = value;
    });
  }
  delete(): void {
    this.write(`note ${this.key}`, 'delete()', null, () => {
      if (!this.exists()) throw new OfficeError('ItemNotFound', `No note on ${this.key}.`);
      delete this.sheet().notes[this.key];
    });
  }
}

class FakeNoteCollection {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => SheetModel,
  ) {}
  private pathSent = false;
  /** worksheet.notes: an object path of its own, sent with the first request that uses it. */
  private usePath(): void {
    if (!this.pathSent) this.ctx.path();
    this.pathSent = true;
  }
  private keyOf(address: string): string {
    const local = address
      .slice(address.lastIndexOf('!') + 1)
      .replace(/\$/g, '')
      .toUpperCase();
    if (!/^[A-Z]+\d+$/.test(local))
      throw new OfficeError('InvalidCellAddress', `Not a single cell: ${address}`);
    return local;
  }
  add(cellAddress: string, content: string): FakeNote {
    const key = this.keyOf(cellAddress);
    this.usePath();
    this.ctx.path(cellAddress);
    this.ctx.recordWrite(`note ${key}`, 'add()', content);
    this.ctx.enqueue(() => {
      this.ctx.requireApi(18, 'NoteCollection.add');
      if (this.sheet().notes[key] !== undefined)
        throw new OfficeError('InvalidArgument', `A note exists on ${key}.`);
      // A cell carries a note or a threaded comment, not both (Excel's UI refuses the note as well).
      const sheetName = this.sheet().name;
      if (this.ctx.session.doc.comments.some((c) => c.sheet === sheetName && c.cell === key))
        throw new OfficeError('InvalidOperation', `The cell ${key} has a threaded comment.`);
      this.sheet().notes[key] = content;
    });
    return new FakeNote(this.ctx, this.sheet, key);
  }
  getItemOrNullObject(key: string): FakeNote {
    const k = this.keyOf(key);
    this.usePath();
    this.ctx.path(key);
    this.ctx.enqueue(() => this.ctx.requireApi(18, 'NoteCollection.getItemOrNullObject'));
    return new FakeNote(this.ctx, this.sheet, k);
  }
}

export class FakeWorksheet extends FakeObject {
  /** ExcelApi 1.18; undefined in a stale office.js, whatever Excel supports. */
  readonly notes: FakeNoteCollection;

  constructor(
    ctx: FakeContext,
    private readonly find: () => SheetModel | undefined,
    /** A getItemOrNullObject proxy: a missing sheet is a null object, not an error. */
    private readonly orNull = false,
  ) {
    super(ctx);
    this.notes =
      ctx.session.library === 'stale'
        ? (undefined as unknown as FakeNoteCollection)
        : new FakeNoteCollection(ctx, () => this.model());
  }

  model(): SheetModel {
    const s = this.find();
    if (!s) throw new OfficeError('ItemNotFound', 'The requested worksheet does not exist.');
    return s;
  }
  protected exists(): boolean {
    return this.orNull ? this.find() !== undefined : this.model() !== undefined;
  }
  protected read(name: string): unknown {
    if (name === 'name') return this.model().name;
    if (name === 'id') return this.model().id;
    if (name === 'visibility') return this.model().visibility ?? 'Visible';
    throw new OfficeError('InvalidArgument', `The fake cannot load worksheet.${name}.`);
  }
  get name(): string {
    return this.prop('name');
  }
  get id(): string {
    return this.prop('id');
  }
  /** ExcelApi 1.1 (VeryHidden settable from 1.1; Excel refuses to hide the last visible sheet). */
  get visibility(): string {
    return this.prop('visibility');
  }
  set visibility(value: string) {
    this.write(`worksheet ${this.key()}`, 'visibility', value, () => {
      const sheet = this.model();
      if (this.ctx.session.refuse.has('structure'))
        throw new OfficeError('AccessDenied', 'The workbook structure is protected.');
      if (!['Visible', 'Hidden', 'VeryHidden'].includes(value))
        throw new OfficeError('InvalidArgument', `Not a sheet visibility: ${value}`);
      const othersVisible = this.ctx.session.doc.sheets.some(
        (s) => s !== sheet && (s.visibility ?? 'Visible') === 'Visible',
      );
      if (value !== 'Visible' && !othersVisible)
        throw new OfficeError('InvalidOperation', 'A workbook must keep at least one visible sheet.');
      sheet.visibility = value as SheetModel['visibility'];
    });
  }

  /**
   * ExcelApi 1.1: removes the sheet. Excel refuses to delete the last visible sheet, and a very hidden one:
   * "if the worksheet's visibility is set to VeryHidden, the delete operation will fail with an
   * InvalidOperation exception. You should first change its visibility to hidden or visible" (typings).
   */
  delete(): void {
    this.write(`worksheet ${this.key()}`, 'delete()', null, () => {
      const sheet = this.model();
      const doc = this.ctx.session.doc;
      if (this.ctx.session.refuse.has('worksheet.delete') || this.ctx.session.refuse.has('structure'))
        throw new OfficeError('AccessDenied', 'The workbook structure is protected.');
      if (sheet.visibility === 'VeryHidden')
        throw new OfficeError(
          'InvalidOperation',
          'This operation is not allowed on a very hidden worksheet: change its visibility first.',
        );
      const othersVisible = doc.sheets.some((s) => s !== sheet && (s.visibility ?? 'Visible') === 'Visible');
      if (!othersVisible)
        throw new OfficeError('InvalidOperation', 'A workbook must keep at least one visible sheet.');
      doc.sheets = doc.sheets.filter((s) => s !== sheet);
      doc.comments = doc.comments.filter((c) => c.sheet !== sheet.name);
    });
  }

  private key(): string {
    return this.find()?.name ?? '?';
  }

  activate(): void {
    this.ctx.enqueue(() => {
      this.ctx.session.activeSheet = this.model().name;
    });
  }

  getRange(address = 'A1'): FakeRange {
    this.ctx.path(address);
    return new FakeRange(this.ctx, () => {
      const sheet = this.model();
      const [area] = parseAddressList(sheet, address);
      return { sheet, ...area };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    this.ctx.path(startRow, startColumn, rowCount, columnCount);
    return new FakeRange(this.ctx, () => {
      this.ctx.requireApi(7, 'Worksheet.getRangeByIndexes');
      return {
        sheet: this.model(),
        top: startRow,
        left: startColumn,
        bottom: Math.min(MAX_ROW, startRow + rowCount - 1),
        right: Math.min(MAX_COL, startColumn + columnCount - 1),
      };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, () => ({
      sheet: this.model(),
      top: 0,
      left: 0,
      bottom: MAX_ROW,
      right: MAX_COL,
    })).getUsedRangeOrNullObject(valuesOnly);
  }

  /** ExcelApi 1.1: the active sheet (a proxy; nothing is sent until it is used). */
  static active(ctx: FakeContext): FakeWorksheet {
    return new FakeWorksheet(ctx, () =>
      ctx.session.doc.sheets.find((s) => s.name === ctx.session.activeSheet),
    );
  }

  getRanges(address: string): FakeRangeAreas {
    this.ctx.path(address);
    return new FakeRangeAreas(
      this.ctx,
      () => {
        this.ctx.requireApi(9, 'Worksheet.getRanges');
        const sheet = this.model();
        const areas = parseAddressList(sheet, address);
        checkAreaLimits(address, areas);
        return { sheet, areas };
      },
      false,
    );
  }
}

class FakeEventHandlerResult {
  constructor(
    readonly context: FakeContext,
    private readonly handler: ChangeHandler,
  ) {}
  remove(): void {
    this.context.enqueue(() => {
      this.context.session.handlers.delete(this.handler);
    });
  }
}

export class FakeWorksheetCollection extends FakeObject {
  private loadedItems: FakeWorksheet[] | null = null;
  readonly onChanged = {
    add: (handler: (args: ChangeArgs) => Promise<unknown>): FakeEventHandlerResult => {
      this.ctx.enqueue(() => {
        this.ctx.requireApi(9, 'WorksheetCollection.onChanged');
        this.ctx.session.handlers.add(handler);
      });
      return new FakeEventHandlerResult(this.ctx, handler);
    },
  };

  protected exists(): boolean {
    return true;
  }
  protected read(): unknown {
    return undefined;
  }

  override load(names?: string | string[]): this {
    const props = (Array.isArray(names) ? names : (names ?? '').split(','))
      .map((n) => n.trim())
      .filter((n) => n.startsWith('items/'))
      .map((n) => n.slice('items/'.length));
    this.ctx.enqueue(() => {
      this.loadedItems = this.ctx.session.doc.sheets.map((s) => {
        const ws = new FakeWorksheet(this.ctx, () => this.ctx.session.doc.sheets.find((x) => x.id === s.id));
        ws.loadNow(props);
        return ws;
      });
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems)
      throw new OfficeError(
        'PropertyNotLoaded',
        "The property 'items' is not available before load() and sync().",
      );
    return this.loadedItems;
  }

  getItem(key: string): FakeWorksheet {
    this.ctx.path(key);
    return new FakeWorksheet(this.ctx, () => this.ctx.session.doc.sheets.find((s) => s.name === key));
  }

  /** ExcelApi 1.4 */
  getItemOrNullObject(key: string): FakeWorksheet {
    this.ctx.path(key);
    this.ctx.enqueue(() => this.ctx.requireApi(4, 'WorksheetCollection.getItemOrNullObject'));
    return new FakeWorksheet(this.ctx, () => this.ctx.session.doc.sheets.find((s) => s.name === key), true);
  }

  /**
   * ExcelApi 1.1: a new sheet after the last one ("if you wish to activate the newly added worksheet, call
   * .activate() on it": it is not activated). A name already used (case-insensitive) or one Excel does
   * not allow is refused; a protected structure refuses any new sheet.
   */
  add(name?: string): FakeWorksheet {
    this.ctx.path(name ?? null);
    const doc = () => this.ctx.session.doc;
    let added: SheetModel | undefined;
    this.ctx.recordWrite('worksheets', 'add()', name ?? null);
    this.ctx.enqueue(() => {
      if (this.ctx.session.refuse.has('structure'))
        throw new OfficeError('AccessDenied', 'The workbook structure is protected.');
      const d = doc();
      let chosen = name;
      if (chosen === undefined)
        for (let n = d.sheets.length + 1; ; n++)
          if (!d.sheets.some((s) => s.name.toLowerCase() === `sheet${n}`)) {
            chosen = `Sheet${n}`;
            break;
          }
      if (!chosen || chosen.length > 31 || /[\\/?*[\]:]/.test(chosen) || /^'|'$/.test(chosen))
        throw new OfficeError('InvalidArgument', `Not a sheet name: ${chosen}`);
      if (d.sheets.some((s) => s.name.toLowerCase() === chosen!.toLowerCase()))
        throw new OfficeError('ItemAlreadyExists', `A sheet named ${chosen} exists.`);
      added = { id: `{sheet-added-${newId(d)}}`, name: chosen, cells: {}, merges: [], notes: {} };
      d.sheets.push(added);
    });
    return new FakeWorksheet(this.ctx, () => (added && doc().sheets.includes(added) ? added : undefined));
  }

  getActiveWorksheet(): FakeWorksheet {
    this.ctx.path();
    return FakeWorksheet.active(this.ctx);
  }
}

class FakeSetting extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly key: string,
  ) {
    super(ctx);
  }
  protected exists(): boolean {
    this.ctx.requireApi(4, 'SettingCollection');
    return this.key in this.ctx.session.doc.settings;
  }
  protected read(name: string): unknown {
    if (name === 'value') return structuredClone(this.ctx.session.doc.settings[this.key]);
    if (name === 'key') return this.key;
    throw new OfficeError('InvalidArgument', `The fake cannot load setting.${name}.`);
  }
  get value(): unknown {
    return this.prop('value');
  }
  delete(): void {
    this.write(`setting ${this.key}`, 'delete()', null, () => {
      delete this.ctx.session.doc.settings[this.key];
    });
  }
}

class FakeSettingCollection {
  constructor(private readonly ctx: FakeContext) {}
  add(key: string, value: unknown): FakeSetting {
    this.ctx.path(key); // a method path whose arguments are the key and the value (counted below)
    this.ctx.recordWrite(`setting ${key}`, 'add()', value);
    const copy = JSON.parse(JSON.stringify(value)) as unknown; // settings are stored as JSON
    this.ctx.enqueue(() => {
      this.ctx.requireApi(4, 'SettingCollection.add');
      const settings = { ...this.ctx.session.doc.settings, [key]: copy };
      const total = Object.entries(settings).reduce((n, [k, v]) => n + jsonBytes(k) + jsonBytes(v), 0);
      if (total > MAX_SETTINGS_BYTES)
        throw new OfficeError(
          'InvalidArgument',
          `The document's settings would take ${total} bytes, over the ${MAX_SETTINGS_BYTES} allowed.`,
        );
      this.ctx.session.doc.settings[key] = copy;
    });
    return new FakeSetting(this.ctx, key);
  }
  getItemOrNullObject(key: string): FakeSetting {
    this.ctx.path(key);
    return new FakeSetting(this.ctx, key);
  }
}

export class FakeRuntime extends FakeObject {
  protected exists(): boolean {
    return true;
  }
  protected read(name: string): unknown {
    if (name === 'enableEvents') return this.ctx.session.enableEvents;
    throw new OfficeError('InvalidArgument', `The fake cannot load runtime.${name}.`);
  }
  get enableEvents(): boolean {
    return this.prop('enableEvents');
  }
  set enableEvents(value: boolean) {
    this.write('runtime', 'enableEvents', value, () => {
      this.ctx.requireApi(8, 'Runtime.enableEvents');
      this.ctx.session.enableEvents = value;
    });
  }
}

/** ExcelApi 1.7: workbook.protection; `protected` is the structure's protection. */
class FakeWorkbookProtection extends FakeObject {
  protected exists(): boolean {
    return true;
  }
  protected read(name: string): unknown {
    if (name === 'protected') return this.ctx.session.refuse.has('structure');
    throw new OfficeError('InvalidArgument', `The fake cannot load protection.${name}.`);
  }
  get protected(): boolean {
    return this.prop('protected');
  }
}

export class FakeWorkbook extends FakeObject {
  readonly worksheets: FakeWorksheetCollection;
  readonly protection: FakeWorkbookProtection;
  readonly settings: FakeSettingCollection;
  readonly comments: FakeCommentCollection;

  constructor(ctx: FakeContext) {
    super(ctx);
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.settings = new FakeSettingCollection(ctx);
    this.comments = new FakeCommentCollection(ctx);
    this.protection = new FakeWorkbookProtection(ctx);
  }
  protected exists(): boolean {
    return true;
  }
  protected read(name: string): unknown {
    if (name === 'name') return this.ctx.session.doc.name;
    throw new OfficeError('InvalidArgument', `The fake cannot load workbook.${name}.`);
  }
  get name(): string {
    return this.prop('name');
  }

  /**
   * ExcelApi 1.1: the selected range of the active sheet. "If there are multiple ranges selected, this
   * method will throw an error" (InvalidSelection). A sheet never selected in this session has its A1
   * selected, as a workbook opened on it has.
   */
  getSelectedRange(): FakeRange {
    const ctx = this.ctx;
    return new FakeRange(ctx, () => {
      const sheet = ctx.session.doc.sheets.find((s) => s.name === ctx.session.activeSheet);
      if (!sheet) throw new OfficeError('ItemNotFound', 'There is no active worksheet.');
      const selection = ctx.session.selection;
      if (!selection || selection.sheet !== sheet.name)
        return { sheet, top: 0, left: 0, bottom: 0, right: 0 };
      if (selection.areas.length !== 1)
        throw new OfficeError('InvalidSelection', 'The current selection is invalid for this operation.');
      return { sheet, ...selection.areas[0] };
    });
  }
}
