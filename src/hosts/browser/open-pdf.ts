/**
 * A PDF chosen or dropped in the browser page: pdf.js (loaded on demand, its worker, CMaps and fonts served from
 * the page's own pdfjs/ folder, nothing fetched elsewhere) gives the text, the geometry rebuilds the tables, and
 * each rebuilt table becomes a sheet of an in-memory workbook, so the grid, the marks and the pane work unchanged.
 */

import ExcelJS from 'exceljs';
import { InputError } from '../../core/errors';
import { MAX_PDF_BYTES } from '../../core/limits';
import type { Report } from '../../core/report';
import { layoutDocument, type CellPlace, type PdfLayout } from '../pdf/geometry/layout';
import { locateFindings } from '../pdf/locate';
import { pageLines } from '../pdf/page-lines';
import type { PageText } from '../pdf/geometry/types';
import type { PageLines } from '../../core/snapshot';
import { readPdfText, type PdfJsLib } from '../pdf/read-pdf';
import { BrowserWorkbook } from './workbook-model';

/** Where the web build puts pdf.js's worker, CMaps and standard fonts (webpack.config.js copies them). */
export const PDFJS_FOLDER = 'pdfjs/';

export function isPdf(bytes: Uint8Array, name: string): boolean {
  if (/\.pdf$/i.test(name)) return true;
  return new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-');
}

/** A workbook rebuilt from a PDF, with what it takes to put findings back on the pages. */
export class PdfWorkbook extends BrowserWorkbook {
  readonly pdfBytes: Uint8Array;
  readonly places: Map<string, Map<string, CellPlace>>;
  readonly narrative: string;
  /** Where each line of the PDF's narrative is printed. */
  readonly narrativePlaces: PdfLayout['narrativePlaces'];
  /** The pages as lines, for the rules on the document's frame (目录 page numbers, blank pages), as the CLI. */
  private readonly lines: PageLines[] | undefined;

  constructor(
    workbook: ExcelJS.Workbook,
    name: string,
    pdf: {
      bytes: Uint8Array;
      places: Map<string, Map<string, CellPlace>>;
      narrative: string;
      narrativePlaces?: PdfLayout['narrativePlaces'];
      pages?: PageLines[];
    },
  ) {
    super(workbook, name);
    this.pdfBytes = pdf.bytes;
    this.places = pdf.places;
    this.narrative = pdf.narrative;
    this.narrativePlaces = pdf.narrativePlaces ?? [];
    this.lines = pdf.pages;
  }

  override pageLines(): PageLines[] | undefined {
    return this.lines;
  }

  /**
   * The report with every finding's page and box (REPORT.md `pdf`); a finding on the narrative on its sentence
   * when the narrative checked is the PDF's own (the pane's text may be another).
   */
  override locate(report: Report): Report {
    return locateFindings(report, this.places, this.narrativePlaces, this.narrative);
  }

  /** A copy of the PDF with each finding boxed and noted; the file opened is not changed. */
  async annotated(report: Report): Promise<Uint8Array> {
    // pdf-lib is only needed for this: loaded when a copy is asked for.
    const { annotatePdf } = await import(/* webpackChunkName: "pdf-lib" */ '../../export/annotate-pdf');
    return annotatePdf(this.pdfBytes, this.locate(report));
  }

  /** pdf.js's document for drawing the pages, opened once until released. */
  render(): Promise<PdfRenderDocument> {
    if (!this.rendering) this.rendering = this.openForDrawing();
    return this.rendering;
  }

  /**
   * The drawing document destroyed (its worker-side copy of the PDF freed): when the pages view unmounts
   * (another file opened, the rebuilt grid shown). The next render() opens it again.
   */
  releaseDrawing(): void {
    const open = this.rendering;
    this.rendering = null;
    if (open)
      void open.then(
        (doc) => doc.destroy(),
        () => undefined,
      );
  }

