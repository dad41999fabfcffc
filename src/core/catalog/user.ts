/**
 * A catalogue the user gives (the year's official 政府收支分类科目 list, as an .xlsx or .csv with a code
 * column and a name column): read from a workbook snapshot, whatever its layout, into catalogue entries.
 */

import { parseCode } from '../numbers';
import type { CellValue, WorkbookSnapshot } from '../snapshot';
import { stripOrdinal, toHalfWidth } from '../text';
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

export function readUserCatalog(snapshot: WorkbookSnapshot, source: string): UserCatalog {
  const out: UserCatalog = { functional: [], economic: [], skipped: 0 };
  const seen = new Set<string>();
  for (const sheet of snapshot.sheets)
    for (const row of sheet.values) {
      const pairs = pairsOfRow(row);
      if (pairs === 'skipped') out.skipped++;
      if (!Array.isArray(pairs)) continue;
      for (const { code, name } of pairs) {
        const kind = kindOf(code);
        if (!kind || seen.has(code)) continue;
        seen.add(code);
        out[kind].push({ code, name, level: levelOf(code), sources: [source], years: [] });
      }
    }
  return out;
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
