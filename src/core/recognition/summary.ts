/** 公开01/04: the two halves 收入 and 支出 side by side, read by their row labels. */

import type { SheetGrid } from '../snapshot';
import { labelKey, stripOrdinal } from '../text';
import type { Figure, SummaryLine, SummaryTable, TableId, ValueColumn } from '../tables/model';
import {
  collectNotes,
  figureAt,
  isColumnNumberRow,
  isNoteText,
  readColumnHeaders,
  ref,
  rememberedAnswer,
} from './layout';
import type { Region } from './region';

/** Income row keys in the order they are printed; the 04 table repeats the three 财政拨款 kinds under 年初. */
const INCOME_LABELS: Array<[string, RegExp]> = [
  // One 财政拨款 line (the central four-table face), its 其中 lines no addends.
  ['fiscalIncome', /^财政拨款(收入)?$/],
  ['gpIncome', /^一般公共预算财政拨款(收入)?$/],
  ['gfIncome', /^政府性基金预算财政拨款(收入)?$/],
  ['soeIncome', /^国有资本经营预算财政拨款(收入)?$/],
  ['superiorIncome', /^上级补助收入$/],
  ['businessIncome', /^事业收入$/],
  ['operatingIncome', /^经营收入$/],
  ['affiliatedIncome', /^附属单位上缴收入$/],
  ['otherIncome', /^其他收入$/],
  ['totalIncome', /^本年收入合计$/],
  ['nonFiscalBalanceUsed', /^使用非财政拨款结余/],
  ['openingBalance', /^(年初|上年)(财政拨款)?结转和结余$/],
  ['grandTotal', /^(总计|合计)$/],
];

const EXPENSE_LABELS: Array<[string, RegExp]> = [
  ['totalExpense', /^本年支出合计$/],
  ['surplusDistribution', /^结余分配$/],
  ['closingBalance', /^年末(财政拨款)?结转和结余$/],
  ['grandTotal', /^(总计|合计)$/],
];

const OPENING_SPLIT: Record<string, string> = {
  gpIncome: 'openingGp',
  gfIncome: 'openingGf',
  soeIncome: 'openingSoe',
};

/** The income key a label reads as, before the 年初 split; remembered per label (every unit prints the same). */
const incomeKey = rememberedAnswer((label: string): string | null => {
  const key = labelKey(stripOrdinal(label)).replace(/\(含.*\)$/, '');
  for (const [k, re] of INCOME_LABELS) if (re.test(key)) return k;
  return null;
});

function classifyIncome(label: string, afterOpening: boolean): string | null {
  const k = incomeKey(label);
  if (k === null) return null;
  return afterOpening && OPENING_SPLIT[k] ? OPENING_SPLIT[k] : k;
}

/** The expense key a label reads as; 'class' for a label that is a 类 row until the 本年支出合计 line. */
const expenseKey = rememberedAnswer((label: string): string | null => {
  const key = labelKey(stripOrdinal(label));
  for (const [k, re] of EXPENSE_LABELS) if (re.test(key)) return k;
  return /支出$/.test(key) && key.length >= 4 ? 'class' : null;
});

function classifyExpense(label: string, seenTotal: boolean): string | null {
  const k = expenseKey(label);
  return k === 'class' && seenTotal ? null : k;
}

const EXPENSE_COLUMN_KEYS: Array<[string, RegExp]> = [
  ['gp', /一般公共预算/],
  ['gf', /政府性基金/],
  ['soe', /国有资本经营/],
  ['total', /合计|小计|决算数|金额/],
];

const ITEM_HEADER = /^项目(\(按功能分类\))?$/;

export function readSummaryTable(grid: SheetGrid, id: TableId, region: Region): SummaryTable | null {
  // The header row with two 项目 cells: the label columns of the two halves.
  let headerRow = -1;
  let labelCols: number[] = [];
  for (let r = region.top + 1; r <= Math.min(region.bottom, region.top + 8) && headerRow < 0; r++) {
    const cols: number[] = [];
    for (let c = region.left; c <= region.right; c++) if (ITEM_HEADER.test(grid.key(r, c))) cols.push(c);
    if (cols.length >= 2) {
      headerRow = r;
      labelCols = cols.slice(0, 2);
    }
  }
  if (headerRow < 0) return null;
  const [incomeCol, expenseCol] = labelCols;
  const headers = readColumnHeaders(grid, region.top + 1, headerRow, region.left, region.right);
  const valueHeader = (h: { leaf: string }) => h.leaf !== '' && !/行次|项目/.test(h.leaf);
  const incomeColumns: ValueColumn[] = headers
    .filter((h) => h.col > incomeCol && h.col < expenseCol && valueHeader(h))
    .slice(0, 1)
    .map((h) => ({ key: 'amount', header: h.path, col: h.col }));
  const expenseColumns: ValueColumn[] = [];
  for (const h of headers.filter((x) => x.col > expenseCol && valueHeader(x))) {
    const found = EXPENSE_COLUMN_KEYS.find(
      ([k, re]) => re.test(h.leaf) && !expenseColumns.some((e) => e.key === k),
    );
    if (found) expenseColumns.push({ key: found[0], header: h.path, col: h.col });
  }
  if (incomeColumns.length === 0 || expenseColumns.length === 0) return null;
  // 公开01 has one amount column per half; name it 'amount' on both sides.
  if (expenseColumns.length === 1) expenseColumns[0].key = 'amount';

  const figures: Figure[] = [];
  const read = (r: number, columns: ValueColumn[]): Record<string, Figure> => {
    const values: Record<string, Figure> = {};
    for (const c of columns) {
      const f = figureAt(grid, r, c.col);
      values[c.key] = f;
      figures.push(f);
    }
    return values;
  };
  const income: SummaryLine[] = [];
  const expense: SummaryLine[] = [];
  let afterOpening = false;
  let seenTotalExpense = false;
  let bottom = headerRow;
  for (let r = headerRow + 1; r <= region.bottom; r++) {
    if (isColumnNumberRow(grid, r, region.left, region.right)) continue;
    const incomeLabel = grid.text(r, incomeCol);
    const expenseLabel = grid.text(r, expenseCol);
    if (isNoteText(incomeLabel)) continue;
    const ik = incomeLabel ? classifyIncome(incomeLabel, afterOpening) : null;
    if (ik) {
      income.push({
        key: ik,
        label: incomeLabel,
        row: r,
        labelRef: ref(grid, r, incomeCol),
        values: read(r, incomeColumns),
      });
      if (ik === 'openingBalance') afterOpening = true;
      bottom = r;
    }
    const ek = expenseLabel ? classifyExpense(expenseLabel, seenTotalExpense) : null;
    if (ek) {
      expense.push({
        key: ek,
        label: expenseLabel,
        row: r,
        labelRef: ref(grid, r, expenseCol),
        values: read(r, expenseColumns),
      });
      if (ek === 'totalExpense') seenTotalExpense = true;
      bottom = r;
    }
  }
  if (income.length === 0 && expense.length === 0) return null;
  return {
    kind: 'summary',
    id,
    title: grid.text(region.top, region.titleCol),
    sheet: grid.name,
    top: region.top,
    left: region.left,
    bottom,
    right: Math.max(...expenseColumns.map((c) => c.col)),
    titleRef: ref(grid, region.top, region.titleCol),
    notes: collectNotes(grid, region.top + 1, region.bottom),
    figures,
    incomeColumns,
    expenseColumns,
    income,
    expense,
  };
}
