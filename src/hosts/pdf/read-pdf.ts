/** A PDF's text through pdf.js (the same in Node and in the browser): pages of positioned text in reading space. */

import { InputError } from '../../core/errors';
import { MAX_PDF_PAGES, MAX_PDF_PAGE_SECONDS, MAX_PDF_SECONDS, MAX_PDF_TEXT_ITEMS } from '../../core/limits';
import { assertPdfWithinBounds } from './bounds';
import { compose, invert, uprightTurn } from './geometry/matrix';
import { apply } from './geometry/types';
import type { Matrix, PageText, Rule, TextItem } from './geometry/types';
import { pageRulings, type OpCodes, type OperatorList, type Segment } from './rulings';

/** The part of pdf.js used here (pdfjs-dist is ESM-only: each host loads it its own way and passes it in). */
export interface PdfJsLib {
  getDocument(src: Record<string, unknown>): { promise: Promise<PdfJsDocument>; destroy(): Promise<void> };
  /** Operator codes, for reading the table borders a page draws. */
  OPS?: OpCodes;
}

interface PdfJsDocument {
  numPages: number;
  getPage(n: number): Promise<PdfJsPage>;
  destroy(): Promise<void>;
}

interface PdfJsPage {
  ref?: { num: number; gen: number } | null;
  getViewport(p: { scale: number }): { transform: number[]; width: number; height: number };
  getTextContent(): Promise<{ items: Array<{ str?: string; transform?: number[]; width?: number }> }>;
  getOperatorList?(): Promise<OperatorList>;
}

export interface PdfResources {
  /** Folder (Node: path; browser: URL) of pdf.js's packed CMaps, with a trailing slash. */
  cMapUrl: string;
  standardFontDataUrl: string;
}

function describeOpenError(name: string, err: unknown): string {
  const kind = (err as { name?: string })?.name ?? '';
  const message = (err as Error)?.message ?? String(err);
  if (kind === 'PasswordException')
    return `文件“${name}”设置了密码（已加密），无法读取。请取消 PDF 的密码后再审核`;
  if (kind === 'InvalidPDFException' || /Invalid PDF|PDF header/i.test(message))
    return `文件“${name}”不是有效的 PDF，或文件不完整、已损坏（可能未下载完整）`;
  // pdf.js's own reason is English: the user reads what it means for the file, not the reason.
  return `文件“${name}”无法作为 PDF 读取，文件可能已损坏或不完整。请用 PDF 阅读器打开后另存（或重新导出）再审核`;
}

export function pageText(
  number: number,
  viewport: { transform: number[]; width: number; height: number },
  raw: Array<{ str?: string; transform?: number[]; width?: number }>,
  segments: Segment[] = [],
): PageText {
  const view = viewport.transform.slice(0, 6) as Matrix;
  const placed = raw
    .filter((it) => typeof it.str === 'string' && it.str.trim() !== '' && Array.isArray(it.transform))
    .map((it) => ({ str: it.str as string, t: compose(it.transform as Matrix, view), w: it.width ?? 0 }));
  // The page is read the way most of its text runs (a table turned landscape on a portrait page).
  const votes = [0, 0, 0, 0];
  for (const p of placed) {
    const angle = Math.atan2(p.t[1], p.t[0]);
    votes[((Math.round(angle / (Math.PI / 2)) % 4) + 4) % 4] += p.str.length;
  }
  const quadrant = votes.indexOf(Math.max(...votes));
  const turn = uprightTurn(quadrant, viewport.width, viewport.height);
  const items: TextItem[] = [];
  for (const p of placed) {
    const t = compose(p.t, turn.m);
    if (Math.abs(t[1]) > Math.abs(t[0]) * 0.1) continue; // text at another angle than the page's
    items.push({ str: p.str, x: t[4], y: t[5], w: p.w, h: Math.hypot(t[2], t[3]) });
  }
  const toReading = compose(view, turn.m);
  const rules: Rule[] = [];
  for (const s of segments) {
    const a = apply(toReading, s.x0, s.y0);
    const b = apply(toReading, s.x1, s.y1);
    if (Math.abs(a[1] - b[1]) < 0.5 && Math.abs(a[0] - b[0]) >= 0.5)
      rules.push({
        horizontal: true,
        at: (a[1] + b[1]) / 2,
        from: Math.min(a[0], b[0]),
        to: Math.max(a[0], b[0]),
      });
    else if (Math.abs(a[0] - b[0]) < 0.5 && Math.abs(a[1] - b[1]) >= 0.5)
      rules.push({
        horizontal: false,
        at: (a[0] + b[0]) / 2,
        from: Math.min(a[1], b[1]),
        to: Math.max(a[1], b[1]),
      });
  }
  return {
    page: number,
    width: turn.width,
    height: turn.height,
    items,
    toPdf: invert(toReading),
    rules,
  };
}

