/**
 * A PDF opened on the page, shown as its pages: pdf.js draws each page (locally, in the page's worker) when it
 * comes near the view, and every marked figure is boxed in its severity colour over it. Selecting a finding
 * (a card's link) scrolls its page into view and outlines its figure and the related figures of its relation.
 */

import { useEffect, useMemo, useRef, useState } from 'react';
import { fromA1 } from '../../../core/address';
import { SEVERITY_LABELS, type Severity } from '../../../core/report';
import type { PdfRenderDocument, PdfRenderPage, PdfViewport, PdfWorkbook } from '../open-pdf';
import { useModelVersion } from './use-model-version';

interface Props {
  model: PdfWorkbook;
}

/** A box over a page, in CSS pixels of the drawn page. */
export interface PageBox {
  key: string;
  page: number;
  left: number;
  top: number;
  width: number;
  height: number;
  severity: Severity | null;
  /** The selected finding's figure, or one of the figures of its relation. */
  role: 'selected' | 'related' | null;
  title: string;
}

interface PageFrame {
  number: number;
  viewport: PdfViewport;
}

/** A page of the document with its size at scale 1, to lay out at any scale. */
interface PageSource {
  number: number;
  page: PdfRenderPage;
  width: number;
}

/**
 * The scale at which a selected figure is shown: 10 pt print is 13 CSS pixels, as legible as the pane's own
 * text. A narrow view (350 px) fits a page at about half its size, where the figures cannot be read.
 */
export const READABLE_SCALE = 1.3;

/**
 * Points to pixels: the page's width fits the view, between a readable and a sharp scale; zoomed (a finding
 * selected), never below the readable scale, the view then scrolled to the figure.
 */
