/** The text the wording rules read: the narrative by paragraph and every text cell of the sheets, with where each is. */

import { toA1 } from '../address';
import type { RuleContext } from '../rules/rule';
import type { FindingDraft } from '../rules/rule';
import type { SheetSnapshot } from '../snapshot';
import { narrativeSheetText } from '../years/unit';

export interface Passage {
  text: string;
  /** For a paragraph of the narrative: the offset of text[0] in the narrative. */
  offset?: number;
  /** For a cell of a sheet: the sheet and the 0-based cell in sheet coordinates. */
  cell?: { sheet: string; row: number; col: number };
}

interface Passages {
  narrative: Passage[];
  cells: Passage[];
  sheets: SheetSnapshot[];
}

const cache = new WeakMap<object, Passages>();

function build(ctx: RuleContext): Passages {
  const narrative: Passage[] = [];
  const text = ctx.narrative ?? '';
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') narrative.push({ text: line, offset: start });
    start += line.length + 1;
  }
  const cells: Passage[] = [];
  // A narrative kept in the workbook (a 情况说明 sheet) is read as the narrative: its cells are not read twice.
  const all = ctx.sheets ?? [];
  const own =
    ctx.narrative !== null && narrativeSheetText({ name: null, sheets: all }) === ctx.narrative
      ? all.find((s) => narrativeSheetText({ name: null, sheets: [s] }) !== null)
      : undefined;
  const sheets = all.filter((s) => s !== own);
  for (const sheet of sheets)
    sheet.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v !== 'string' || !/[\u4e00-\u9fff]/.test(v)) return;
        cells.push({
          text: v,
          cell: { sheet: sheet.name, row: sheet.originRow + r, col: sheet.originCol + c },
        });
      }),
    );
  return { narrative, cells, sheets };
}

function passagesOf(ctx: RuleContext): Passages {
  // The context object lives for one check: the passages are built once for all the wording rules.
  let p = cache.get(ctx);
  if (!p) cache.set(ctx, (p = build(ctx)));
  return p;
}

/** The narrative's paragraphs (lines), empty ones left out. */
export function narrativePassages(ctx: RuleContext): Passage[] {
  return passagesOf(ctx).narrative;
}

/** The sheets the wording rules read: all but a 情况说明 sheet whose text is the narrative (read as such). */
export function textSheets(ctx: RuleContext): SheetSnapshot[] {
  return passagesOf(ctx).sheets;
}

/** Every cell of the sheets holding Chinese text. */
export function cellPassages(ctx: RuleContext): Passage[] {
  return passagesOf(ctx).cells;
}

export function allPassages(ctx: RuleContext): Passage[] {
  const p = passagesOf(ctx);
  return [...p.narrative, ...p.cells];
}

/** Where a stretch [start, end) of a passage is, as a finding gives it: a narrative span or a cell. */
export function where(
  p: Passage,
  start: number,
  end: number,
): Pick<FindingDraft, 'narrative' | 'sheet' | 'cell'> {
  if (p.cell) return { sheet: p.cell.sheet, cell: toA1(p.cell.row, p.cell.col) };
  const at = p.offset ?? 0;
  return { narrative: { start: at + start, end: at + end, text: p.text.slice(start, end) } };
}

/** A passage as quoted in a message: white space removed, long passages shortened. */
export function quoted(s: string): string {
  const t = s.replace(/\s+/g, '');
  return `“${t.length > 60 ? t.slice(0, 28) + '……' + t.slice(-28) : t}”`;
}

/** The words around [start, end) of a passage, for a message: up to `around` characters each side. */
export function context(p: Passage, start: number, end: number, around = 12): string {
  const from = Math.max(0, start - around);
  const to = Math.min(p.text.length, end + around);
  return quoted(p.text.slice(from, to));
}

/** Where a passage is, in words, for a message: 情况说明 or the sheet's name. */
export function placeName(p: Passage): string {
  return p.cell ? `表格“${p.cell.sheet}”` : '情况说明';
}
