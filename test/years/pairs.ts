/** Pairs of years built from the corpus: last year's disclosure made from this year's, figures set by recognition. */

import fs from 'fs';
import path from 'path';
import { toA1 } from '../../src/core/address';
import { recognizeWorkbook } from '../../src/core/recognition';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import type { SummaryTable } from '../../src/core/tables/model';
import { CORPUS, withCells } from '../helpers';

export const narrativeOf = (unit: string): string =>
  fs.readFileSync(path.join(CORPUS, 'narratives', `${unit}.txt`), 'utf8');

/** A figure of a 总表 line, addressed by recognition: [table, half, line key, column key]. */
export type LineAt = ['公开01' | '公开04', 'income' | 'expense', string, string];

/** Where a line's figure is, as [sheet, A1], in this snapshot's own face. */
export function cellOf(snapshot: WorkbookSnapshot, [id, half, key, column]: LineAt): [string, string] {
  const t = recognizeWorkbook(snapshot, {}).tables.find((x) => x.id === id) as SummaryTable | undefined;
  const line = t?.[half].find((l) => l.key === key);
  const f = line && (line.values[column] ?? (column === 'total' ? line.values.amount : undefined));
  if (!f) throw new Error(`no ${id} ${half} ${key} ${column}`);
  return [f.ref.sheet, toA1(f.ref.row, f.ref.col)];
}

/** The 公开05 合计 figure's cell. */
export function totalOf05(snapshot: WorkbookSnapshot): [string, string] {
  const t = recognizeWorkbook(snapshot, {}).tables.find((x) => x.id === '公开05');
  if (!t || t.kind !== 'coded' || !t.total) throw new Error('no 公开05 total');
  const f = t.total.values.total;
  return [f.ref.sheet, toA1(f.ref.row, f.ref.col)];
}

/** A copy with figures set, each addressed by recognition in its own face. */
export function setFigures(
  snapshot: WorkbookSnapshot,
  figures: Array<[LineAt | '公开05合计', number]>,
): WorkbookSnapshot {
  return withCells(
    snapshot,
    figures.map(([at, v]) => [...(at === '公开05合计' ? totalOf05(snapshot) : cellOf(snapshot, at)), v]),
  );
}
