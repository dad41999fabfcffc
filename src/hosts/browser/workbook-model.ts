/**
 * The browser page's workbook: an ExcelJS workbook held in memory (in the page or in Node), with the
 * active selection and change listeners, so the grid on the page and the host both work on one model.
 */

import ExcelJS from 'exceljs';
import type { Mark } from '../../core/marks';
import type { Finding, Report } from '../../core/report';
import type { CellValue, PageLines } from '../../core/snapshot';
import { BROWSER_STATE_SHEET, COPY_RECORD_SHEET, isOwnSheet } from '../own-sheets';

/** Sheets 勾稽 keeps inside the workbook for itself (src/hosts/own-sheets.ts): never shown, never checked. */
export const ORIGINALS_SHEET = COPY_RECORD_SHEET;
export const STATE_SHEET = BROWSER_STATE_SHEET;
export { isOwnSheet };

export interface Selection {
  sheet: string;
  /** The active cell (where a drag started or the cell clicked). */
  cell: string;
  related: Array<{ sheet: string; cell: string }>;
  /** The rectangle dragged or shift-clicked from `cell` ("B3:D9"), when more than one cell is selected. */
  range?: string;
}

type Listener = () => void;

/** A solid fill's colour as upper-case '#RRGGBB'; null for no fill (or a fill with no plain colour). */
export function fillHex(fill: ExcelJS.Fill | undefined): string | null {
  if (!fill || fill.type !== 'pattern' || fill.pattern === 'none') return null;
  const argb = fill.fgColor?.argb;
  if (!argb || !/^[0-9A-Fa-f]{6,8}$/.test(argb)) return null;
  return `#${argb.slice(-6).toUpperCase()}`;
}

/** A note's plain text, whatever form ExcelJS holds it in. */
export function noteText(note: unknown): string | null {
  if (note === undefined || note === null || note === '') return null;
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: Array<{ text: string }> }).texts;
  return texts ? texts.map((t) => t.text).join('') : null;
}

export class BrowserWorkbook {
  readonly workbook: ExcelJS.Workbook;
  readonly name: string;
  /** The bytes of the file the user opened, when there is one: the annotated copy patches them. */
  readonly original: Uint8Array | null;
  /** Whether the user typed into a cell since opening: the original bytes no longer hold the values. */
  edited = false;
  private selection: Selection | null = null;
  /** The marks painted by the last check (none after 清除标记), for views that draw them elsewhere (PDF pages). */
  private marks: readonly Mark[] = [];
  private painted: readonly Finding[] = [];
  private readonly changeListeners = new Set<Listener>();
  private readonly editListeners = new Set<Listener>();

  constructor(workbook: ExcelJS.Workbook, name: string, original: Uint8Array | null = null) {
    this.workbook = workbook;
    this.name = name;
    this.original = original;
  }

  /** The user's sheets, in workbook order, without the sheets 勾稽 keeps for itself. */
  sheets(): ExcelJS.Worksheet[] {
    return this.workbook.worksheets.filter((ws) => !isOwnSheet(ws.name));
  }

  sheet(name: string): ExcelJS.Worksheet | undefined {
    return this.workbook.getWorksheet(name);
  }

  cell(sheet: string, address: string): ExcelJS.Cell | undefined {
    return this.sheet(sheet)?.getCell(address);
  }

  getMarks(): readonly Mark[] {
    return this.marks;
  }

  setMarks(marks: readonly Mark[]): void {
    this.marks = [...marks];
  }

  /** The findings painted by the last check (placed on a PDF's pages), for the narrative's boxes. */
  getPainted(): readonly Finding[] {
    return this.painted;
  }

  setPainted(findings: readonly Finding[]): void {
    this.painted = [...findings];
  }

  /** The report as this document places its findings: unchanged for a workbook (a PDF adds pages and boxes). */
  locate(report: Report): Report {
    return report;
  }

  /** A PDF's pages as lines (snapshot.pages, for text.frame); none for a workbook. */
  pageLines(): PageLines[] | undefined {
    return undefined;
  }

  getSelection(): Selection | null {
    return this.selection;
  }

  select(selection: Selection): void {
    this.selection = selection;
    this.changed();
  }

  /** A cell typed in by the user: the value changes and edit watchers hear of it. */
  editByUser(sheet: string, address: string, value: CellValue): void {
    const cell = this.cell(sheet, address);
    if (!cell) return;
    cell.value = value;
    this.edited = true;
    this.changed();
    for (const listener of [...this.editListeners]) listener();
  }

  /** Any change, for views that redraw (the grid). Returns a function that unsubscribes. */
  subscribe(listener: Listener): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** Only the user's edits (never 勾稽's own painting). */
  onUserEdit(listener: Listener): () => void {
    this.editListeners.add(listener);
    return () => this.editListeners.delete(listener);
  }

  changed(): void {
    for (const listener of [...this.changeListeners]) listener();
  }

  async toBuffer(): Promise<Uint8Array> {
    return new Uint8Array(await this.workbook.xlsx.writeBuffer());
  }
}
