/** 公开06: 经济分类 in column groups (科目代码, 科目名称, 决算数) and the 人员经费/公用经费 totals. */

import type { Face, TableWords } from '../faces/face';
import { labelKey } from '../text';
import { MOF_FACE } from '../faces/mof';
import { parseAmount, parseCode } from '../numbers';
import type { SheetGrid } from '../snapshot';
import type { EconomicEntry, EconomicTable, Figure, TableId } from '../tables/model';
import { SplitCodeReader } from './codes';
import { joinWrappedNames, type NamePiece } from './wrapped-names';
import { collectNotes, figureAt, isNoteText, ref, rememberedAnswer } from './layout';
import type { Region } from './region';

interface ColumnGroup {
  codeCol: number;
  /** 类 and 款 columns when the code is split (Shanghai); the code column alone otherwise. */
  parts: number[];
  nameCol: number;
  valueCol: number;
}

const ECONOMIC_CODE = /^[3]\d{2}(?:\d{2})?$/;
const ECONOMIC_CLASS = /^3\d{2}$/;

/** 类 | 款 under a code header (in its row or the two below): the code is split over those columns. */
function splitParts(grid: SheetGrid, headerRow: number, codeCol: number, nameCol: number): number[] {
  for (let r = headerRow; r <= headerRow + 2; r++)
    if (grid.key(r, codeCol) === '类' && codeCol + 1 < nameCol && grid.key(r, codeCol + 1) === '款')
      return [codeCol, codeCol + 1];
  return [codeCol];
}

function findGroups(
  grid: SheetGrid,
  region: Region,
  face: Face,
): { headerRow: number; groups: ColumnGroup[] } | null {
  for (let r = region.top + 1; r <= Math.min(region.bottom, region.top + 8); r++) {
    const codeCols: number[] = [];
    for (let c = region.left; c <= region.right; c++)
      if (face.words.codeHeader.test(grid.key(r, c))) codeCols.push(c);
    if (codeCols.length === 0) continue;
    const groups: ColumnGroup[] = [];
    codeCols.forEach((codeCol, i) => {
      const end = i + 1 < codeCols.length ? codeCols[i + 1] - 1 : region.right;
      let nameCol = codeCol + 1;
      let valueCol = -1;
      for (let c = codeCol + 1; c <= end; c++) {
        const key = grid.key(r, c);
        if (face.words.nameHeader.test(key)) nameCol = c;
        else if (valueCol < 0 && face.words.economicValue.test(key)) valueCol = c;
      }
      if (valueCol > 0)
        groups.push({ codeCol, nameCol, valueCol, parts: splitParts(grid, r, codeCol, nameCol) });
    });
    if (groups.length > 0) return { headerRow: r, groups };
  }
  return null;
}

/** Which closing label a cell's text is, remembered per text for each face's words (every unit prints the same). */
function totalLabel(words: TableWords, text: string): 'personnel' | 'public' | null {
  let of = totalLabels.get(words);
  if (!of) {
    of = rememberedAnswer((t: string) => {
      const key = labelKey(t);
      return words.personnelTotal.test(key) ? 'personnel' : words.publicTotal.test(key) ? 'public' : null;
    });
    totalLabels.set(words, of);
  }
  return of(text);
}

const totalLabels = new WeakMap<TableWords, (text: string) => 'personnel' | 'public' | null>();

/** The figure of a total label: the last value cell to its right before the next label. */
function totalBeside(grid: SheetGrid, row: number, col: number, right: number): Figure | null {
  let found: Figure | null = null;
  for (let c = col + 1; c <= right; c++) {
    const v = grid.value(row, c);
    if (v === null || grid.text(row, c) === '') continue;
    const p = parseAmount(v);
    if (p.kind === 'invalid' && /[\u4e00-\u9fff]/.test(String(v))) break;
    found = figureAt(grid, row, c);
  }
  return found;
}

