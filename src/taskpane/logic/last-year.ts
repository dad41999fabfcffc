/** 上年决算 in the pane: last year's file (.xlsx or PDF) read into values, and this year's report checked against it. */

import type { CheckOptions } from '../../core/check';
import type { Report } from '../../core/report';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { InputError } from '../../core/errors';
import { checkAcrossYears, emptyLastYear, withLastYear } from '../../core/years';
import { yearSide } from '../../core/years/side';
import { narrativeSheetText } from '../../core/years/unit';
import type { KeptLastYear } from '../../hosts/host';
import { openDocument } from '../../hosts/browser/open-document';
import { isPdf, PdfWorkbook } from '../../hosts/browser/open-pdf';
import { locateOtherYear } from '../../hosts/pdf/locate';
import { sheetSnapshot } from '../../hosts/file/snapshot-from-exceljs';
import type { BrowserWorkbook } from '../../hosts/browser/workbook-model';

/** What a document may keep: past this, last year's values are used for the session only. */
export const MAX_KEPT_CHARS = 500_000;

/** Last year's file read into values (a PDF with where its cells and lines are printed). */
export async function readLastYearFile(bytes: Uint8Array, name: string): Promise<KeptLastYear> {
  const { model, narrative } = await openDocument(bytes, name);
  return lastYearOf(model, narrative, isPdf(bytes, name) ? 'pdf' : 'xlsx');
}

/**
 * What the pane keeps of last year's document: its values, its narrative (a workbook's 情况说明 sheet), a PDF's
 * places. A document with neither a table nor a narrative is refused as the command line refuses it.
 */
export function lastYearOf(
  model: BrowserWorkbook,
  narrative: string | null,
  source: KeptLastYear['source'],
): KeptLastYear {
  const name = model.name;
  const snapshot: WorkbookSnapshot = { name, sheets: model.sheets().map(sheetSnapshot) };
  const kept: KeptLastYear = {
    file: name,
    source,
    snapshot,
    narrative: narrative ?? narrativeSheetText(snapshot),
  };
  const empty = emptyLastYear(
    yearSide({ file: name, source, workbook: snapshot, narrative: kept.narrative }),
  );
  if (empty) throw new InputError(empty);
  if (model instanceof PdfWorkbook)
    kept.pdfPlaces = {
      cells: [...model.places].map(([sheet, cells]) => [sheet, [...cells]]),
      narrative: model.narrativePlaces,
    };
  return kept;
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
    ...(v.pdfPlaces && Array.isArray(v.pdfPlaces.cells) && Array.isArray(v.pdfPlaces.narrative)
      ? { pdfPlaces: v.pdfPlaces }
      : {}),
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
  const added = withLastYear(report, across);
  // Last year's side of each finding on its page, as the command line places it (src/cli/last-year.ts).
  return last.pdfPlaces
    ? locateOtherYear(
        added,
        last.file,
        new Map(last.pdfPlaces.cells.map(([sheet, cells]) => [sheet, new Map(cells)])),
        last.pdfPlaces.narrative,
      )
    : added;
}
