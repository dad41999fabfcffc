/**
 * The one interface between the task pane and a spreadsheet host (Excel, WPS, the browser page).
 * The task pane imports this file and nothing host-specific; each host lives in its own folder.
 */

import type { FaceId, TableAssignment } from '../core/faces/choices';
import type { Mark } from '../core/marks';
import type { Finding, PdfLocation, Report } from '../core/report';
import type { WorkbookSnapshot } from '../core/snapshot';
import type { SheetSelection } from './selection';

export type { SheetSelection } from './selection';

export type HostKind = 'excel' | 'wps' | 'browser';

export interface CellTarget {
  sheet: string;
  /** A1 address of one cell. */
  cell: string;
}

/** How a host writes a finding's text beside its cell. */
export type NoteKind = 'note' | 'comment' | 'none';

export interface HostInfo {
  kind: HostKind;
  /** Shown to the user in 关于/诊断, in Chinese: e.g. "Excel（ExcelApi 1.17）", "WPS 表格". */
  label: string;
  /** The webview's user agent, shown in 关于/诊断 so users can report it. */
  userAgent: string;
  notes: NoteKind;
  /** The host can tell the pane when the user edits a cell. */
  watchesEdits: boolean;
  /**
   * Further lines for 关于/诊断, in Chinese: for Excel, which office.js was loaded (CDN or the local
   * copy) and which capabilities are in use.
   */
  diagnostics?: string[];
}

/** What the user decided in this document, saved inside the document itself. */
export interface DocumentState {
  /** Accepted findings (忽略): findingKey → the user's reason. */
  ignored: Record<string, string>;
  /** Settings chosen for this document. */
  settings?: {
    year?: number | null;
    disabledRules?: string[];
    showInfo?: boolean;
    /** The face picked by the user; detected when absent. */
    face?: FaceId | null;
  };
  /** The user's corrections to table recognition (设为公开05). */
  assignments?: TableAssignment[];
  /** The narrative pasted for this document, if the user chose to keep it. */
  narrative?: string | null;
  /** Last year's disclosure opened in the pane (上年决算), kept with the document: its values, not its file. */
  lastYear?: KeptLastYear | null;
}

/** Last year's disclosure as the pane keeps it: the file's name, what it was, its values and its narrative. */
export interface KeptLastYear {
  file: string;
  source: 'xlsx' | 'pdf';
  snapshot: WorkbookSnapshot;
  narrative: string | null;
  /** A PDF's places, so that its side of a finding gets its page: each sheet's "row,col" cells, the narrative's lines. */
  pdfPlaces?: {
    cells: Array<[string, Array<[string, PdfLocation]>]>;
    narrative: Array<{ start: number; end: number; place: PdfLocation }>;
  };
}

export interface Host {
  readonly info: HostInfo;
  /** Every sheet's used range, values only, in as few round trips as the host allows. */
  readSnapshot(): Promise<WorkbookSnapshot>;
  /**
   * Paint a fill by severity and a note on each mark's cell. Before the first paint of a cell, its
   * original fill and note are saved inside the document, so clearMarks restores them exactly even after
   * the workbook was saved, closed and reopened. Painting again first clears the previous marks.
   */
  paintMarks(marks: readonly Mark[]): Promise<void>;
  /**
   * Restore every marked cell's original fill and note; forget the saved originals. Returns how many
   * cells were restored, those marked in earlier sessions (saved in the document) included.
   */
  clearMarks(): Promise<number>;
  /** Activate the target's sheet and select its cell (and the related cells where the host can). */
  select(target: CellTarget, related?: readonly CellTarget[]): Promise<void>;
  /**
   * Call back when the user edits a cell (not when the host paints marks). Raw events: the caller
   * debounces. Returns a function that stops watching.
   */
  watchEdits(onEdit: () => void): () => void;
  loadState(): Promise<DocumentState | null>;
  saveState(state: DocumentState): Promise<void>;
  /**
   * The user's current selection: its sheet and one rectangle ("A1:C5", or "B3" for one cell), for
   * 设为公开NN. null when nothing usable is selected (a chart, a shape); absent where the host cannot
   * tell. A selection of several areas is refused with a HostError saying so.
   */
  readSelection?(): Promise<SheetSelection | null>;
  /**
   * Commands given in the host's own UI rather than the pane (the WPS ribbon's 开始审核 and 清除标记).
   * Absent where the host has none. Returns a function that stops watching.
   */
  watchCommands?(onCommand: (command: HostCommand) => void): () => void;
  /**
   * The checked report as the document places its findings: a PDF read as tables (the browser page) gives
   * each finding the page and box where its figure is printed and the source pdf. Absent elsewhere.
   */
  placeReport?(report: Report): Report;
  /**
   * The findings painted (not accepted, tails only when shown), for a host that shows the ones with no cell
   * elsewhere: the browser page boxes a PDF's narrative findings on its pages. Absent elsewhere.
   */
  showPainted?(findings: readonly Finding[]): void;
}

export type HostCommand = 'check' | 'clear';

/** Error raised by a host, with a message in Chinese for the user. */
export class HostError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HostError';
  }
}

/**
 * What connecting to a host gives: a ready host, a Chinese message saying why this host cannot run the
 * task pane (old Office, missing API set), or absent (not inside that host at all).
 */
export type HostConnection =
  { status: 'ready'; host: Host } | { status: 'unsupported'; message: string } | { status: 'absent' };
