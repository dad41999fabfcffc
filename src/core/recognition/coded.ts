/** 公开02/03/05/07/08: tables with one row per 功能分类科目 code. */

import { parseCode } from '../numbers';
import type { SheetGrid } from '../snapshot';
import { labelKey } from '../text';
import type { CodedRow, CodedTable, Figure, TableId, ValueColumn } from '../tables/model';
import {
  collectNotes,
  figureAt,
  isBoilerplate,
  isColumnNumberRow,
  isNoteText,
  isTotalLabel,
  readColumnHeaders,
  ref,
} from './layout';
import type { Region } from './region';

interface ColumnSpec {
  key: string;
  label: string;
  match: RegExp;
}

/** Value columns of each coded table, matched against header words in this order. */
export const CODED_COLUMNS: Partial<Record<TableId, ColumnSpec[]>> = {
  公开02: [
    { key: 'total', label: '本年收入合计', match: /合计/ },
    { key: 'fiscal', label: '财政拨款收入', match: /财政拨款/ },
    { key: 'superior', label: '上级补助收入', match: /上级补助/ },
    { key: 'business', label: '事业收入', match: /事业收入/ },
    { key: 'operating', label: '经营收入', match: /经营收入/ },
    { key: 'affiliated', label: '附属单位上缴收入', match: /附属单位/ },
    { key: 'other', label: '其他收入', match: /其他收入/ },
  ],
  公开03: [
    { key: 'total', label: '本年支出合计', match: /合计/ },
    { key: 'basic', label: '基本支出', match: /基本支出/ },
    { key: 'project', label: '项目支出', match: /项目支出/ },
    { key: 'remit', label: '上缴上级支出', match: /上缴上级/ },
    { key: 'operating', label: '经营支出', match: /经营支出/ },
    { key: 'affiliated', label: '对附属单位补助支出', match: /附属单位/ },
  ],
  公开05: [
    { key: 'total', label: '合计', match: /小计|合计|^本年支出$/ },
    { key: 'basic', label: '基本支出', match: /基本支出/ },
    { key: 'project', label: '项目支出', match: /项目支出/ },
  ],
  公开07: [
    { key: 'opening', label: '年初结转和结余', match: /年初/ },
    { key: 'income', label: '本年收入', match: /本年收入/ },
    { key: 'total', label: '本年支出小计', match: /本年支出.*(小计|合计)|^本年支出$/ },
    { key: 'basic', label: '基本支出', match: /基本支出/ },
    { key: 'project', label: '项目支出', match: /项目支出/ },
    { key: 'closing', label: '年末结转和结余', match: /年末/ },
  ],
  公开08: [
    { key: 'total', label: '合计', match: /小计|合计|^本年支出$/ },
    { key: 'basic', label: '基本支出', match: /基本支出/ },
    { key: 'project', label: '项目支出', match: /项目支出/ },
  ],
};

const FUNCTION_CODE = /^2\d{2}(?:\d{2}){0,2}$/;

function functionCode(grid: SheetGrid, row: number, col: number): string | null {
  const code = parseCode(grid.value(row, col));
  return code && FUNCTION_CODE.test(code) ? code : null;
}

/** The column holding most 功能分类 codes; else the one headed 代码/编码; else the one labelled 合计. */
function findCodeColumn(grid: SheetGrid, region: Region): number | null {
  let best: number | null = null;
  let bestCount = 0;
  for (let c = region.left; c <= region.right; c++) {
    let count = 0;
    for (let r = region.top + 1; r <= region.bottom; r++) if (functionCode(grid, r, c)) count++;
    if (count > bestCount) {
      best = c;
      bestCount = count;
    }
  }
  if (best !== null) return best;
  for (let r = region.top + 1; r <= Math.min(region.bottom, region.top + 8); r++)
    for (let c = region.left; c <= region.right; c++)
      if (/(代码|编码)$/.test(labelKey(grid.text(r, c)))) return c;
  for (let r = region.top + 1; r <= region.bottom; r++)
    for (let c = region.left; c <= region.right; c++) if (isTotalLabel(grid.text(r, c))) return c;
  return null;
}

