/** The browser page's host: the Host interface over the in-memory ExcelJS workbook of the page. */

import type ExcelJS from 'exceljs';
import { NOTE_PREFIX, markFillArgb, type Mark } from '../../core/marks';
import type { Finding, Report } from '../../core/report';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { sheetSnapshot } from '../file/snapshot-from-exceljs';
import type { CellTarget, DocumentState, Host, HostInfo, SheetSelection } from '../host';
import { readDocumentState, writeDocumentState } from './document-state';
import { captureFormat, readSavedFormats, restoreFormat, writeSavedFormats } from './saved-formats';
import { noteText, type BrowserWorkbook } from './workbook-model';
import { globalScope } from '../global-scope';

function userAgent(): string {
  const scope = globalScope<{ navigator?: { userAgent?: string } }>();
  return (scope.navigator && scope.navigator.userAgent) || '未知';
}

/** The user's own lines of a note: every line 勾稽 wrote is left out. */
function ownNoteLines(note: string | null): string {
  if (!note) return '';
  return note
    .split('\n')
    .filter((line) => !line.startsWith(NOTE_PREFIX))
    .join('\n');
}

function paint(cell: ExcelJS.Cell, mark: Mark): void {
  const argb = markFillArgb(mark);
  cell.style = { ...cell.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb } } };
  const own = ownNoteLines(noteText(cell.note));
  cell.note = own ? `${own}\n${mark.note}` : mark.note;
}

export class BrowserHost implements Host {
  readonly info: HostInfo;
  readonly model: BrowserWorkbook;

  constructor(model: BrowserWorkbook) {
    this.model = model;
    this.info = {
      kind: 'browser',
      label: '浏览器页面（本机打开的 .xlsx）',
      userAgent: userAgent(),
      notes: 'note',
      watchesEdits: true,
    };
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    const pages = this.model.pageLines();
    const sheets = this.model.sheets().map(sheetSnapshot);
    return pages ? { name: this.model.name, sheets, pages } : { name: this.model.name, sheets };
  }

  async paintMarks(marks: readonly Mark[]): Promise<void> {
    this.restoreOriginals();
    const saved = [];
    for (const mark of marks) {
      const cell = this.model.cell(mark.sheet, mark.cell);
      if (!cell) continue;
      saved.push(captureFormat(mark.sheet, cell));
      paint(cell, mark);
    }
    writeSavedFormats(this.model, saved);
    this.model.setMarks(marks);
    this.model.changed();
  }

  showPainted(findings: readonly Finding[]): void {
    this.model.setPainted(findings);
    this.model.changed();
  }

  async clearMarks(): Promise<number> {
    const restored = this.restoreOriginals();
    writeSavedFormats(this.model, []);
    this.model.setMarks([]);
    this.model.setPainted([]);
    this.model.changed();
    return restored;
  }

  /** Restores the saved cells; returns how many there were. */
  private restoreOriginals(): number {
    let restored = 0;
    for (const saved of readSavedFormats(this.model)) {
      const cell = this.model.cell(saved.sheet, saved.cell);
      if (cell) {
        restoreFormat(cell, saved);
        restored++;
      }
    }
    return restored;
  }

  /** A PDF read as tables: each finding with the page and box where its figure is printed, source pdf. */
  placeReport(report: Report): Report {
    return this.model.locate(report);
  }

  async select(target: CellTarget, related: readonly CellTarget[] = []): Promise<void> {
    if (!this.model.sheet(target.sheet)) return;
    this.model.select({ sheet: target.sheet, cell: target.cell, related: [...related] });
  }

  /** The grid's selected cell, or the range dragged or shift-clicked on it. */
  async readSelection(): Promise<SheetSelection | null> {
    const selection = this.model.getSelection();
    if (!selection || !this.model.sheet(selection.sheet)) return null;
    return { sheet: selection.sheet, range: selection.range ?? selection.cell };
  }

  watchEdits(onEdit: () => void): () => void {
    return this.model.onUserEdit(onEdit);
  }

  async loadState(): Promise<DocumentState | null> {
    return readDocumentState(this.model);
  }

  async saveState(state: DocumentState): Promise<void> {
    writeDocumentState(this.model, state);
  }
}
