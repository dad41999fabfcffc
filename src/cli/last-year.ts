/** `--last-year 上年.xlsx|.pdf`: last year's disclosure read in its own face, and its findings added to this year's report. */

import path from 'path';
import type { FaceId } from '../core/faces/choices';
import { InputError } from '../core/errors';
import type { Report } from '../core/report';
import { checkAcrossYears, emptyLastYear, withLastYear, type DisclosureInput } from '../core/years';
import { readNarrative } from '../hosts/file/read-narrative';
import { isPdfPath } from '../hosts/file/pdf-path';
import { readWorkbookFile } from '../hosts/file/read-workbook';
import { narrativeSheetText } from '../core/years/unit';

export interface LastYear {
  input: DisclosureInput;
  /** Places last year's cells and narrative spans on its pages when it is a PDF. */
  locate(report: Report): Report;
  /** Places the findings of this file's own report on its pages when it is a PDF (the batch reads a year twice). */
  locateOwn(report: Report): Report;
}

/**
 * Reads last year's file (in the face it prints, unless `face` is given: a batch reads every file of its
 * folder, last year's too, in the face --face names): a PDF (tables and its own narrative) or a workbook (its 情况说明 sheet, or the
 * narrative file given). `name` is how findings name it (a base name, or a path below a batch folder).
 */
export async function readLastYear(
  file: string,
  options: { narrative?: string | null; face?: FaceId | null; name?: string } = {},
): Promise<LastYear> {
  const name = options.name ?? path.basename(file);
  const narrativeFile = options.narrative ? (await readNarrative(options.narrative)).text : null;
  if (isPdfPath(file)) {
    // pdf.js's reader and the layout code load only for a PDF (required, not import(): a batch worker run from
    // the sources under tsx resolves .ts modules through require only).
    /* eslint-disable @typescript-eslint/no-require-imports */
    const { readPdfFile } =
      require('../hosts/file/read-pdf-file') as typeof import('../hosts/file/read-pdf-file');
    const { locateFindings, locateOtherYear } =
      require('../hosts/pdf/locate') as typeof import('../hosts/pdf/locate');
    /* eslint-enable @typescript-eslint/no-require-imports */
    const loaded = await readPdfFile(file);
    const own = loaded.layout.narrative.trim() ? loaded.layout.narrative : null;
    return {
      input: {
        file: name,
        source: 'pdf',
        workbook: loaded.layout.snapshot,
        narrative: narrativeFile ?? own,
        face: options.face,
      },
      locate: (report) =>
        locateOtherYear(
          report,
          name,
          loaded.layout.places,
          narrativeFile ? [] : loaded.layout.narrativePlaces,
        ),
      locateOwn: (report) =>
        locateFindings(report, loaded.layout.places, narrativeFile ? [] : loaded.layout.narrativePlaces),
    };
  }
  const loaded = await readWorkbookFile(file);
  return {
    input: {
      file: name,
      source: 'xlsx',
      workbook: loaded.snapshot,
      narrative: narrativeFile ?? narrativeSheetText(loaded.snapshot),
      face: options.face,
    },
    locate: (report) => report,
    locateOwn: (report) => report,
  };
}

/** This year's report with the findings across years added; a last year with no table nor narrative is refused. */
export function addLastYear(report: Report, current: DisclosureInput, last: LastYear): Report {
  const across = checkAcrossYears({ ...current, year: current.year ?? report.year }, last.input);
  const empty = emptyLastYear(across.last);
  if (empty) throw new InputError(empty);
  return last.locate(withLastYear(report, across));
}
