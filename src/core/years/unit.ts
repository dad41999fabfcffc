/**
 * Which unit a disclosure belongs to and which year it is of, as printed on it: "编制部门：…" on a table,
 * the words before a title's year ("丹凤县医疗保障局2024年度部门决算"), or the narrative's cover line.
 */

import type { PageLines, WorkbookSnapshot } from '../snapshot';
import { yearOfText } from '../recognition/titles';
import { labelKey, stripOrdinal } from '../text';

const LABELLED = /^(?:编制|填报)?(?:部门|单位)(?:名称)?[:：]\s*(\S.*?)\s*$/;
/** Where a labelled name ends on a line that goes on: "丹凤县医疗保障局          单位：万元". */
const NAME_END = /[ \u3000]{2,}|(?:金额)?单位[:：]/;
const TITLE_PREFIX = /^(\S+?)(?:20\d{2})年度?.*(?:决算|总表|明细表)/;
/** A cover or heading line: "西南大学2023年度部门决算", "丹凤县医疗保障局 2024 年度部门决算公开". */
const COVER = /^\s*(\S*?)\s*(20\d{2})\s*年度?\s*(?:部门|单位)?决算(?:公开|报告|情况说明|公开说明)?\s*$/;

/** The department a workbook belongs to, as printed on its tables. */
export function departmentOf(snapshot: WorkbookSnapshot): string | null {
  let fromTitle: string | null = null;
  for (const sheet of snapshot.sheets)
    for (const row of sheet.values.slice(0, 12))
      for (const v of row) {
        if (typeof v !== 'string') continue;
        const text = v.trim();
        const m = LABELLED.exec(text);
        const name = m ? m[1].split(NAME_END)[0].trim() : '';
        if (name && !/^万?元$/.test(name)) return name;
        const t = TITLE_PREFIX.exec(text);
        if (t && !fromTitle) fromTitle = t[1];
      }
  return fromTitle;
}

/** The unit and year a narrative's cover or first heading names, from its first lines. */
export function coverOf(narrative: string | null): { unit: string | null; year: number | null } {
  if (!narrative) return { unit: null, year: null };
  let year: number | null = null;
  for (const line of narrative.split(/\n/).slice(0, 30)) {
    const m = COVER.exec(line);
    if (!m) continue;
    // A heading ("二、2023年度部门决算报表", "第二部分 2024年度…") gives the year but no unit.
    const unit = stripOrdinal(m[1].replace(/^第[一二三四五六七八九十]+部分/, '')).trim();
    if (/[\u4e00-\u9fffA-Za-z]{2,}/.test(unit) && !/[，,。；;：:]/.test(unit))
      return { unit, year: Number(m[2]) };
    year ??= Number(m[2]);
  }
  return { unit: null, year };
}

/**
 * The unit and year a PDF's cover page prints ("西南大学2023年度部门决算"; or over several lines, "中共上海市普陀区委 /
 * 社会工作部2024年度 / 部门决算"): the narrative read from a PDF starts after its cover.
 */
export function coverOfPages(pages: PageLines[] | undefined): { unit: string | null; year: number | null } {
  const first = pages?.[0];
  if (!first) return { unit: null, year: null };
  const byLine = coverOf(first.lines.join('\n'));
  if (byLine.unit || first.lines.length > 8) return byLine;
  const joined = coverOf(first.lines.map((l) => l.trim()).join(''));
  return joined.unit ? joined : byLine;
}

/** The unit and year of a narrative's cover, else of a PDF's cover page. */
export function coverOfDisclosure(
  narrative: string | null,
  snapshot: WorkbookSnapshot | null,
): { unit: string | null; year: number | null } {
  const text = coverOf(narrative);
  if (text.unit) return text;
  const page = coverOfPages(snapshot?.pages);
  return { unit: page.unit, year: text.year ?? page.year };
}

/** The year a workbook's titles or headings print: the first "20XX年" in the first rows of a sheet. */
export function titleYearOf(snapshot: WorkbookSnapshot): number | null {
  for (const sheet of snapshot.sheets)
    for (const row of sheet.values.slice(0, 6))
      for (const v of row) {
        const year = typeof v === 'string' ? yearOfText(v) : null;
        if (year) return year;
      }
  return null;
}

/** Two unit names are the same unit when they agree once spaces, brackets and widths are normalised. */
export function sameUnit(a: string, b: string): boolean {
  return labelKey(a) === labelKey(b);
}

/** A narrative kept in the workbook itself: a sheet named 情况说明 (or 说明), its text cells in order. */
export function narrativeSheetText(snapshot: WorkbookSnapshot): string | null {
  const sheet = snapshot.sheets.find((s) => /情况说明|^说明$/.test(s.name.trim()));
  if (!sheet) return null;
  const lines = sheet.values.flatMap((row) =>
    row.filter((v) => v !== null && String(v).trim() !== '').map((v) => String(v)),
  );
  return lines.length > 0 ? lines.join('\n') : null;
}
