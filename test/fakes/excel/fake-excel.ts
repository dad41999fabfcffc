/**
 * A small fake of the Excel object model (office.js) for the Excel host's tests: it counts every sync,
 * records every property write, queues commands until sync, refuses to read unloaded properties, and
 * serialises its document so a test can save, close and reopen the workbook. HOSTS.md explains why
 * office-addin-mock is not enough for this.
 */

import type { CellValue } from '../../../src/core/snapshot';
import type {
  ClientRequestContextLike,
  ExcelContext,
  ExcelEnv,
  ExcelRun,
} from '../../../src/hosts/excel/office-types';
import {
  FakeContext,
  type ChangeArgs,
  type ChangeHandler,
  type FillReadings,
  type LibrarySurface,
  type Session,
  type WriteRecord,
} from './context';
import { NO_FILL_MODEL, cell, cellsOf, type DocumentModel, type SheetModel } from './model';
import { parseAddressList } from './range';
import { FakeRuntime, FakeWorkbook } from './workbook';

export interface FakeSheet {
  name: string;
  cells?: Record<string, CellValue>;
  /** '#RRGGBB' solid fills. */
  fills?: Record<string, string>;
  /** Notes (批注, legacy comments): kept in the file whatever the API; only ExcelApi 1.18 sees them. */
  notes?: Record<string, string>;
  /** Excel.SheetVisibility (ExcelApi 1.1); absent is Visible. */
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
  /** Threaded comments (ExcelApi 1.10). */
  comments?: Record<string, string>;
  merges?: SheetModel['merges'];
}

export interface FakeOptions {
  /** The ExcelApi 1.x minor this Excel supports (default 18: notes). */
  apiMinor?: number;
  /** The office.js loaded (default 'cdn'). */
  library?: LibrarySurface;
  /** How this build reads fills (default 'documented'). */
  fillReadings?: FillReadings;
  name?: string;
}

class FakeRequestContext extends FakeContext {
  readonly workbook: FakeWorkbook;
  readonly runtime: FakeRuntime;
  constructor(session: Session) {
    super(session);
    this.workbook = new FakeWorkbook(this);
    this.runtime = new FakeRuntime(this);
  }
}

export class FakeExcel implements Session {
  doc: DocumentModel;
  apiMinor: number;
  library: LibrarySurface;
  fillReadings: FillReadings;
  syncs = 0;
  writes: WriteRecord[] = [];
  enableEvents = true;
  handlers = new Set<ChangeHandler>();
  selection: Session['selection'] = null;
  activeSheet: string | null = null;
  cellsLoaded = 0;
  refuse = new Set<string>();
  /** Every Excel.run started. */
  runs = 0;
  /** Excel.run batches under way. */
  private active = 0;
  /** Changes made inside a run, delivered after it ends. */
  private pendingChanges: ChangeArgs[] = [];

  private constructor(doc: DocumentModel, options: FakeOptions) {
    this.doc = doc;
    this.apiMinor = options.apiMinor ?? 18;
    this.library = options.library ?? 'cdn';
    this.fillReadings = options.fillReadings ?? 'documented';
    this.activeSheet = doc.sheets[0]?.name ?? null;
  }

  static create(sheets: FakeSheet[], options: FakeOptions = {}): FakeExcel {
    const doc: DocumentModel = {
      name: options.name ?? '测试.xlsx',
      sheets: [],
      comments: [],
      settings: {},
      nextId: 0,
    };
    sheets.forEach((s, i) => {
      const model: SheetModel = {
        id: `{sheet-${i + 1}}`,
        name: s.name,
        cells: {},
        merges: s.merges ?? [],
        notes: {},
      };
      if (s.visibility) model.visibility = s.visibility;
      for (const [a1, value] of Object.entries(s.cells ?? {})) cell(model, a1).value = value;
      for (const [a1, color] of Object.entries(s.fills ?? {}))
        cell(model, a1).fill = { ...NO_FILL_MODEL, pattern: 'Solid', color: color.toUpperCase() };
      for (const [a1, text] of Object.entries(s.notes ?? {})) model.notes[a1.toUpperCase()] = text;
      for (const [a1, text] of Object.entries(s.comments ?? {}))
        doc.comments.push({
          id: `{user-${a1}}`,
          sheet: s.name,
          cell: a1.toUpperCase(),
          content: text,
          replies: [],
        });
      doc.sheets.push(model);
    });
    return new FakeExcel(doc, options);
  }

  /** What the saved file holds. */
  serialize(): string {
    return JSON.stringify(this.doc);
  }

  /** A new Excel session on a saved file. */
  static open(saved: string, options: FakeOptions = {}): FakeExcel {
    return new FakeExcel(JSON.parse(saved) as DocumentModel, options);
  }

