/** Affine matrices as PDF writes them, and the turn that puts a page's text upright. */

import { apply, type Matrix } from './types';

/** m2 after m1: a point goes through m1 first. */
export function compose(m1: Matrix, m2: Matrix): Matrix {
  return [
    m2[0] * m1[0] + m2[2] * m1[1],
    m2[1] * m1[0] + m2[3] * m1[1],
    m2[0] * m1[2] + m2[2] * m1[3],
    m2[1] * m1[2] + m2[3] * m1[3],
    m2[0] * m1[4] + m2[2] * m1[5] + m2[4],
    m2[1] * m1[4] + m2[3] * m1[5] + m2[5],
  ];
}

export function invert(m: Matrix): Matrix {
  const det = m[0] * m[3] - m[1] * m[2];
  return [
    m[3] / det,
    -m[1] / det,
    -m[2] / det,
    m[0] / det,
    (m[2] * m[5] - m[3] * m[4]) / det,
    (m[1] * m[4] - m[0] * m[5]) / det,
  ];
}

/**
 * The turn by a multiple of 90° that makes text running at `quadrant`·90° (y downwards) run left to right,
 * moved so that the turned page starts at (0, 0); and the turned page's size.
 */
export function uprightTurn(
  quadrant: number,
  width: number,
  height: number,
): { m: Matrix; width: number; height: number } {
  const q = ((quadrant % 4) + 4) % 4;
  const cos = [1, 0, -1, 0][q];
  const sin = [0, 1, 0, -1][q];
  // Rotation by -θ: (x, y) → (x·cos + y·sin, −x·sin + y·cos).
  const rot: Matrix = [cos, -sin, sin, cos, 0, 0];
  const corners = [apply(rot, 0, 0), apply(rot, width, 0), apply(rot, 0, height), apply(rot, width, height)];
  const minX = Math.min(...corners.map((c) => c[0]));
  const minY = Math.min(...corners.map((c) => c[1]));
  const m: Matrix = [cos, -sin, sin, cos, -minX, -minY];
  return q % 2 === 0 ? { m, width, height } : { m, width: height, height: width };
}
