/**
 * A catalogue the user gives (the year's official 政府收支分类科目 list, as an .xlsx or .csv with a code
 * column and a name column): read from a workbook snapshot, whatever its layout, into catalogue entries.
 */

import { parseCode } from '../numbers';
import type { CellValue, WorkbookSnapshot } from '../snapshot';
import { stripOrdinal, toHalfWidth } from '../text';
import { InputError } from '../errors';
import { Catalog, type CatalogEntry, type Catalogs } from './index';

export interface UserCatalog {
  functional: CatalogEntry[];
  economic: CatalogEntry[];
  /** Rows that held a code-like value and no usable name. */
  skipped: number;
}

/** 功能分类 codes start with 2 (201–234 类), 部门经济分类 codes with 3 (301–399). */
function kindOf(code: string): 'functional' | 'economic' | null {
  if (code.startsWith('2')) return 'functional';
  if (code.startsWith('3')) return 'economic';
  return null;
}

function levelOf(code: string): string {
  return code.length === 3 ? '类' : code.length === 5 ? '款' : '项';
}

function nameOf(v: CellValue): string | null {
  if (typeof v !== 'string') return null;
  const name = stripOrdinal(v.trim()).trim();
  if (!name || /^[\d.\s]+$/.test(name)) return null;
  return name;
}

/** "2010101 行政运行" or "2010101行政运行" in one cell. */
function splitCell(v: CellValue): { code: string; name: string } | null {
  if (typeof v !== 'string') return null;
  const m = /^\s*(\d{3}(?:\d{2}){0,2})\s*[、.．:：]?\s*(\D.*)$/.exec(toHalfWidth(v));
  if (!m) return null;
  const name = nameOf(m[2]);
  return name ? { code: m[1], name } : null;
}

function pairsOfRow(row: CellValue[]): Array<{ code: string; name: string }> | 'skipped' | null {
  for (let c = 0; c < row.length; c++) {
    const code = parseCode(row[c]);
    if (code) {
      for (let n = c + 1; n < row.length; n++) {
        if (row[n] === null || row[n] === '') continue;
        const name = nameOf(row[n]);
        return name ? [{ code, name }] : 'skipped';
      }
      return 'skipped';
    }
    const both = splitCell(row[c]);
    if (both) return [both];
  }
  return null;
}

const isEmpty = (v: CellValue) => v === null || (typeof v === 'string' && v.trim() === '');
/** A 款 or 项 part printed in its own column: "01" (text: a number would have lost its 0). */
const twoDigits = (v: CellValue) => (typeof v === 'string' && /^\d{2}$/.test(v.trim()) ? v.trim() : null);
const threeDigits = (v: CellValue) => {
  const code = parseCode(v);
  return code && code.length === 3 ? code : null;
};

/** The 类 column of a list printed with 类 | 款 | 项 in separate columns, and the last 类 and 款 seen above. */
interface SplitState {
  col: number;
  lastClass: string | null;
  lastKuan: string | null;
}

/**
 * A row of a list with 类, 款 and 项 codes in adjacent columns ("201","01","01","行政运行"), where a
 * 款 or 项 printed alone under an empty 类 cell ("","01","","人大事务") belongs to the 类 and 款 above.
 */
function splitCodeRow(
  row: CellValue[],
  state: SplitState,
): { code: string; name: string } | 'skipped' | null {
  const first = row.findIndex((v) => !isEmpty(v));
  if (first < 0) return null;
  const cls = threeDigits(row[first]);
  if (cls && twoDigits(row[first + 1])) state.col = first;
  else if (cls || state.col < 0 || first <= state.col || first > state.col + 2) return null;
  else if (!row.slice(state.col, first).every(isEmpty) || !twoDigits(row[first])) return null;
  const c = state.col;
  const kuan = twoDigits(row[c + 1]);
  const item = twoDigits(row[c + 2]);
  const klass = threeDigits(row[c]) ?? (isEmpty(row[c]) ? state.lastClass : null);
  if (!klass || (!isEmpty(row[c + 1]) && !kuan)) return null;
  // Two code columns only (经济分类 类 | 款): the name may follow the 款 at once.
  const nameFrom = isEmpty(row[c + 2]) || item ? c + 3 : c + 2;
  if (nameFrom === c + 2 && !kuan) return null;
  let code = klass;
  if (item) {
    const above = kuan ?? (state.lastKuan?.startsWith(klass) ? state.lastKuan.slice(3) : null);
    if (!above) return null;
    code += above + item;
  } else if (kuan) code += kuan;
  if (code.length === 3) state.lastClass = code;
  if (code.length >= 5) state.lastKuan = code.slice(0, 5);
  for (let n = nameFrom; n < row.length; n++) {
    if (isEmpty(row[n])) continue;
    const name = nameOf(row[n]);
    return name ? { code, name } : 'skipped';
  }
  return 'skipped';
}

export function readUserCatalog(snapshot: WorkbookSnapshot, source: string): UserCatalog {
  const out: UserCatalog = { functional: [], economic: [], skipped: 0 };
  const seen = new Set<string>();
  for (const sheet of snapshot.sheets) {
    const split: SplitState = { col: -1, lastClass: null, lastKuan: null };
    for (const row of sheet.values) {
      const joined = splitCodeRow(row, split);
      const pairs = joined === null ? pairsOfRow(row) : joined === 'skipped' ? joined : [joined];
      if (Array.isArray(pairs) && joined === null) {
        // A 类 in the usual layout may head 款 and 项 printed alone in the next columns.
        const code = pairs[0].code;
        if (code.length === 3) {
          split.lastClass = code;
          split.col = row.findIndex((v) => parseCode(v) === code);
        }
      }
      if (pairs === 'skipped') out.skipped++;
      if (!Array.isArray(pairs)) continue;
      for (const { code, name } of pairs) {
        const kind = kindOf(code);
        if (!kind || seen.has(code)) continue;
        seen.add(code);
        out[kind].push({ code, name, level: levelOf(code), sources: [source], years: [] });
      }
    }
  }
  return out;
}

/**
 * A list given as the year's complete one must reach 款 and 项: a functional list of 类 only would
 * turn every 款 and 项 of the tables into a warning.
 */
export function assertCompleteList(user: UserCatalog): void {
  if (user.functional.length === 0) return;
  if (user.functional.some((e) => e.code.length === 5 || e.code.length === 7)) return;
  throw new InputError(
    '--catalog-complete 要求科目目录列到款、项（5 位、7 位代码），所给目录中的功能分类只有类（3 位代码）：请确认类、款、项分列的代码能读出，或不用 --catalog-complete',
  );
}

/** Several files given together (e.g. the functional and the economic list): the first name of a code wins. */
export function mergeUserCatalogs(lists: UserCatalog[]): UserCatalog {
  const merged: UserCatalog = { functional: [], economic: [], skipped: 0 };
  const seen = new Set<string>();
  for (const list of lists) {
    merged.skipped += list.skipped;
    for (const kind of ['functional', 'economic'] as const)
      for (const e of list[kind]) {
        if (seen.has(e.code)) continue;
        seen.add(e.code);
        merged[kind].push(e);
      }
  }
  return merged;
}

/** The bundled catalogues extended (or, for a complete list, replaced) by the user's. */
export function withUserCatalog(base: Catalogs, user: UserCatalog, complete: boolean): Catalogs {
  const extend = (c: Catalog, items: CatalogEntry[]) => (items.length ? c.extend(items, complete) : c);
  return {
    functional: extend(base.functional, user.functional),
    economic: extend(base.economic, user.economic),
  };
}
