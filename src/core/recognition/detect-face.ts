/**
 * Which face a workbook is in: the face whose titles find the most tables, then the one whose signals
 * (header words, empty-table notes) and table order fit best; the 财政部 face when nothing tells.
 */

import { FACES } from '../faces';
import type { Face } from '../faces/face';
import { SheetGrid, type WorkbookSnapshot } from '../snapshot';
import { labelKey } from '../text';
import { findTitles } from './titles';

/** How many cells to look at per sheet for signals: titles and headers sit near the top of tables. */
const MAX_CELLS = 200000;

function scoreFace(grids: SheetGrid[], face: Face, texts: string[]): number {
  const found: number[] = [];
  const ids = new Set<string>();
  for (const grid of grids)
    for (const hit of findTitles(grid, face)) {
      ids.add(hit.id);
      const t = face.tables.find((x) => x.id === hit.id);
      if (t) found.push(t.number);
    }
  let inOrder = 0;
  for (let i = 1; i < found.length; i++) if (found[i] > found[i - 1]) inOrder++;
  const signals = face.signals.filter((re) => texts.some((t) => re.test(t))).length;
  // A table the face does not have is a title it cannot explain.
  return 100 * ids.size + 10 * signals + inOrder;
}

export function detectFace(workbook: WorkbookSnapshot): Face {
  const grids = workbook.sheets.map((s) => new SheetGrid(s));
  const texts = new Set<string>();
  for (const grid of grids) {
    let cells = 0;
    for (let r = grid.firstRow; r < grid.rowCount && cells < MAX_CELLS; r++) {
      // Each cell's text, and the row's texts joined by "|" for signals that span cells ("类|款|项").
      const row: string[] = [];
      for (let c = grid.firstCol; c < grid.colCount; c++, cells++) {
        const v = grid.value(r, c);
        if (typeof v !== 'string' || v.length > 120) continue;
        const key = labelKey(v);
        if (!key) continue;
        texts.add(key);
        row.push(key);
      }
      if (row.length > 1) texts.add(row.join('|'));
    }
  }
  const list = [...texts];
  let best = FACES[0];
  let bestScore = -1;
  for (const face of FACES) {
    const score = scoreFace(grids, face, list);
    if (score > bestScore) {
      best = face;
      bestScore = score;
    }
  }
  return best;
}
