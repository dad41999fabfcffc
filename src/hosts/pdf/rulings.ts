/**
 * The ruling lines a page draws (table borders), read from pdf.js's operator list: stroked lines, the edges of
 * stroked rectangles and thin filled rectangles, in PDF user space (points, origin bottom-left), with the
 * current transform matrix applied (save/restore, cm, form XObjects).
 */

import { MAX_PDF_PAGE_OPERATORS, MAX_PDF_PAGE_RULES } from '../../core/limits';
import { compose } from './geometry/matrix';
import type { Matrix } from './geometry/types';

/** A straight segment in PDF user space. */
export interface Segment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** pdf.js's operator list of a page (`page.getOperatorList()`). */
export interface OperatorList {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

/** The operator codes used here (pdf.js's `OPS`). */
export type OpCodes = Record<string, number>;

/** pdf.js's path codes inside a constructPath (`DrawOPS`). */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

/** A filled rectangle at most this thick is a rule, not a shaded cell. */
const THIN = 2.5;

function isNumberArray(v: unknown): v is ArrayLike<number> {
  return (
    (Array.isArray(v) || ArrayBuffer.isView(v)) &&
    (v as ArrayLike<unknown>).length >= 0 &&
    ((v as ArrayLike<unknown>).length === 0 || typeof (v as ArrayLike<unknown>)[0] === 'number')
  );
}

/** Sub-paths of a pdf.js path buffer as point lists (curves by their end points: they are no rules). */
function subPaths(buf: ArrayLike<number>): Array<{ points: Array<[number, number]>; curved: boolean }> {
  const out: Array<{ points: Array<[number, number]>; curved: boolean }> = [];
  let cur: { points: Array<[number, number]>; curved: boolean } | null = null;
  let k = 0;
  while (k < buf.length) {
    const code = buf[k++];
    if (code === MOVE) {
      cur = { points: [[buf[k], buf[k + 1]]], curved: false };
      out.push(cur);
      k += 2;
    } else if (code === LINE) {
      if (!cur) {
        cur = { points: [], curved: false };
        out.push(cur);
      }
      cur.points.push([buf[k], buf[k + 1]]);
      k += 2;
    } else if (code === CURVE || code === QUAD) {
      const n = code === CURVE ? 6 : 4;
      if (cur) {
        cur.curved = true;
        cur.points.push([buf[k + n - 2], buf[k + n - 1]]);
      }
      k += n;
    } else if (code === CLOSE) {
      if (cur && cur.points.length > 1) cur.points.push(cur.points[0]);
    } else break; // an unknown code: the rest of the buffer cannot be read
  }
  return out;
}

function transform(m: Matrix, p: [number, number]): [number, number] {
  return [m[0] * p[0] + m[2] * p[1] + m[4], m[1] * p[0] + m[3] * p[1] + m[5]];
}

/** Axis-aligned segments of one painted sub-path. */
function segmentsOf(
  points: Array<[number, number]>,
  filled: boolean,
  stroked: boolean,
  out: Segment[],
): void {
  const axis = (a: [number, number], b: [number, number]): boolean =>
    Math.abs(a[0] - b[0]) < 0.5 || Math.abs(a[1] - b[1]) < 0.5;
  if (stroked) {
    for (let i = 1; i < points.length; i++) {
      const [a, b] = [points[i - 1], points[i]];
      if (axis(a, b) && (a[0] !== b[0] || a[1] !== b[1]))
        out.push({ x0: a[0], y0: a[1], x1: b[0], y1: b[1] });
    }
    return;
  }
  if (!filled || points.length < 3) return;
  // A filled rectangle: a thin one is a rule along its length; a cell's shading gives its four edges.
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const left = Math.min(...xs);
  const right = Math.max(...xs);
  const bottom = Math.min(...ys);
  const top = Math.max(...ys);
  if (!points.every((p, i) => i === 0 || axis(points[i - 1], p))) return;
  if (top - bottom <= THIN && right - left > THIN) {
    const y = (top + bottom) / 2;
    out.push({ x0: left, y0: y, x1: right, y1: y });
  } else if (right - left <= THIN && top - bottom > THIN) {
    const x = (left + right) / 2;
    out.push({ x0: x, y0: bottom, x1: x, y1: top });
  } else if (right - left > THIN && top - bottom > THIN) {
    out.push(
      { x0: left, y0: bottom, x1: right, y1: bottom },
      { x0: left, y0: top, x1: right, y1: top },
      { x0: left, y0: bottom, x1: left, y1: top },
      { x0: right, y0: bottom, x1: right, y1: top },
    );
  }
}

/**
 * The horizontal and vertical segments a page paints. A page past the operator or rule limit, or an operator
 * list in an unknown shape, gives no rules (its tables are then read from text positions alone).
 */
export function pageRulings(list: OperatorList, ops: OpCodes): Segment[] {
  if (list.fnArray.length > MAX_PDF_PAGE_OPERATORS) return [];
  const filledOps = new Set([
    ops.fill,
    ops.eoFill,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);
  const strokedOps = new Set([
    ops.stroke,
    ops.closeStroke,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const out: Segment[] = [];
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform && args && isNumberArray(args) && args.length >= 6)
      ctm = compose(Array.from(args).slice(0, 6) as Matrix, ctm);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = args?.[0];
      if (isNumberArray(m) && m.length >= 6) ctm = compose(Array.from(m).slice(0, 6) as Matrix, ctm);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === ops.constructPath && args) {
      const paint = args[0] as number;
      const filled = filledOps.has(paint);
      const stroked = strokedOps.has(paint);
      if (!filled && !stroked) continue;
      const data = args[1] as unknown[] | undefined;
      const buf = data?.[0];
      if (!isNumberArray(buf)) continue;
      for (const sub of subPaths(buf)) {
        if (sub.curved) continue;
        segmentsOf(
          sub.points.map((p) => transform(ctm, p)),
          filled,
          stroked,
          out,
        );
      }
      if (out.length > MAX_PDF_PAGE_RULES) return [];
    }
  }
  return out;
}
