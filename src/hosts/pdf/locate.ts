/** Findings on a rebuilt sheet get where the figure is printed: page and box (REPORT.md `pdf`). */

import { fromA1 } from '../../core/address';
import type { Report } from '../../core/report';
import type { CellPlace } from './geometry/layout';

/**
 * `narrative`: where the lines of the narrative are printed, when the narrative checked is the PDF's own; a
 * finding on the narrative is then placed on the line where its quoted text starts.
 */
export function locateFindings(
  report: Report,
  places: Map<string, Map<string, CellPlace>>,
  narrative: Array<{ start: number; end: number; place: CellPlace }> = [],
): Report {
  const findings = report.findings.map((f) => {
    if (f.narrative && !f.sheet) {
      const line = narrative.find((l) => f.narrative!.start >= l.start && f.narrative!.start < l.end);
      return line ? { ...f, pdf: { page: line.place.page, box: line.place.box } } : f;
    }
    if (!f.sheet || !f.cell) return f;
    const { row, col } = fromA1(f.cell);
    const place = places.get(f.sheet)?.get(`${row},${col}`);
    return place ? { ...f, pdf: { page: place.page, box: place.box } } : f;
  });
  return { ...report, source: 'pdf', findings };
}

/** Last year's places in a finding (rules year.*) get where they are printed when last year's file is a PDF. */
export function locateOtherYear(
  report: Report,
  file: string,
  places: Map<string, Map<string, CellPlace>>,
  narrative: Array<{ start: number; end: number; place: CellPlace }> = [],
): Report {
  const findings = report.findings.map((f) => {
    if (!f.otherYear) return f;
    const otherYear = f.otherYear.map((o) => {
      if (o.file !== file) return o;
      let place: CellPlace | undefined;
      if (o.sheet && o.cell) {
        const { row, col } = fromA1(o.cell);
        place = places.get(o.sheet)?.get(`${row},${col}`);
      } else if (o.narrative) {
        const start = o.narrative.start;
        place = narrative.find((l) => start >= l.start && start < l.end)?.place;
      }
      return place ? { ...o, pdf: { page: place.page, box: place.box } } : o;
    });
    return { ...f, otherYear };
  });
  return { ...report, findings };
}
