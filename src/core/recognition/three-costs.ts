/** 公开09: the 三公 table, 12 columns in one row or rows 预算数/决算数 by columns. */

import type { Face } from '../faces/face';
import { MOF_FACE } from '../faces/mof';
import type { SheetGrid } from '../snapshot';
import type { Figure, TableId, ThreeCostKey, ThreeCostsTable } from '../tables/model';
import { collectNotes, figureAt, isColumnNumberRow, isNoteText, readColumnHeaders, ref } from './layout';
import type { Region } from './region';

/** Which 三公 item a header names; the leaf header is tried before the whole path. */
export function threeCostKey(text: string): ThreeCostKey | null {
  if (/会议费/.test(text)) return 'meeting';
  if (/培训费/.test(text)) return 'training';
  if (/因公出国/.test(text)) return 'abroad';
  if (/接待/.test(text)) return 'reception';
  if (/购置(及|和)运行/.test(text)) return 'carSubtotal';
  if (/购置费?$/.test(text)) return 'carPurchase';
  if (/运行(维护|维修)?费$/.test(text)) return 'carRunning';
  if (/小计/.test(text)) return 'carSubtotal';
  if (/合计|总计/.test(text)) return 'total';
  return null;
}

function findLabel(grid: SheetGrid, region: Region, re: RegExp): { row: number; col: number } | null {
  for (let r = region.top + 1; r <= region.bottom; r++)
    for (let c = region.left; c <= region.right; c++)
      if (grid.isString(r, c) && re.test(grid.key(r, c))) return { row: r, col: c };
  return null;
}

/** The 预算数/决算数 labels of a row, left to right, when they alternate (two or more pairs). */
function pairColumns(
  grid: SheetGrid,
  region: Region,
  row: number,
  face: Face,
): Array<{ col: number; budget: boolean }> {
  const out: Array<{ col: number; budget: boolean }> = [];
  for (let c = region.left; c <= region.right; c++) {
    if (!grid.isString(row, c)) continue;
    const key = grid.key(row, c);
    if (face.words.budget.test(key)) out.push({ col: c, budget: true });
    else if (face.words.actual.test(key)) out.push({ col: c, budget: false });
  }
  const budgets = out.filter((p) => p.budget).length;
  const alternating = out.every((p, i) => p.budget === (i % 2 === 0));
  return budgets >= 2 && alternating ? out : [];
}

const CHINESE = /[\u4e00-\u9fff]/;

export function readThreeCostsTable(
  grid: SheetGrid,
  id: TableId,
  region: Region,
  face: Face = MOF_FACE,
): ThreeCostsTable | null {
  const budgetAt = findLabel(grid, region, face.words.budget);
  const actualAt = findLabel(grid, region, face.words.actual);
  if (!budgetAt || !actualAt) return null;
  const budget: ThreeCostsTable['budget'] = {};
  const actual: ThreeCostsTable['actual'] = {};
  const figures: Figure[] = [];
  const put = (target: ThreeCostsTable['budget'], key: ThreeCostKey, row: number, col: number) => {
    if (target[key]) return;
    const f = figureAt(grid, row, col);
    target[key] = f;
    figures.push(f);
  };
  let bottom: number;
  const pairs = pairColumns(grid, region, budgetAt.row, face);

  if (pairs.length >= 2) {
    // 预算数 | 决算数 side by side under each item (Shanghai): the item is named above the pair.
    const headers = readColumnHeaders(grid, region.top + 1, budgetAt.row - 1, region.left, region.right);
    let dataRow = budgetAt.row + 1;
    while (dataRow < region.bottom && isColumnNumberRow(grid, dataRow, region.left, region.right)) dataRow++;
    const dataIsNote = dataRow > region.bottom || isNoteText(grid.text(dataRow, region.left));
    let item: ThreeCostKey | null = null;
    for (const p of pairs) {
      if (p.budget) {
        const h = headers.find((x) => x.col === p.col);
        item = h ? (threeCostKey(h.leaf) ?? threeCostKey(h.path)) : null;
      }
      if (!item) continue;
      const target = p.budget ? budget : actual;
      if (dataIsNote) target[item] = undefined;
      else put(target, item, dataRow, p.col);
    }
    bottom = dataIsNote ? budgetAt.row : dataRow;
  } else if (budgetAt.row === actualAt.row) {
    // One row of 12 (or more) columns: 预算数 spans the columns up to 决算数.
    let dataRow = -1;
    for (let r = budgetAt.row + 1; r <= region.bottom && dataRow < 0; r++) {
      if (isColumnNumberRow(grid, r, region.left, region.right)) continue;
      let text = 0;
      for (let c = region.left; c <= region.right; c++)
        if (grid.isString(r, c) && CHINESE.test(grid.text(r, c))) text++;
      if (text === 0 || isNoteText(grid.text(r, region.left))) dataRow = r;
    }
    if (dataRow < 0) return null;
    const headerBottom = (() => {
      let r = dataRow - 1;
      while (r > budgetAt.row && isColumnNumberRow(grid, r, region.left, region.right)) r--;
      return r;
    })();
    const headers = readColumnHeaders(grid, budgetAt.row + 1, headerBottom, region.left, region.right);
    const dataIsNote = isNoteText(grid.text(dataRow, region.left));
    for (const h of headers) {
      const key = threeCostKey(h.leaf) ?? threeCostKey(h.path);
      if (!key || h.col < budgetAt.col) continue;
      const target = h.col < actualAt.col ? budget : actual;
      if (dataIsNote) {
        target[key] = undefined;
        continue;
      }
      put(target, key, dataRow, h.col);
    }
    bottom = dataRow;
  } else {
    // Rows 预算数 and 决算数, columns by item.
    const firstDataRow = Math.min(budgetAt.row, actualAt.row);
    let headerBottom = firstDataRow - 1;
    while (headerBottom > region.top + 1 && isColumnNumberRow(grid, headerBottom, region.left, region.right))
      headerBottom--;
    const headers = readColumnHeaders(grid, region.top + 1, headerBottom, region.left, region.right);
    for (const h of headers) {
      if (h.col === budgetAt.col) continue;
      const key = threeCostKey(h.leaf) ?? threeCostKey(h.path);
      if (!key) continue;
      put(budget, key, budgetAt.row, h.col);
      put(actual, key, actualAt.row, h.col);
    }
    bottom = Math.max(budgetAt.row, actualAt.row);
  }
  if (figures.length === 0 && Object.keys(budget).length === 0) return null;
  return {
    kind: 'threeCosts',
    id,
    title: grid.text(region.top, region.titleCol),
    sheet: grid.name,
    top: region.top,
    left: region.left,
    bottom,
    right: region.right,
    titleRef: ref(grid, region.top, region.titleCol),
    notes: collectNotes(grid, region.top + 1, region.bottom),
    figures,
    budget,
    actual,
  };
}