function isRepeatedHeader(grid: SheetGrid, row: number, region: Region, codeCol: number): boolean {
  if (/(代码|编码)$/.test(labelKey(grid.text(row, codeCol)))) return true;
  let headerWords = 0;
  for (let c = region.left; c <= region.right; c++)
    if (/^(本年(收入|支出)合计|基本支出|项目支出|科目名称|小计)$/.test(labelKey(grid.text(row, c))))
      headerWords++;
  return headerWords >= 2;
}

export function readCodedTable(grid: SheetGrid, id: TableId, region: Region): CodedTable | null {
  const specs = CODED_COLUMNS[id];
  if (!specs) return null;
  const codeCol = findCodeColumn(grid, region);
  if (codeCol === null) return null;

  // Data start: the first 栏次, 合计 or coded row below the title.
  let dataStart = -1;
  for (let r = region.top + 1; r <= region.bottom && dataStart < 0; r++) {
    const near = [grid.text(r, codeCol), grid.text(r, codeCol + 1)];
    if (
      functionCode(grid, r, codeCol) ||
      near.some(isTotalLabel) ||
      isColumnNumberRow(grid, r, region.left, region.right)
    )
      dataStart = r;
  }
  if (dataStart <= region.top + 1) return null;

  const headers = readColumnHeaders(grid, region.top + 1, dataStart - 1, region.left, region.right);
  const nameHeader = headers.find((h) => h.col > codeCol && /名称/.test(h.leaf));
  const nameCol = nameHeader ? nameHeader.col : codeCol + 1;
  const columns: ValueColumn[] = [];
  for (const h of headers) {
    if (h.col <= nameCol || !h.path) continue;
    const spec = specs.find((s) => s.match.test(h.path) && !columns.some((c) => c.key === s.key));
    if (spec) columns.push({ key: spec.key, header: h.path, col: h.col });
  }
  if (columns.length < 2) return null;

  const figures: Figure[] = [];
  const read = (r: number): Record<string, Figure> => {
    const values: Record<string, Figure> = {};
    for (const c of columns) {
      const f = figureAt(grid, r, c.col);
      values[c.key] = f;
      figures.push(f);
    }
    return values;
  };

  let total: CodedTable['total'] = null;
  const rows: CodedRow[] = [];
  let bottom = dataStart;
  for (let r = dataStart; r <= region.bottom; r++) {
    const codeText = grid.text(r, codeCol);
    const nameText = grid.text(r, nameCol);
    if (isNoteText(codeText) || isNoteText(nameText) || isBoilerplate(codeText)) continue;
    if (isColumnNumberRow(grid, r, region.left, region.right) || isRepeatedHeader(grid, r, region, codeCol))
      continue;
    if (isTotalLabel(codeText) || isTotalLabel(nameText)) {
      if (!total) total = { row: r, values: read(r) };
      bottom = r;
      continue;
    }
    let code = functionCode(grid, r, codeCol);
    let name = nameText;
    if (!code) {
      // "2010101 行政运行" in one cell.
      const joined = /^(2\d{2}(?:\d{2}){0,2})\s*(\S.*)$/.exec(codeText);
      if (joined) {
        code = joined[1];
        if (!name) name = joined[2].trim();
      }
    }
    if (!code) continue;
    rows.push({
      code,
      name,
      row: r,
      codeRef: ref(grid, r, codeCol),
      nameRef: ref(grid, r, nameCol),
      values: read(r),
    });
    bottom = r;
  }

  return {
    kind: 'coded',
    id,
    title: grid.text(region.top, region.titleCol),
    sheet: grid.name,
    top: region.top,
    left: region.left,
    bottom,
    right: Math.max(...columns.map((c) => c.col)),
    titleRef: ref(grid, region.top, region.titleCol),
    notes: collectNotes(grid, region.top + 1, region.bottom),
    figures,
    columns,
    total,
    rows,
  };
}
