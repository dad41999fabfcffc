/** 上年决算 in the pane: last year's file (.xlsx or PDF) read into values, and this year's report checked against it. */

import type { CheckOptions } from '../../core/check';
import type { Report } from '../../core/report';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { checkAcrossYears, withLastYear } from '../../core/years';
import { narrativeSheetText } from '../../core/years/unit';
import type { KeptLastYear } from '../../hosts/host';
import { openDocument } from '../../hosts/browser/open-document';
import { isPdf } from '../../hosts/browser/open-pdf';
import { sheetSnapshot } from '../../hosts/file/snapshot-from-exceljs';

/** What a document may keep: past this, last year's values are used for the session only. */
export const MAX_KEPT_CHARS = 500_000;

export async function readLastYearFile(bytes: Uint8Array, name: string): Promise<KeptLastYear> {
  const { model, narrative } = await openDocument(bytes, name);
  const snapshot: WorkbookSnapshot = { name, sheets: model.sheets().map(sheetSnapshot) };
  return {
    file: name,
    source: isPdf(bytes, name) ? 'pdf' : 'xlsx',
    snapshot,
    narrative: narrative ?? narrativeSheetText(snapshot),
  };
}

/** Can the document keep it (the host's settings store is limited)? */
export function canKeep(last: KeptLastYear): boolean {
  return JSON.stringify(last).length <= MAX_KEPT_CHARS;
}

/** A kept value read back from the document, or null when it is not one. */
export function keptLastYear(value: unknown): KeptLastYear | null {
  const v = value as Partial<KeptLastYear> | null | undefined;
  if (!v || typeof v.file !== 'string' || !v.snapshot || !Array.isArray(v.snapshot.sheets)) return null;
  return {
    file: v.file,
    source: v.source === 'pdf' ? 'pdf' : 'xlsx',
    snapshot: v.snapshot,
    narrative: typeof v.narrative === 'string' ? v.narrative : null,
  };
}

/** This year's report with the findings across years added (rules year.*). */
export function withLastYearFindings(
  report: Report,
  snapshot: WorkbookSnapshot | null,
  options: CheckOptions,
  last: KeptLastYear,
): Report {
  if (!snapshot) return report;
  const across = checkAcrossYears(
    {
      file: snapshot.name ?? '本年工作簿',
      source: 'xlsx',
      workbook: snapshot,
      narrative: options.narrative ?? null,
      year: options.year ?? report.year,
      face: options.face,
      assignments: options.assignments,
    },
    { file: last.file, source: last.source, workbook: last.snapshot, narrative: last.narrative },
    { disabledRules: options.disabledRules },
  );
  return withLastYear(report, across);
}
