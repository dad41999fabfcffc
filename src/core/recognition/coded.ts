/** 公开02/03/05/07/08: tables with one row per 功能分类科目 code, the codes in one column or in 类 | 款 | 项. */

import { MOF_FACE } from '../faces/mof';
import type { Face } from '../faces/face';
import { parseCode } from '../numbers';
import type { SheetGrid } from '../snapshot';
import { labelKey } from '../text';
import type { CodedRow, CodedTable, Figure, TableId, UnreadPart, ValueColumn } from '../tables/model';
import { findSplitColumns, SplitCodeReader, type CodeColumns } from './codes';
import {
  collectNotes,
  figureAt,
  isBoilerplate,
  isColumnNumberRow,
  isNoteText,
  isTotalLabel,
  parseAt,
  readColumnHeaders,
  ref,
  remembered,
} from './layout';
import type { Region } from './region';
import { textColumns } from './unread';
import { joinWrappedNames, type NamePiece } from './wrapped-names';

/** Value columns of each coded table in the 财政部 face (the sum rules read their order). */
export const CODED_COLUMNS = MOF_FACE.codedColumns;

const FUNCTION_CODE = /^2\d{2}(?:\d{2}){0,2}$/;
const FUNCTION_CLASS = /^2\d{2}$/;

// Regular expressions live outside the functions: a literal inside one is a new object on every call.
const HEADER_WORD = /^(本年(收入|支出)合计|基本支出|项目支出|科目名称|小计|类|款|项)$/;
const HEADER_NAME = /名称$|^(项目|科目|类|款|项)$/;
const PLACEHOLDER = /^(类|款|项|…+|\.+)$/;
const CODE_AND_NAME = /^(2\d{2}(?:\d{2}){0,2})\s*(\S.*)$/;

function functionCode(grid: SheetGrid, row: number, col: number): string | null {
  const code = parseCode(grid.value(row, col));
  return code && FUNCTION_CODE.test(code) ? code : null;
}

/** functionCode(…) !== null, without printing a number cell: 2xx, 2xxxx or 2xxxxxx. */
function isFunctionCode(grid: SheetGrid, row: number, col: number): boolean {
  const v = grid.value(row, col);
  if (typeof v !== 'number') return functionCode(grid, row, col) !== null;
  return (
    Number.isInteger(v) &&
    ((v >= 200 && v < 300) || (v >= 20000 && v < 30000) || (v >= 2000000 && v < 3000000))
  );
}

/** The column holding most 功能分类 codes; else the one headed 代码/编码; else the one labelled 合计. */
function findCodeColumn(grid: SheetGrid, region: Region, face: Face): number | null {
  let best: number | null = null;
  let bestCount = 0;
  for (let c = region.left; c <= region.right; c++) {
    let count = 0;
    for (let r = region.top + 1; r <= region.bottom; r++) if (isFunctionCode(grid, r, c)) count++;
    if (count > bestCount) {
      best = c;
      bestCount = count;
    }
  }
  if (best !== null) return best;
  for (let r = region.top + 1; r <= Math.min(region.bottom, region.top + 8); r++)
    for (let c = region.left; c <= region.right; c++)
      if (face.words.codeHeader.test(grid.key(r, c))) return c;
  for (let r = region.top + 1; r <= region.bottom; r++)
    for (let c = region.left; c <= region.right; c++) if (isTotalLabel(grid.text(r, c))) return c;
  return null;
}

/** The cell of a row's code to point at: the deepest part given (项, else 款, else 类). */
function deepestPart(grid: SheetGrid, row: number, codes: CodeColumns): number {
  for (let i = codes.parts.length - 1; i > 0; i--)
    if (!grid.isBlank(row, codes.parts[i])) return codes.parts[i];
  return codes.first;
}

function findCodeColumns(grid: SheetGrid, region: Region, face: Face): CodeColumns | null {
  const split = findSplitColumns(grid, region);
  if (split) return split;
  const col = findCodeColumn(grid, region, face);
  return col === null ? null : { first: col, parts: [col], partsRow: null };
}

/** The 科目名称 column: headed 名称 right of the codes, else the column after them. */
function findNameColumn(grid: SheetGrid, region: Region, codes: CodeColumns, face: Face): number {
  const last = Math.max(...codes.parts);
  for (let r = region.top + 1; r <= Math.min(region.bottom, region.top + 8); r++)
    for (let c = last + 1; c <= Math.min(region.right, last + 3); c++)
      if (face.words.nameHeader.test(grid.key(r, c))) return c;
  return last + 1;
}