  readonly run: ExcelRun = async <T>(batch: (context: ExcelContext) => Promise<T>): Promise<T> => {
    this.runs++;
    this.active++;
    const ctx = new FakeRequestContext(this);
    try {
      const result = await batch(ctx as unknown as ExcelContext);
      if (ctx.pending > 0)
        throw new Error(`Excel.run ended with ${ctx.pending} queued commands never synced`);
      return result;
    } finally {
      ctx.closed = true;
      if (--this.active === 0) this.deliverLater();
    }
  };

  readonly env: ExcelEnv = {
    isSetSupported: (name, version) => {
      const m = /^1\.(\d+)$/.exec(version);
      return name === 'ExcelApi' && m !== null && Number(m[1]) <= this.apiMinor;
    },
    userAgent: 'FakeExcel/1.0',
    runInContext: async <T>(
      context: ClientRequestContextLike,
      batch: (context: ExcelContext) => Promise<T>,
    ) => {
      const ctx = context as unknown as FakeContext;
      ctx.closed = false;
      try {
        return await batch(ctx as unknown as ExcelContext);
      } finally {
        ctx.closed = true;
      }
    },
  };

  /**
   * As Excel does, change events arrive later, not during the sync that made the change: those of a run
   * after the run has ended (a timer later). Whether events are on is looked at when they are raised, so
   * a run that turns events off, writes and turns them back on still has its writes reported (ExcelApi
   * before 1.14 cannot say they were the add-in's own).
   */
  emitChange(
    sheetName: string,
    address: string,
    trigger: 'ThisLocalAddin' | 'Unknown',
    details?: ChangeArgs['details'],
  ): void {
    const sheet = this.doc.sheets.find((s) => s.name === sheetName);
    const args: ChangeArgs = {
      address,
      worksheetId: sheet?.id ?? '',
      changeType: 'RangeEdited',
      // triggerSource exists from ExcelApi 1.14 on, details (one cell only) from 1.9.
      ...(this.apiMinor >= 14 ? { triggerSource: trigger } : {}),
      ...(details && this.apiMinor >= 9 ? { details } : {}),
    };
    this.pendingChanges.push(args);
    if (this.active === 0) this.deliverLater();
  }

  private deliverLater(): void {
    const changes = this.pendingChanges;
    this.pendingChanges = [];
    if (changes.length === 0) return;
    setTimeout(() => {
      if (!this.enableEvents) return;
      for (const args of changes) for (const handler of this.handlers) void handler(args);
    }, 0);
  }

  private sheet(name: string): SheetModel {
    const s = this.doc.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** '#RRGGBB' or null for no fill. */
  fill(sheet: string, a1: string): string | null {
    const f = this.sheet(sheet).cells[a1.toUpperCase()]?.fill;
    return !f || f.pattern === 'None' ? null : f.color.toUpperCase();
  }

  fillModel(sheet: string, a1: string) {
    return this.sheet(sheet).cells[a1.toUpperCase()]?.fill ?? NO_FILL_MODEL;
  }

  /** The note, else the comment thread (comment and replies, one per line), else null. */
  note(sheet: string, a1: string): string | null {
    return this.legacyNote(sheet, a1) ?? this.thread(sheet, a1);
  }

  /** The cell's note (批注), which ExcelApi below 1.18 cannot see. */
  legacyNote(sheet: string, a1: string): string | null {
    return this.sheet(sheet).notes[a1.toUpperCase()] ?? null;
  }

  /** The cell's threaded comment and its replies, one per line. */
  thread(sheet: string, a1: string): string | null {
    const key = a1.toUpperCase();
    const c = this.doc.comments.find((x) => x.sheet === sheet && x.cell === key);
    return c ? [c.content, ...c.replies.map((r) => r.content)].join('\n') : null;
  }

  value(sheet: string, a1: string): CellValue {
    return this.sheet(sheet).cells[a1.toUpperCase()]?.value ?? null;
  }

  setFill(sheet: string, a1: string, fill: Partial<typeof NO_FILL_MODEL>): void {
    const c = cell(this.sheet(sheet), a1);
    c.fill = { ...(c.fill ?? NO_FILL_MODEL), ...fill };
  }

  /** The user types into a cell: the value changes and onChanged fires (if events are on). */
  userEdit(sheet: string, a1: string, value: CellValue): void {
    const c = cell(this.sheet(sheet), a1);
    const before = c.value ?? null;
    c.value = value;
    this.emitChange(sheet, a1.toUpperCase(), 'Unknown', { valueBefore: before, valueAfter: value });
  }

  /** The user clicks a sheet's tab and selects cells on it ("A1:C5", or "A1:B2,D4" with Ctrl). */
  userSelect(sheet: string, address: string): void {
    const model = this.sheet(sheet);
    const areas = parseAddressList(model, address);
    this.activeSheet = model.name;
    this.selection = { sheet: model.name, cells: areas.flatMap(cellsOf), areas };
  }

  writesIn(sync: number): WriteRecord[] {
    return this.writes.filter((w) => w.sync === sync);
  }
}
