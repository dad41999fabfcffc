/** Positioned text of a PDF in reading space: x to the right, y downwards, as a reader sees the page upright. */

/** A 2D affine matrix [a, b, c, d, e, f] as in PDF: (x, y) → (a·x + c·y + e, b·x + d·y + f). */
export type Matrix = [number, number, number, number, number, number];

export interface TextItem {
  str: string;
  /** Left end of the baseline. */
  x: number;
  /** The baseline. */
  y: number;
  /** Advance width along the baseline. */
  w: number;
  /** Font height. */
  h: number;
}

export interface PageText {
  /** 1-based page number. */
  page: number;
  /** Size of the upright page. */
  width: number;
  height: number;
  items: TextItem[];
  /** Reading space → PDF user space (points, origin bottom-left of the page). */
  toPdf: Matrix;
  /** The ruling lines the page draws (table borders), in reading space; absent when not read. */
  rules?: Rule[];
}

/** A horizontal (y = `at`, x from `from` to `to`) or vertical (x = `at`, y from `from` to `to`) ruling line. */
export interface Rule {
  horizontal: boolean;
  at: number;
  from: number;
  to: number;
}

/** A rectangle in reading space: left, top, right, bottom. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function itemRect(it: TextItem): Rect {
  return { left: it.x, top: it.y - it.h * 0.88, right: it.x + it.w, bottom: it.y + it.h * 0.12 };
}

export function union(a: Rect | null, b: Rect): Rect {
  if (!a) return { ...b };
  return {
    left: Math.min(a.left, b.left),
    top: Math.min(a.top, b.top),
    right: Math.max(a.right, b.right),
    bottom: Math.max(a.bottom, b.bottom),
  };
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** A reading-space rectangle as a PDF box [x0, y0, x1, y1] (points, origin bottom-left), rounded to 0.1. */
export function toPdfBox(m: Matrix, r: Rect): [number, number, number, number] {
  const corners = [apply(m, r.left, r.top), apply(m, r.right, r.bottom)];
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  const round = (v: number): number => Math.round(v * 10) / 10;
  return [round(Math.min(...xs)), round(Math.min(...ys)), round(Math.max(...xs)), round(Math.max(...ys))];
}

/** Where a cell of a rebuilt sheet is printed: 1-based page and box in PDF points, origin bottom-left. */
export interface CellPlace {
  page: number;
  box: [number, number, number, number];
}