function isRepeatedHeader(
  grid: SheetGrid,
  row: number,
  region: Region,
  codeCol: number,
  face: Face,
): boolean {
  // A header is text: a number's or a boolean's text is none.
  if (grid.isString(row, codeCol) && face.words.codeHeader.test(grid.key(row, codeCol))) return true;
  let headerWords = 0;
  // Header words are text: a number's or a boolean's text is none.
  for (let c = region.left; c <= region.right; c++)
    if (grid.isString(row, c) && isHeaderWord(grid.text(row, c))) headerWords++;
  return headerWords >= 2;
}

/** A word of the column headers, repeated on a page break. */
const isHeaderWord = remembered((text) => HEADER_WORD.test(labelKey(text)));

/** A row with text in the name column only, not a header word: a piece of a wrapped name. */
function isNamePieceRow(grid: SheetGrid, row: number, region: Region, nameCol: number): boolean {
  const name = grid.key(row, nameCol);
  if (!name || HEADER_NAME.test(name) || isTotalLabel(name) || isNoteText(name)) return false;
  for (let c = region.left; c <= region.right; c++) if (c !== nameCol && !grid.isBlank(row, c)) return false;
  return true;
}

/** A placeholder row of the template: only the word 类, 款 or 项. */
function isPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(labelKey(text));
}

