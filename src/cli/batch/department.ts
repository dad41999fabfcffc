/** The department a workbook belongs to, as printed on it: "编制部门：…", or the words before a title's year. */

import type { WorkbookSnapshot } from '../../core/snapshot';

const LABELLED = /^(?:编制|填报)?(?:部门|单位)(?:名称)?[:：]\s*(\S.*?)\s*$/;
/** Where a labelled name ends on a line that goes on: "丹凤县医疗保障局          单位：万元". */
const NAME_END = /[ \u3000]{2,}|(?:金额)?单位[:：]/;
const TITLE_PREFIX = /^(\S+?)(?:20\d{2})年度?.*(?:决算|总表|明细表)/;

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

/** A narrative kept in the workbook itself: a sheet named 情况说明 (or 说明), its text cells in order. */
export function narrativeSheetText(snapshot: WorkbookSnapshot): string | null {
  const sheet = snapshot.sheets.find((s) => /情况说明|^说明$/.test(s.name.trim()));
  if (!sheet) return null;
  const lines = sheet.values.flatMap((row) =>
    row.filter((v) => v !== null && String(v).trim() !== '').map((v) => String(v)),
  );
  return lines.length > 0 ? lines.join('\n') : null;
}