/** The page's ruling lines; none when pdf.js cannot give its operators (the text alone is then read). */
async function pageSegments(pdfjs: PdfJsLib, page: PdfJsPage): Promise<Segment[]> {
  if (!pdfjs.OPS || !page.getOperatorList) return [];
  try {
    return pageRulings(await page.getOperatorList(), pdfjs.OPS);
  } catch {
    return [];
  }
}

async function readPage(pdfjs: PdfJsLib, doc: PdfJsDocument, n: number) {
  const page = await doc.getPage(n);
  // Both at once: pdf.js inflates each one's content stream off the thread, so one's wait is the other's work.
  const [content, segments] = await Promise.all([page.getTextContent(), pageSegments(pdfjs, page)]);
  return { page, content, segments };
}

/** The message for a file pdf.js did not finish within `seconds` (page 0: before the first page was done). */
export function lateMessage(name: string, seconds: number, page: number, pages: number): string {
  const where = page ? `第 ${page} 页未能读完，共 ${pages} 页` : '尚未读完第 1 页';
  return `文件“${name}”读取超过 ${seconds} 秒仍未读完（${where}），不像一份部门决算公开文件`;
}

/** The message for a page pdf.js did not finish within MAX_PDF_PAGE_SECONDS. */
export function slowPageMessage(name: string, page: number, pages: number): string {
  return `文件“${name}”的第 ${page} 页（共 ${pages} 页）读取超过 ${MAX_PDF_PAGE_SECONDS} 秒仍未读完（正常的表格页不到 1 秒），该页可能已损坏或是恶意构造的，已停止读取`;
}

/** `work`, or `late()` thrown at `deadline` (a time in ms) if it has not settled by then. */
function beforeDeadline<T>(work: Promise<T>, deadline: number, late: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(late()), Math.max(0, deadline - Date.now()));
  });
  return Promise.race([work, cut]).finally(() => clearTimeout(timer));
}

/**
 * Every page's text (and, given `pageRefs`, each page's object reference in reading order); a clear Chinese
 * message for what cannot be read (password, damage, no text layer).
 */
export async function readPdfText(
  pdfjs: PdfJsLib,
  bytes: Uint8Array,
  name: string,
  resources: PdfResources,
  pageRefs?: string[],
  limits: { seconds?: number; pageSeconds?: number; onPage?: (page: number, pages: number) => void } = {},
): Promise<PageText[]> {
  const seconds = limits.seconds ?? MAX_PDF_SECONDS;
  assertPdfWithinBounds(bytes, name);
  const task = pdfjs.getDocument({
    data: bytes,
    cMapUrl: resources.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: resources.standardFontDataUrl,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc: PdfJsDocument;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    throw new InputError(describeOpenError(name, err));
  }
  try {
    if (doc.numPages > MAX_PDF_PAGES)
      throw new InputError(
        `文件“${name}”有 ${doc.numPages} 页，超过 ${MAX_PDF_PAGES} 页的上限，不像一份部门决算公开文件`,
      );
    const pages: PageText[] = [];
    const deadline = Date.now() + seconds * 1000;
    const late = (n: number) => new InputError(lateMessage(name, seconds, n, doc.numPages));
    const slowPage = (n: number) => new InputError(slowPageMessage(name, n, doc.numPages));
    let items = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      limits.onPage?.(n, doc.numPages);
      // One page's work is cut at the deadline too: a page pdf.js never finishes must not hang the check. (pdf.js
      // parses a page without yielding to timers: a page that keeps it busy is cut by the host, e.g. a thread.)
      const pageDeadline = Date.now() + (limits.pageSeconds ?? MAX_PDF_PAGE_SECONDS) * 1000;
      const { page, content, segments } = await beforeDeadline(
        readPage(pdfjs, doc, n),
        Math.min(deadline, pageDeadline),
        () => (pageDeadline < deadline ? slowPage(n) : late(n)),
      );
      items += content.items.length;
      if (items > MAX_PDF_TEXT_ITEMS)
        throw new InputError(
          `文件“${name}”的文字超过 ${MAX_PDF_TEXT_ITEMS.toLocaleString('en-US')} 段的上限（读到第 ${n} 页），不像一份部门决算公开文件`,
        );
      pages.push(pageText(n, page.getViewport({ scale: 1 }), content.items, segments));
      // The page objects in pdf.js's order: an annotated copy must put its boxes on the same pages.
      pageRefs?.push(page.ref ? `${page.ref.num} ${page.ref.gen} R` : '');
    }
    if (pages.every((p) => p.items.length === 0))
      throw new InputError(
        `文件“${name}”没有文字层（可能是扫描件或图片），勾稽不含文字识别（OCR），读不出其中的表格。请使用导出的带文字 PDF 或原始 Excel 工作簿`,
      );
    return pages;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(describeOpenError(name, err));
  } finally {
    // Destroying the loading task ends pdf.js's work on a page cut at the deadline; not waited for past a second.
    await beforeDeadline(
      Promise.all([doc.destroy(), task.destroy()]),
      Date.now() + 1000,
      () => new Error('destroy'),
    ).catch(() => undefined);
  }
}
