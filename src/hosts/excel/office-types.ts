/**
 * The part of the office.js Excel object model that 勾稽 uses, as structural types. The real
 * `Excel.run` satisfies them (test/hosts/excel-office-types.check.mts proves it against
 * @types/office-js), and the fake in test/fakes/excel/ implements them. Declaring them here keeps
 * src/ free of the DOM typings that @types/office-js needs. Each member names its API set.
 */

/** ExcelApi 1.1: the result of a method that returns a value after the next sync. */
export interface ClientResultLike<T> {
  readonly value: T;
}

/** Every proxy: properties are readable only after load() and context.sync(). */
export interface ClientObjectLike {
  /** Set after a sync for proxies returned by *OrNullObject methods (ExcelApi 1.4). */
  readonly isNullObject: boolean;
}

/**
 * ExcelApi 1.9: getCellProperties' fill part. "No fill" reads as color #FFFFFF, pattern "None"; some
 * builds read pattern null (and tintAndShade null for no fill): see saved-marks.ts fillOf.
 */
export interface CellFillProperties {
  color?: string;
  pattern?: string | null;
  patternColor?: string;
  tintAndShade?: number | null;
  patternTintAndShade?: number | null;
}

export interface CellPropertiesLike {
  format?: { fill?: CellFillProperties };
}

/** ExcelApi 1.1 (color, clear), 1.9 (pattern, patternColor, tintAndShade, patternTintAndShade). */
export interface RangeFillLike {
  color: string;
  pattern: string;
  patternColor: string;
  tintAndShade: number;
  patternTintAndShade: number;
  clear(): void;
}

export interface RangeFormatLike {
  readonly fill: RangeFillLike;
}

export interface RangeLike extends ClientObjectLike {
  /** ExcelApi 1.1 */
  readonly address: string;
  readonly values: unknown[][];
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly format: RangeFormatLike;
  load(propertyNames?: string | string[]): unknown;
  select(): void;
  /** ExcelApi 1.4 */
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeLike;
  /** ExcelApi 1.9 */
  getCellProperties(options: {
    format?: { fill?: { [K in keyof CellFillProperties]?: boolean } };
  }): ClientResultLike<CellPropertiesLike[][]>;
  /** ExcelApi 1.13 */
  getMergedAreasOrNullObject(): RangeAreasLike;
}

/** ExcelApi 1.9: several rectangles of one sheet in one proxy. */
export interface RangeAreasLike extends ClientObjectLike {
  readonly address: string;
  readonly format: RangeFormatLike;
  load(propertyNames?: string | string[]): unknown;
  select(): void;
}

/** ExcelApi 1.18 */
export interface NoteLike extends ClientObjectLike {
  content: string;
  load(propertyNames?: string | string[]): unknown;
  delete(): void;
}

/** ExcelApi 1.18 */
export interface NoteCollectionLike {
  add(cellAddress: string, content: string): NoteLike;
  getItemOrNullObject(key: string): NoteLike;
}

/** ExcelApi 1.10 */
export interface CommentReplyLike {
  readonly id: string;
  readonly content: string;
  delete(): void;
}

/** ExcelApi 1.10 */
export interface CommentLike {
  readonly id: string;
  readonly content: string;
  readonly replies: {
    readonly items: CommentReplyLike[];
    add(content: string): CommentReplyLike;
  };
  getLocation(): RangeLike;
  delete(): void;
}

/** ExcelApi 1.10 */
export interface CommentCollectionLike {
  readonly items: CommentLike[];
  /** cellAddress with the sheet name: "'表 二'!A2". */
  add(cellAddress: string, content: string): CommentLike;
  load(propertyNames?: string | string[]): unknown;
  /** OfficeExtension.LoadOption: a page of the collection. */
  load(option: { select?: string; top?: number; skip?: number }): unknown;
  getCount(): ClientResultLike<number>;
}

/** ExcelApi 1.4 */
export interface SettingLike extends ClientObjectLike {
  readonly value: unknown;
  load(propertyNames?: string | string[]): unknown;
  delete(): void;
}

/** ExcelApi 1.4: key/value pairs saved inside the workbook file. */
export interface SettingCollectionLike {
  add(key: string, value: unknown): SettingLike;
  getItemOrNullObject(key: string): SettingLike;
}

