/**
 * The text the wording rules read: the narrative by paragraph and every text cell of the sheets, with where each is.
 * Built once per check and shared by every wording rule. The cells are kept as their distinct texts (a 汇总 repeats
 * the same labels on every unit's sheet) and where each cell is: a rule scans each distinct text once and a cell
 * becomes a passage only when its text has something to report.
 */

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

/** Where a cell passage is in its sheet's values: the sheet, and the row and column of `values`. */
export interface CellAt {
  sheet: SheetSnapshot;
  r: number;
  c: number;
}

interface Passages {
  narrative: Passage[];
  sheets: SheetSnapshot[];
  /** The distinct texts of the cells holding Chinese, in reading order of their first cell. */
  texts: string[];
  /** How many cells hold each text. */
  counts: number[];
  /** The passage of each cell holding Chinese (by its rank in reading order), made on first use. */
  made: Array<Passage | undefined>;
  /**
   * The cells holding Chinese in reading order, four numbers each: the id of its text, its sheet (index in
   * `sheets`), its row and column of `values`. A cell's rank is its index / 4. Hits are given out from these,
   * not from a second walk over every cell.
   */
  cells: Int32Array;
}

const cache = new WeakMap<object, Passages>();

/** True when the text holds a CJK ideograph (U+4E00–U+9FFF). */
export function hasCjk(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) return true;
  }
  return false;
}

function build(ctx: RuleContext): Passages {
  const narrative: Passage[] = [];
  const text = ctx.narrative ?? '';
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') narrative.push({ text: line, offset: start });
    start += line.length + 1;
  }
  // A narrative kept in the workbook (a 情况说明 sheet) is read as the narrative: its cells are not read twice.
  const all = ctx.sheets ?? [];
  const own =
    ctx.narrative !== null && narrativeSheetText({ name: null, sheets: all }) === ctx.narrative
      ? all.find((s) => narrativeSheetText({ name: null, sheets: [s] }) !== null)
      : undefined;
  const sheets = all.filter((s) => s !== own);
  const texts: string[] = [];
  const counts: number[] = [];
  // The id of every distinct string of the cells: its index in `texts`, -1 for a string without Chinese.
  const ids = new Map<string, number>();
  // Four numbers a cell (text id, sheet, row, column), in a typed array doubled when full: pushing onto plain
  // arrays of this size cost ten times the walk itself.
  let cells = new Int32Array(4096);
  let n = 0;
  sheets.forEach((sheet, si) => {
    for (let r = 0; r < sheet.values.length; r++) {
      const row = sheet.values[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v !== 'string') continue;
        let id = ids.get(v);
        if (id === undefined) {
          id = hasCjk(v) ? texts.push(v) - 1 : -1;
          if (id >= 0) counts.push(0);
          ids.set(v, id);
        }
        if (id < 0) continue;
        counts[id]++;
        if (n + 4 > cells.length) {
          const grown = new Int32Array(cells.length * 2);
          grown.set(cells);
          cells = grown;
        }
        cells[n++] = id;
        cells[n++] = si;
        cells[n++] = r;
        cells[n++] = c;
      }
    }
  });
  return { narrative, sheets, texts, counts, made: [], cells: cells.subarray(0, n) };
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

/**
 * Every hit `scan` finds, passage by passage in reading order: the narrative's paragraphs, then every cell holding
 * Chinese (of the sheets but a 情况说明 sheet whose text is the narrative), or the cells alone. `scan` is given a
 * paragraph's offset in the narrative, none for a cell: a text held by many cells is scanned once, and its hits
 * (which `emit` must not change) are given for each of its cells, with where the cell is in its sheet's values.
 */
export function eachHit<H>(
  ctx: RuleContext,
  scan: (text: string, offset: number | undefined) => readonly H[],
  emit: (p: Passage, hit: H, at?: CellAt) => void,
  from: 'all' | 'cells' = 'all',
): void {
  const x = passagesOf(ctx);
  if (from === 'all') for (const p of x.narrative) for (const h of scan(p.text, p.offset)) emit(p, h);
  const found: Array<readonly H[] | undefined> = [];
  let any = false;
  x.texts.forEach((t, id) => {
    const hits = scan(t, undefined);
    if (hits.length === 0) return;
    found[id] = hits;
    any = true;
  });
  if (!any) return;
  // The cells holding Chinese, in reading order, for those whose text has hits.
  const cells = x.cells;
  for (let k = 0; k < cells.length; k += 4) {
    const hits = found[cells[k]];
    if (!hits) continue;
    const sheet = x.sheets[cells[k + 1]];
    const r = cells[k + 2];
    const c = cells[k + 3];
    const p = (x.made[k >> 2] ??= {
      text: x.texts[cells[k]],
      cell: { sheet: sheet.name, row: sheet.originRow + r, col: sheet.originCol + c },
    });
    for (const h of hits) emit(p, h, { sheet, r, c });
  }
}

/** How often a stretch of words occurs in the whole text, the narrative's paragraphs and the cells (overlaps count). */
export function occurrences(ctx: RuleContext, words: string): number {
  const x = passagesOf(ctx);
  const inText = (t: string) => {
    let n = 0;
    for (let i = t.indexOf(words); i >= 0; i = t.indexOf(words, i + 1)) n++;
    return n;
  };
  let n = 0;
  for (const p of x.narrative) n += inText(p.text);
  x.texts.forEach((t, id) => (n += inText(t) * x.counts[id]));
  return n;
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
export function context(p: Passage | string, start: number, end: number, around = 12): string {
  const text = typeof p === 'string' ? p : p.text;
  const from = Math.max(0, start - around);
  const to = Math.min(text.length, end + around);
  return quoted(text.slice(from, to));
}

/** Where a passage is, in words, for a message: 情况说明 or the sheet's name. */
export function placeName(p: Passage): string {
  return p.cell ? `表格“${p.cell.sheet}”` : '情况说明';
}