export function scaleFor(width: number, pageWidth: number, zoomed = false): number {
  const fit = Math.max(0.4, Math.min(1.6, (width - 24) / pageWidth));
  return zoomed ? Math.max(fit, READABLE_SCALE) : fit;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Where a cell of a rebuilt sheet is printed, or null. */
function placeOf(model: PdfWorkbook, sheet: string, cell: string) {
  const { row, col } = fromA1(cell);
  return model.places.get(sheet)?.get(`${row},${col}`) ?? null;
}

/** The marked figures and the selection as boxes over the drawn pages. */
export function pageBoxes(model: PdfWorkbook, frames: readonly PageFrame[]): PageBox[] {
  const byPage = new Map(frames.map((f) => [f.number, f]));
  const boxes = new Map<string, PageBox>();
  const put = (
    sheet: string,
    cell: string,
    severity: Severity | null,
    role: PageBox['role'],
    title: string,
  ) => {
    const place = placeOf(model, sheet, cell);
    const frame = place ? byPage.get(place.page) : undefined;
    if (!place || !frame) return;
    const [x0, y0, x1, y1] = frame.viewport.convertToViewportRectangle(place.box);
    const key = `${sheet}!${cell}`;
    const old = boxes.get(key);
    boxes.set(key, {
      key,
      page: place.page,
      left: Math.min(x0, x1),
      top: Math.min(y0, y1),
      width: Math.abs(x1 - x0),
      height: Math.abs(y1 - y0),
      severity: severity ?? (old ? old.severity : null),
      role: role ?? (old ? old.role : null),
      title: old && old.title ? old.title : title,
    });
  };
  for (const mark of model.getMarks())
    put(mark.sheet, mark.cell, mark.severity, null, `${SEVERITY_LABELS[mark.severity]}：${mark.note}`);
  // Findings on the narrative have no cell: boxed on the sentence where the PDF prints it, worst severity first.
  for (const f of model.getPainted()) {
    if (f.sheet || !f.narrative || !f.pdf) continue;
    const frame = byPage.get(f.pdf.page);
    if (!frame) continue;
    const key = `情况说明:${f.narrative.start}-${f.narrative.end}`;
    const old = boxes.get(key);
    if (old && old.severity && RANK[old.severity] <= RANK[f.severity]) continue;
    const [x0, y0, x1, y1] = frame.viewport.convertToViewportRectangle(f.pdf.box);
    boxes.set(key, {
      key,
      page: f.pdf.page,
      left: Math.min(x0, x1),
      top: Math.min(y0, y1),
      width: Math.abs(x1 - x0),
      height: Math.abs(y1 - y0),
      severity: f.severity,
      role: null,
      title: `${SEVERITY_LABELS[f.severity]}：${f.message}`,
    });
  }
  const selection = model.getSelection();
  if (selection) {
    for (const r of selection.related ?? []) put(r.sheet, r.cell, null, 'related', '同一勾稽关系中的数字');
    put(selection.sheet, selection.cell, null, 'selected', '选中的审核意见所指的数字');
  }
  return [...boxes.values()];
}

/** One page: a canvas drawn when the page first comes near the view, with its boxes on top. */
function PdfPage({
  doc,
  frame,
  boxes,
  root,
}: {
  doc: PdfRenderDocument;
  frame: PageFrame;
  boxes: PageBox[];
  root: HTMLElement | null;
}) {
  const holder = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [near, setNear] = useState(false);
  const [drawn, setDrawn] = useState(false);

  useEffect(() => {
    const el = holder.current;
    if (!el || near) return;
    if (typeof IntersectionObserver === 'undefined') return setNear(true);
    const seen = new IntersectionObserver(
      (entries) => entries.some((e) => e.isIntersecting) && setNear(true),
      {
        root,
        rootMargin: '600px 0px',
      },
    );
    seen.observe(el);
    return () => seen.disconnect();
  }, [root, near]);

  useEffect(() => {
    if (!near || !canvas.current) return;
    let cancel: (() => void) | null = null;
    let live = true;
    const c = canvas.current;
    setDrawn(false);
    void (async () => {
      const page = await doc.getPage(frame.number);
      if (!live) return;
      const ratio = Math.min(2, window.devicePixelRatio || 1);
      const viewport = page.getViewport({
        scale: (frame.viewport.width / page.getViewport({ scale: 1 }).width) * ratio,
      });
      c.width = Math.round(viewport.width);
      c.height = Math.round(viewport.height);
      const task = page.render({ canvasContext: c.getContext('2d'), viewport });
      cancel = () => task.cancel();
      try {
        await task.promise;
        if (live) setDrawn(true);
      } catch {
        // cancelled (the page left the document): nothing to draw
      }
    })();
    return () => {
      live = false;
      if (cancel) cancel();
    };
  }, [near, doc, frame]);

  return (
    <div
      ref={holder}
      className="gj-pdf-leaf"
      data-page={frame.number}
      data-drawn={drawn ? 'true' : 'false'}
      style={{ width: frame.viewport.width, height: frame.viewport.height }}
      role="img"
      aria-label={`第 ${frame.number} 页`}
    >
      <canvas ref={canvas} className="gj-pdf-canvas" />
      {boxes.map((b) => (
        <div
          key={b.key}
          className={`gj-pdf-box${b.severity ? ` gj-pdf-box-${b.severity}` : ''}${b.role ? ` gj-pdf-box-${b.role}` : ''}`}
          data-cell={b.key}
          title={b.title}
          style={{ left: b.left - 2, top: b.top - 2, width: b.width + 4, height: b.height + 4 }}
        />
      ))}
      <span className="gj-pdf-leaf-number" aria-hidden="true">
        {frame.number}
      </span>
    </div>
  );
}

export function PdfPages({ model }: Props) {
  useModelVersion(model);
  const scroller = useRef<HTMLDivElement>(null);
  const [doc, setDoc] = useState<PdfRenderDocument | null>(null);
  const [pages, setPages] = useState<PageSource[]>([]);
  const [viewWidth, setViewWidth] = useState(800);
  const [zoomed, setZoomed] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const d = await model.render();
        const out: PageSource[] = [];
        for (let n = 1; n <= d.numPages; n++) {
          const page = await d.getPage(n);
          out.push({ number: n, page, width: page.getViewport({ scale: 1 }).width });
        }
        if (!live) return;
        if (scroller.current) setViewWidth(scroller.current.clientWidth);
        setDoc(d);
        setPages(out);
      } catch (err) {
        if (live) setError(`PDF 页面无法显示：${(err as Error).message}`);
      }
    })();
    return () => {
      live = false;
      // pdf.js keeps the document (and its worker's copy of the bytes) until destroyed.
      model.releaseDrawing();
    };
  }, [model]);

  const frames = useMemo<PageFrame[]>(
    () =>
      pages.map((p) => ({
        number: p.number,
        viewport: p.page.getViewport({ scale: scaleFor(viewWidth, p.width, zoomed) }),
      })),
    [pages, viewWidth, zoomed],
  );
  // Whether the pages fitted to the view are too small to read (a narrow window): then zooming helps.
  const small = pages.length > 0 && scaleFor(viewWidth, pages[0].width) < READABLE_SCALE;

  const boxes = pageBoxes(model, frames);
  const selected = boxes.find((b) => b.role === 'selected');
  const selectedKey = selected ? `${selected.page}:${selected.key}` : null;

  // A finding selected in the pane: where the fitted page is too small to read, the pages are drawn at a
  // readable scale (整页 returns to the whole width).
  useEffect(() => {
    if (selectedKey) setZoomed(true);
  }, [selectedKey]);

  // A finding selected in the pane: its page scrolled into view, the figure in the middle of the view.
  useEffect(() => {
    const s = scroller.current;
    if (!s || !selected) return;
    const page = s.querySelector<HTMLElement>(`.gj-pdf-leaf[data-page="${selected.page}"]`);
    if (!page) return;
    const top = page.offsetTop - s.offsetTop + selected.top + selected.height / 2;
    s.scrollTop = Math.max(0, top - s.clientHeight / 2);
    const left = page.offsetLeft - s.offsetLeft + selected.left;
    if (left < s.scrollLeft || left + selected.width > s.scrollLeft + s.clientWidth - 8)
      s.scrollLeft = Math.max(0, left + selected.width / 2 - s.clientWidth / 2);
    // frames: the page drawn at another scale moves the figure.
  }, [selectedKey, frames]);

  return (
    <div className="gj-pdf-frame">
      {small && doc && (
        <div className="gj-pdf-zoom">
          <button
            type="button"
            className="gj-pdf-zoom-button"
            aria-pressed={zoomed}
            onClick={() => setZoomed(!zoomed)}
          >
            {zoomed ? '整页' : '放大'}
          </button>
        </div>
      )}
      <div
        className="gj-pdf-view"
        ref={scroller}
        tabIndex={0}
        aria-label="PDF 页面"
        data-pages={frames.length}
        data-scale={frames.length ? (frames[0].viewport.width / pages[0].width).toFixed(2) : undefined}
      >
        {error && <p className="gj-empty">{error}</p>}
        {!error && frames.length === 0 && <p className="gj-empty">正在显示 PDF 页面…</p>}
        {doc &&
          frames.map((frame) => (
            <PdfPage
              key={frame.number}
              doc={doc}
              frame={frame}
              boxes={boxes.filter((b) => b.page === frame.number)}
              root={scroller.current}
            />
          ))}
      </div>
    </div>
  );
}
