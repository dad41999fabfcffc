/** The department a workbook belongs to (core/years/unit.ts), and a narrative kept in the workbook itself. */

import type { WorkbookSnapshot } from '../../core/snapshot';

export { departmentOf } from '../../core/years/unit';

/** A narrative kept in the workbook itself: a sheet named 情况说明 (or 说明), its text cells in order. */
export function narrativeSheetText(snapshot: WorkbookSnapshot): string | null {
  const sheet = snapshot.sheets.find((s) => /情况说明|^说明$/.test(s.name.trim()));
  if (!sheet) return null;
  const lines = sheet.values.flatMap((row) =>
    row.filter((v) => v !== null && String(v).trim() !== '').map((v) => String(v)),
  );
  return lines.length > 0 ? lines.join('\n') : null;
}