/** A piece of a wrapped name in a group: name text only, no code, no figure, not a label. */
function isNamePiece(grid: SheetGrid, row: number, g: ColumnGroup, face: Face): boolean {
  const name = grid.key(row, g.nameCol);
  if (!name || !grid.isBlank(row, g.valueCol)) return false;
  for (const c of g.parts) if (!grid.isBlank(row, c)) return false;
  const w = face.words;
  return !(
    w.nameHeader.test(name) ||
    w.personnelTotal.test(name) ||
    w.publicTotal.test(name) ||
    isNoteText(name)
  );
}

/** Every group's code cell in the row holds a note (a number's or a boolean's text never is one). */
function allNotes(grid: SheetGrid, row: number, groups: ColumnGroup[]): boolean {
  for (const g of groups)
    if (!grid.isString(row, g.codeCol) || !isNoteText(grid.text(row, g.codeCol))) return false;
  return true;
}

export function readEconomicTable(
  grid: SheetGrid,
  id: TableId,
  region: Region,
  face: Face = MOF_FACE,
): EconomicTable | null {
  const layout = findGroups(grid, region, face);
  if (!layout) return null;
  const entries: EconomicEntry[] = [];
  const figures: Figure[] = [];
  let personnelTotal: Figure | null = null;
  let publicTotal: Figure | null = null;
  let bottom = layout.headerRow;
  const readers = layout.groups.map((g) =>
    g.parts.length > 1
      ? new SplitCodeReader(grid, { first: g.codeCol, parts: g.parts, partsRow: null }, ECONOMIC_CLASS)
      : null,
  );
  // Per group: the entries with their rows, and the pieces of names wrapped over rows.
  const named = layout.groups.map(() => [] as Array<{ row: number; name: string; entry: EconomicEntry }>);
  const pieces = layout.groups.map(() => [] as NamePiece[]);
  for (let r = layout.headerRow + 1; r <= region.bottom; r++) {
    for (let c = region.left; c <= region.right; c++) {
      // The total labels are words: a number's or a boolean's text is none.
      if (!grid.isString(r, c)) continue;
      const label = totalLabel(face.words, grid.text(r, c));
      if (label === 'personnel') personnelTotal = totalBeside(grid, r, c, region.right);
      else if (label === 'public') publicTotal = totalBeside(grid, r, c, region.right);
      else continue;
      bottom = r;
    }
    for (let gi = 0; gi < layout.groups.length; gi++) {
      const g = layout.groups[gi];
      const reader = readers[gi];
      const code = reader ? reader.read(r) : parseCode(grid.value(r, g.codeCol));
      if (!code || !ECONOMIC_CODE.test(code)) {
        if (isNamePiece(grid, r, g, face)) pieces[gi].push({ row: r, text: grid.text(r, g.nameCol) });
        continue;
      }
      const figure = figureAt(grid, r, g.valueCol);
      figures.push(figure);
      const entry: EconomicEntry = {
        code,
        name: grid.text(r, g.nameCol),
        codeRef: ref(grid, r, g.parts.length > 1 && grid.text(r, g.parts[1]) !== '' ? g.parts[1] : g.codeCol),
        nameRef: ref(grid, r, g.nameCol),
        figure,
      };
      entries.push(entry);
      named[gi].push({ row: r, name: entry.name, entry });
      bottom = r;
    }
    if (entries.length > 0 && allNotes(grid, r, layout.groups)) break;
  }
  layout.groups.forEach((_, gi) => {
    for (const n of joinWrappedNames(
      named[gi],
      pieces[gi].filter((p) => p.row <= bottom),
      face.codeLayouts.includes('wrapped'),
    ))
      n.entry.name = n.name;
  });
  if (entries.length === 0 && !personnelTotal && !publicTotal) return null;
  for (const t of [personnelTotal, publicTotal]) if (t) figures.push(t);
  return {
    kind: 'economic',
    id,
    title: grid.text(region.top, region.titleCol),
    sheet: grid.name,
    top: region.top,
    left: region.left,
    bottom,
    right: Math.max(...layout.groups.map((g) => g.valueCol)),
    titleRef: ref(grid, region.top, region.titleCol),
    notes: collectNotes(grid, region.top + 1, region.bottom),
    figures,
    entries,
    personnelTotal,
    publicTotal,
  };
}