export function readCodedTable(
  grid: SheetGrid,
  id: TableId,
  region: Region,
  face: Face = MOF_FACE,
): CodedTable | null {
  const specs = face.codedColumns[id] ?? MOF_FACE.codedColumns[id];
  if (!specs) return null;
  const codes = findCodeColumns(grid, region, face);
  if (codes === null) return null;
  const codeCol = codes.first;
  const nameCol = findNameColumn(grid, region, codes, face);
  const scan = codes.parts.length > 1 ? new SplitCodeReader(grid, codes, FUNCTION_CLASS) : null;
  const codeAt = (reader: SplitCodeReader | null, r: number) =>
    reader ? reader.read(r) : functionCode(grid, r, codeCol);

  // Data start: the first 栏次, 合计 or coded row below the headers.
  let dataStart = -1;
  for (let r = (codes.partsRow ?? region.top) + 1; r <= region.bottom && dataStart < 0; r++) {
    const near = [grid.text(r, codeCol), grid.text(r, codeCol + 1), grid.text(r, nameCol)];
    if (codeAt(scan, r) || near.some(isTotalLabel) || isColumnNumberRow(grid, r, region.left, region.right))
      dataStart = r;
  }
  if (dataStart <= region.top + 1) return null;
  // A name wrapped around the first code row starts above it: that piece is data, not header.
  for (
    let k = 0;
    k < 2 && dataStart - 1 > region.top + 1 && isNamePieceRow(grid, dataStart - 1, region, nameCol);
    k++
  )
    dataStart--;

  const headers = readColumnHeaders(grid, region.top + 1, dataStart - 1, region.left, region.right);
  const columns: ValueColumn[] = [];
  for (const h of headers) {
    if (h.col <= nameCol || !h.path) continue;
    const spec = specs.find((s) => s.match.test(h.path) && !columns.some((c) => c.key === s.key));
    if (spec)
      columns.push({
        key: spec.key,
        header: h.path,
        col: h.col,
        ...(spec.partOf ? { partOf: spec.partOf } : {}),
      });
  }
  if (columns.length < 2) return null;

  // The 合计 column not found (its header shifted over the names): the relations needing it are skipped,
  // its figures read as not numbers but kept out of the table's figures (no finding per cell).
  const missingTotal = specs.find((s) => s.key === 'total' && !columns.some((c) => c.key === s.key));
  const reader = scan ? new SplitCodeReader(grid, codes, FUNCTION_CLASS) : null;
  const read = (r: number): Record<string, Figure> => {
    const values: Record<string, Figure> = {};
    for (const c of columns) values[c.key] = figureAt(grid, r, c.col);
    if (missingTotal)
      values[missingTotal.key] = {
        ref: ref(grid, r, nameCol),
        parse: { kind: 'invalid', text: '' },
        value: 0,
      };
    return values;
  };
  const valuesEmpty = (r: number) => columns.every((c) => grid.isBlank(r, c.col));

  let total: CodedTable['total'] = null;
  const rows: CodedRow[] = [];
  const pieces: NamePiece[] = [];
  let afterNote = false;
  let bottom = dataStart;
  for (let r = dataStart; r <= region.bottom; r++) {
    const nameText = grid.text(r, nameCol);
    // A code cell holding a number (the usual case) is no note, boilerplate or 合计 label: its text is
    // printed only when it is read as "2010101 行政运行".
    const codeIsText = grid.isString(r, codeCol);
    const codeText = codeIsText ? grid.text(r, codeCol) : '';
    if (
      (codeIsText && isNoteText(codeText)) ||
      isNoteText(nameText) ||
      (codeIsText && isBoilerplate(codeText))
    ) {
      // Past a note line, text is no piece of a name.
      if (rows.length > 0) afterNote = true;
      continue;
    }
    if (
      isColumnNumberRow(grid, r, region.left, region.right) ||
      isRepeatedHeader(grid, r, region, codeCol, face)
    )
      continue;
    if ((codeIsText && isTotalLabel(codeText)) || isTotalLabel(nameText)) {
      if (!total) total = { row: r, values: read(r) };
      bottom = r;
      continue;
    }
    let code = codeAt(reader, r);
    let name = nameText;
    if (!code && codes.parts.length === 1) {
      // "2010101 行政运行" in one cell.
      const joined = CODE_AND_NAME.exec(codeIsText ? codeText : grid.text(r, codeCol));
      if (joined) {
        code = joined[1];
        if (!name) name = joined[2].trim();
      }
    }
    if (!code) {
      // A piece of a wrapped name: text in the name column only.
      const blankCodes = codes.parts.every((c) => grid.isBlank(r, c));
      if (nameText && blankCodes && valuesEmpty(r) && !isPlaceholder(nameText) && !afterNote)
        pieces.push({ row: r, text: nameText });
      continue;
    }
    rows.push({
      code,
      name,
      row: r,
      codeRef: ref(grid, r, deepestPart(grid, r, codes)),
      nameRef: ref(grid, r, nameCol),
      values: read(r),
    });
    bottom = r;
  }
  joinWrappedNames(rows, pieces, face.codeLayouts.includes('wrapped'));

  // A column whose cells are mostly not numbers was not understood: one finding, not one per cell.
  const unread: UnreadPart[] = [];
  const lines = [...(total ? [total] : []), ...rows];
  const firstLine = lines.length > 0 ? Math.min(...lines.map((l) => l.row)) : dataStart;
  // Columns with figures under a header that names none of the table's columns.
  for (const h of headers) {
    if (h.col <= nameCol || !h.leaf || columns.some((c) => c.col === h.col)) continue;
    let numbers = 0;
    for (const row of rows) {
      const p = parseAt(grid, row.row, h.col);
      if (p.kind === 'number' && p.value !== 0) numbers++;
    }
    if (numbers > 0)
      unread.push({
        what: `“${h.path}”列不是本表应有的栏目（有 ${numbers} 个数字未核对）`,
        top: firstLine,
        left: h.col,
        bottom,
        right: h.col,
      });
  }
  if (missingTotal)
    unread.push({
      what: `没有找到“${missingTotal.label}”列，需要它的勾稽关系没有核对`,
      top: region.top + 1,
      left: region.left,
      bottom: dataStart - 1,
      right: region.right,
    });
  const figures: Figure[] = [];
  for (const l of lines.slice().sort((a, b) => a.row - b.row))
    for (const c of columns) figures.push(l.values[c.key]);

  const table: CodedTable = {
    kind: 'coded',
    id,
    title: grid.text(region.top, region.titleCol),
    sheet: grid.name,
    top: region.top,
    left: region.left,
    bottom,
    right: columns.length > 0 ? Math.max(...columns.map((c) => c.col)) : nameCol,
    titleRef: ref(grid, region.top, region.titleCol),
    notes: collectNotes(grid, region.top + 1, region.bottom),
    figures,
    columns,
    total,
    rows,
  };
  const header = (col: number) => {
    const c = columns.find((x) => x.col === col);
    return c ? `“${c.header}”列` : '';
  };
  unread.unshift(...textColumns(table, header));
  if (unread.length > 0) table.unread = unread;
  return table;
}
