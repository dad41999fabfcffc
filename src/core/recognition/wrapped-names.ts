/**
 * Names wrapped over two or three rows (pasted from a PDF, or a narrow 科目名称 column): the rows that
 * hold only a piece of a name are joined to their coded row. Where a table puts the code on the
 * middle row of its name, the pieces above a coded row are as many as those below it.
 */

export interface NamedRow {
  row: number;
  name: string;
}

export interface NamePiece {
  row: number;
  text: string;
}

/** The pieces of `run` in consecutive rows from `from` on, stepping by `step` (1 down, −1 up). */
function adjacent(run: NamePiece[], from: number, step: 1 | -1): NamePiece[] {
  const out: NamePiece[] = [];
  for (let row = from; ; row += step) {
    const p = run.find((x) => x.row === row);
    if (!p) break;
    out.push(p);
  }
  return step === 1 ? out : out.reverse();
}

/**
 * Joins each piece to a coded row, in place; returns the coded rows whose names were completed. Only
 * pieces directly next to a coded row (or to another such piece) are joined; pieces past the first or
 * last coded row only where names are wrapped: the face's layout says so, or a piece sits between rows.
 */
export function joinWrappedNames<T extends NamedRow>(
  rows: T[],
  given: NamePiece[],
  wrappedLayout = false,
): T[] {
  if (given.length === 0 || rows.length === 0) return [];
  const sorted = rows.slice().sort((a, b) => a.row - b.row);
  const pieces: NamePiece[] = [];
  let inside = false;
  for (let i = 0; i <= sorted.length; i++) {
    const prev = i > 0 ? sorted[i - 1] : null;
    const next = i < sorted.length ? sorted[i] : null;
    const run = given.filter((p) => (!prev || p.row > prev.row) && (!next || p.row < next.row));
    const down = prev ? adjacent(run, prev.row + 1, 1) : [];
    const up = next ? adjacent(run, next.row - 1, -1) : [];
    const near = run.filter((p) => down.includes(p) || up.includes(p));
    if (prev && next && near.length > 0) inside = true;
    pieces.push(...near);
  }
  const edge = (p: NamePiece) => p.row < sorted[0].row || p.row > sorted[sorted.length - 1].row;
  if (!inside && !wrappedLayout) pieces.splice(0, pieces.length, ...pieces.filter((p) => !edge(p)));
  if (pieces.length === 0) return [];
  // Middle style: a piece above the first coded row, or a coded row without a name between pieces.
  const middle =
    pieces.some((p) => p.row < sorted[0].row) ||
    sorted.some((r) => r.name === '' && pieces.some((p) => p.row === r.row - 1));
  const above = new Map<T, NamePiece[]>();
  const below = new Map<T, NamePiece[]>();
  for (const r of sorted) {
    above.set(r, []);
    below.set(r, []);
  }
  for (let i = 0; i <= sorted.length; i++) {
    const prev = i > 0 ? sorted[i - 1] : null;
    const next = i < sorted.length ? sorted[i] : null;
    const run = pieces.filter((p) => (!prev || p.row > prev.row) && (!next || p.row < next.row));
    if (run.length === 0) continue;
    if (!prev) above.get(next!)!.push(...run);
    else if (!next) below.get(prev)!.push(...run);
    else if (!middle) below.get(prev)!.push(...run);
    else {
      const keep = Math.min(run.length, above.get(prev)!.length);
      below.get(prev)!.push(...run.slice(0, keep));
      above.get(next)!.push(...run.slice(keep));
    }
  }
  const changed: T[] = [];
  for (const r of sorted) {
    const a = above.get(r)!;
    const b = below.get(r)!;
    if (a.length === 0 && b.length === 0) continue;
    r.name = [...a.map((p) => p.text), r.name, ...b.map((p) => p.text)].join('');
    changed.push(r);
  }
  return changed;
}
