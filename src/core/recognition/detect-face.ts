/**
 * Which face a workbook is in: the face whose titles find the most tables, then the one whose signals
 * (header rows, empty-table notes) and table order fit best; the 财政部 face when nothing tells.
 */

import { FACES } from '../faces';
import type { Face } from '../faces/face';
import type { WorkbookSnapshot } from '../snapshot';
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

/** What look() keeps of one text: its key ('' when it is skipped) and whether it may be a title or marker. */
interface Looked {
  key: string;
  candidate: boolean;
}

/** A row's keys so far joined by "|", and the rows that go on from there by their next key. */
interface Joined {
  text: string;
  next: Map<string, Joined> | null;
}

function look(workbook: WorkbookSnapshot): Seen {
  const candidates: string[] = [];
  const texts = new Set<string>();
  // A workbook repeats its words (a 汇总 prints the same headers for every unit): each text is keyed once.
  const looked = new Map<string, Looked>();
  // Each row's keys joined by "|", made once per sequence of keys (rows repeat too): a path of keys from here.
  const joins: Joined = { text: '', next: null };
  for (const sheet of workbook.sheets) {
    // Cells are counted over the sheet's whole width, ragged rows or not.
    let width = 0;
    for (const values of sheet.values) width = Math.max(width, values.length);
    let cells = 0;
    for (let ri = 0; ri < sheet.values.length && cells < MAX_CELLS; ri++, cells += width) {
      const values = sheet.values[ri];
      let joined = joins;
      let keys = 0;
      for (let ci = 0; ci < values.length; ci++) {
        const v = values[ci];
        if (typeof v !== 'string') continue;
        let seen = looked.get(v);
        if (!seen) {
          const key = v.length > 120 ? '' : labelKey(v);
          seen = { key, candidate: key !== '' && v.includes('表') && v.length <= 80 };
          looked.set(v, seen);
        }
        if (!seen.key) continue;
        if (seen.candidate) candidates.push(v);
        texts.add(seen.key);
        let next = joined.next?.get(seen.key);
        if (!next) {
          next = { text: keys === 0 ? seen.key : `${joined.text}|${seen.key}`, next: null };
          (joined.next ??= new Map()).set(seen.key, next);
        }
        joined = next;
        keys++;
      }
      if (keys > 1) texts.add(joined.text);
    }
  }
  return { candidates, texts: [...texts] };
}

function scoreFace(face: Face, seen: Seen): number {
  const ids = new Set<string>();
  const numbers: number[] = [];
  // Titles and markers repeat (every unit of a 汇总 has them): each text is read once.
  const read = new Map<string, { marker: number | null; id: string | null }>();
  for (const text of seen.candidates) {
    let hit = read.get(text);
    if (!hit) {
      const marker = markerNumber(text);
      const id =
        marker !== null ? (face.markers ? `公开0${marker}` : null) : (matchTitle(text, face)?.id ?? null);
      read.set(text, (hit = { marker, id }));
    }
    const { marker, id } = hit;
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