  /** Opens the PDF with pdf.js for drawing (its own copy of the bytes: pdf.js hands them to its worker). */
  protected async openForDrawing(): Promise<PdfRenderDocument> {
    const lib = await loadPdfJs();
    const base = new URL(PDFJS_FOLDER, pageBase()).href;
    const task = (
      lib as unknown as { getDocument(src: object): { promise: Promise<PdfRenderDocument> } }
    ).getDocument({
      data: this.pdfBytes.slice(),
      cMapUrl: `${base}cmaps/`,
      cMapPacked: true,
      standardFontDataUrl: `${base}standard_fonts/`,
      isEvalSupported: false,
    });
    return task.promise;
  }

  private rendering: Promise<PdfRenderDocument> | null = null;
}

/** The part of pdf.js's document that draws pages (the browser page only). */
export interface PdfRenderDocument {
  numPages: number;
  getPage(n: number): Promise<PdfRenderPage>;
  destroy(): Promise<void>;
}

export interface PdfViewport {
  width: number;
  height: number;
  convertToViewportRectangle(rect: number[]): number[];
}

export interface PdfRenderPage {
  getViewport(p: { scale: number }): PdfViewport;
  render(p: { canvasContext: unknown; viewport: PdfViewport }): { promise: Promise<void>; cancel(): void };
}

/** The page's address (this module is also compiled for Node, without the DOM's types). */
function pageBase(): string {
  return (globalThis as unknown as { document: { baseURI: string } }).document.baseURI;
}

let pdfjs: Promise<PdfJsLib> | null = null;

function loadPdfJs(): Promise<PdfJsLib> {
  if (!pdfjs)
    pdfjs = import(/* webpackChunkName: "pdfjs" */ 'pdfjs-dist/legacy/build/pdf.mjs').then((lib) => {
      const m = lib as unknown as PdfJsLib & { GlobalWorkerOptions: { workerSrc: string } };
      m.GlobalWorkerOptions.workerSrc = new URL(`${PDFJS_FOLDER}pdf.worker.min.js`, pageBase()).href;
      return m;
    });
  return pdfjs;
}

export async function openPdf(bytes: Uint8Array, name: string): Promise<PdfWorkbook> {
  if (bytes.length > MAX_PDF_BYTES)
    throw new InputError(
      `文件“${name}”有 ${(bytes.length / 1048576).toFixed(1)} MB，超过 ${MAX_PDF_BYTES / 1048576} MB 的上限`,
    );
  if (bytes.length === 0) throw new InputError(`文件“${name}”是空文件（0 字节），不是 PDF`);
  if (!new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-'))
    throw new InputError(`文件“${name}”不是 PDF（文件开头没有 PDF 标记），可能只是改了扩展名`);
  const base = new URL(PDFJS_FOLDER, pageBase()).href;
  const pages = await readPdfText(await loadPdfJs(), bytes.slice(), name, {
    cMapUrl: `${base}cmaps/`,
    standardFontDataUrl: `${base}standard_fonts/`,
  });
  return pdfWorkbookOf(layoutDocument(pages, name), pages, bytes, name);
}

/** The PDF's rebuilt tables as sheets of an in-memory workbook, with where each cell and line is printed. */
export function pdfWorkbookOf(
  layout: PdfLayout,
  pages: PageText[],
  bytes: Uint8Array,
  name: string,
): PdfWorkbook {
  if (layout.snapshot.sheets.length === 0)
    throw new InputError(`PDF“${name}”中没有找到表格，不像一份部门决算公开文件`);
  const workbook = new ExcelJS.Workbook();
  for (const sheet of layout.snapshot.sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    sheet.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) ws.getCell(r + 1, c + 1).value = v;
      }),
    );
  }
  return new PdfWorkbook(workbook, name, {
    bytes,
    places: layout.places,
    narrative: layout.narrative,
    narrativePlaces: layout.narrativePlaces,
    pages: pageLines(pages),
  });
}