/** Worksheets' onChanged arguments (ExcelApi 1.7; triggerSource 1.14). */
export interface WorksheetChangedArgs {
  address: string;
  worksheetId: string;
  changeType: string;
  /** ExcelApi 1.14: 'ThisLocalAddin' for this add-in's own changes. */
  triggerSource?: string;
  /** ExcelApi 1.9, only when one cell changed. */
  details?: { valueBefore?: unknown; valueAfter?: unknown };
}

/** A request context as an event registration keeps it (OfficeExtension.ClientRequestContext). */
export interface ClientRequestContextLike {
  sync(): Promise<void>;
}

export interface EventHandlerResultLike {
  readonly context: ClientRequestContextLike;
  remove(): void;
}

export interface EventHandlersLike<T> {
  add(handler: (args: T) => Promise<unknown>): EventHandlerResultLike;
}

export interface WorksheetLike extends ClientObjectLike {
  /** ExcelApi 1.1 */
  readonly name: string;
  readonly id: string;
  load(propertyNames?: string | string[]): unknown;
  activate(): void;
  getRange(address?: string): RangeLike;
  /** ExcelApi 1.4 */
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeLike;
  /** ExcelApi 1.7 */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeLike;
  /** ExcelApi 1.9 */
  getRanges(address?: string): RangeAreasLike;
  /** ExcelApi 1.18 */
  readonly notes: NoteCollectionLike;
}

export interface WorksheetCollectionLike {
  readonly items: WorksheetLike[];
  load(propertyNames?: string | string[]): unknown;
  getItem(key: string): WorksheetLike;
  /** ExcelApi 1.1 */
  getActiveWorksheet(): WorksheetLike;
  /** ExcelApi 1.9: one handler for every sheet. */
  readonly onChanged: EventHandlersLike<WorksheetChangedArgs>;
  /** ExcelApi 1.1: a new sheet after the last one (not activated). */
  add(name?: string): WorksheetLike;
  /** ExcelApi 1.4 */
  getItemOrNullObject(key: string): WorksheetLike;
}

export interface WorkbookLike {
  /** ExcelApi 1.7 */
  readonly name: string;
  load(propertyNames?: string | string[]): unknown;
  readonly worksheets: WorksheetCollectionLike;
  /** ExcelApi 1.1: the selected range; throws InvalidSelection when several areas are selected. */
  getSelectedRange(): RangeLike;
  /** ExcelApi 1.4 */
  readonly settings: SettingCollectionLike;
  /** ExcelApi 1.10 */
  readonly comments: CommentCollectionLike;
  /** ExcelApi 1.7: `protected` is the protection of the workbook's structure. */
  readonly protection: { readonly protected: boolean; load(propertyNames?: string | string[]): unknown };
}

/** ExcelApi 1.8: enableEvents. */
export interface RuntimeLike {
  enableEvents: boolean;
  load(propertyNames?: string | string[]): unknown;
}

export interface ExcelContext {
  readonly workbook: WorkbookLike;
  readonly runtime: RuntimeLike;
  sync(): Promise<void>;
}

/** `Excel.run(batch)`. */
export type ExcelRun = <T>(batch: (context: ExcelContext) => Promise<T>) => Promise<T>;

/** Where the page's office.js came from: Microsoft's CDN, or the local fallback copy. */
export type OfficeJsSource = 'cdn' | 'local';

/** What the host needs from its surroundings besides Excel.run. */
export interface ExcelEnv {
  /** `Office.context.requirements.isSetSupported('ExcelApi', version)` (Common API). */
  isSetSupported(name: 'ExcelApi', version: string): boolean;
  /** The webview's user agent, for 关于/诊断. */
  userAgent: string;
  /** Which office.js the page loaded ('cdn', 'local'), for 关于/诊断; absent when unknown. */
  officeJs?: OfficeJsSource;
  /** Office.context.diagnostics.version: the Office build, for 关于/诊断. */
  officeVersion?: string;
  /** `Excel.run(context, batch)`: removes an event handler in the context it was added in. */
  runInContext<T>(
    context: ClientRequestContextLike,
    batch: (context: ExcelContext) => Promise<T>,
  ): Promise<T>;
}
