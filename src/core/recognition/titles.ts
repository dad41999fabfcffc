/** Finding where each of the nine tables starts: by its title words, or by its "公开NN表" marker. */

import type { SheetGrid } from '../snapshot';
import { labelKey, toHalfWidth } from '../text';
import type { TableId } from '../tables/model';
import type { Face } from '../faces/face';
import { FACES } from '../faces';
import { MOF_FACE } from '../faces/mof';

/** Title patterns of a face, most specific first: "支出决算表" is the tail of several other titles. */
function titlePatterns(face: Face): Array<[TableId, RegExp]> {
  let out = patternsOfFace.get(face);
  if (out) return out;
  out = [];
  patternsOfFace.set(face, out);
  for (const id of face.titleOrder) {
    const t = face.tables.find((x) => x.id === id);
    if (t) for (const re of t.titles) out.push([id, re]);
  }
  return out;
}

/** Built once per face (faces are constants). */
const patternsOfFace = new WeakMap<Face, Array<[TableId, RegExp]>>();

const CHINESE_NUMERALS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

export interface TitleHit {
  id: TableId;
  row: number;
  col: number;
  title: string;
  /** The table number given by a marker or a "表一：" prefix, when there is one. */
  numbered: number | null;
}

// Regular expressions live outside the functions: a literal inside one is a new object on every call.
const MARKER = /^[(（]?公开0?([1-9])表[)）]?$/;
const NOTE_START = /^(注|说明|备注|填报说明)/;
const TRAILING_MARKER = /[(（]?公开0?([1-9])表[)）]?$/;
const NUMBER_PREFIX = /^(?:附)?表([一二三四五六七八九]|[1-9])[:：.、]?/;
const SENTENCE_MARKS = /[，。；,;]/;
const YEAR = /(20\d{2})\s*年/;

/** "公开01表", "公开 01 表", "(公开01表)": the table number. */
export function markerNumber(text: string): number | null {
  const m = MARKER.exec(labelKey(text));
  return m ? Number(m[1]) : null;
}

/** A title cell's text without a trailing marker, a "表一：" prefix or a year; null when it is not a title. */
export function matchTitle(
  text: string,
  face: Face = MOF_FACE,
): { id: TableId; title: string; numbered: number | null } | null {
  if (text.length > 80) return null;
  let key = labelKey(text);
  if (NOTE_START.test(key)) return null;
  let numbered: number | null = null;
  const marker = TRAILING_MARKER.exec(key);
  if (marker) {
    numbered = Number(marker[1]);
    key = key.slice(0, marker.index);
  }
  const prefix = NUMBER_PREFIX.exec(key);
  if (prefix) {
    numbered = CHINESE_NUMERALS[prefix[1]] ?? Number(toHalfWidth(prefix[1]));
    key = key.slice(prefix[0].length);
  }
  for (const [id, pattern] of titlePatterns(face)) {
    if (!pattern.test(key)) continue;
    // A title is short: the unit name and year may precede it, a sentence may not.
    if (SENTENCE_MARKS.test(key)) return null;
    return { id, title: text.trim(), numbered };
  }
  return null;
}

/** A title in any face the reader knows ("表1：高等学校收支决算总表" is the central four-table face's only). */
export function matchTitleInAnyFace(text: string): ReturnType<typeof matchTitle> {
  for (const face of FACES) {
    const hit = matchTitle(text, face);
    if (hit) return hit;
  }
  return null;
}

/** The 4-digit year in a title such as "2024年度部门收入支出决算总表". */
export function yearOfText(text: string): number | null {
  const m = YEAR.exec(toHalfWidth(text));
  return m ? Number(m[1]) : null;
}

/** Every title and marker in a sheet, top to bottom; a marker within two rows of a title confirms it. */
export function findTitles(grid: SheetGrid, face: Face = MOF_FACE): TitleHit[] {
  const titles: TitleHit[] = [];
  const markers: Array<{ row: number; col: number; n: number }> = [];
  // Every title and marker has the word 表: only those cells are read.
  const cells = grid.tableWordCells();
  for (let i = 0; i < cells.length; i += 2) {
    const r = cells[i];
    const c = cells[i + 1];
    const v = grid.value(r, c) as string;
    const n = markerNumber(v);
    if (n !== null) {
      markers.push({ row: r, col: c, n });
      continue;
    }
    const hit = matchTitle(v, face);
    if (hit && !titles.some((t) => t.row === r)) titles.push({ ...hit, row: r, col: c });
  }
  for (const t of titles) {
    const m = markers.find((k) => k.row >= t.row - 2 && k.row <= t.row + 2);
    if (m) t.numbered = m.n;
  }
  // A marker with no title near it still starts a table (titles are sometimes left out).
  for (const m of markers) {
    if (titles.some((t) => m.row >= t.row - 2 && m.row <= t.row + 2)) continue;
    titles.push({
      id: `公开0${m.n}` as TableId,
      row: m.row,
      col: m.col,
      title: `公开0${m.n}表`,
      numbered: m.n,
    });
  }
  return titles.sort((a, b) => a.row - b.row);
}
