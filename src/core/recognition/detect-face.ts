/**
 * Which face a workbook is in: the face whose titles find the most tables, then the one whose signals
 * (header rows, empty-table notes) and table order fit best; the 财政部 face when nothing tells.
 */

import { FACES } from '../faces';
import type { Face } from '../faces/face';
import { SheetGrid, type WorkbookSnapshot } from '../snapshot';
import { labelKey } from '../text';
import { markerNumber, matchTitle } from './titles';

/** How many cells to look at per sheet: titles and headers sit near the top of tables. */
const MAX_CELLS = 200000;

interface Seen {
  /** Cells that may be titles or markers (they hold 表), in workbook order. */
  candidates: string[];
  /** Every cell's text, and each row's texts joined by "|". */
  texts: string[];
}

function look(workbook: WorkbookSnapshot): Seen {
  const candidates: string[] = [];
  const texts = new Set<string>();
  for (const sheet of workbook.sheets) {
    const grid = new SheetGrid(sheet);
    let cells = 0;
    for (let r = grid.firstRow; r < grid.rowCount && cells < MAX_CELLS; r++) {
      const row: string[] = [];
      for (let c = grid.firstCol; c < grid.colCount; c++, cells++) {
        const v = grid.value(r, c);
        if (typeof v !== 'string' || v.length > 120) continue;
        const key = labelKey(v);
        if (!key) continue;
        if (v.includes('表') && v.length <= 80) candidates.push(v);
        texts.add(key);
        row.push(key);
      }
      if (row.length > 1) texts.add(row.join('|'));
    }
  }
  return { candidates, texts: [...texts] };
}

function scoreFace(face: Face, seen: Seen): number {
  const ids = new Set<string>();
  const numbers: number[] = [];
  for (const text of seen.candidates) {
    const marker = markerNumber(text);
    const id =
      marker !== null ? (face.markers ? `公开0${marker}` : null) : (matchTitle(text, face)?.id ?? null);
    if (!id) continue;
    const t = face.tables.find((x) => x.id === id);
    if (!t) continue;
    ids.add(id);
    if (marker === null) numbers.push(t.number);
  }
  let inOrder = 0;
  for (let i = 1; i < numbers.length; i++) if (numbers[i] > numbers[i - 1]) inOrder++;
  const signals = face.signals.filter((re) => seen.texts.some((t) => re.test(t))).length;
  return 100 * ids.size + 10 * signals + inOrder;
}

export function detectFace(workbook: WorkbookSnapshot): Face {
  const seen = look(workbook);
  // A tie goes to the first face, 财政部: another face needs its own evidence.
  let best = FACES[0];
  let bestScore = -1;
  for (const face of FACES) {
    const score = scoreFace(face, seen);
    if (score > bestScore) {
      best = face;
      bestScore = score;
    }
  }
  return best;
}
