/** Findings on a rebuilt sheet get where the figure is printed: page and box (REPORT.md `pdf`). */

import { fromA1 } from '../../core/address';
import type { PdfLocation, Report } from '../../core/report';
import type { CellPlace } from './geometry/layout';

type NarrativePlace = { start: number; end: number; place: CellPlace };

/**
 * Where a stretch [start, end) of the narrative is printed: the page of the line it starts on, and the box of
 * its lines on that page.
 */
export function narrativePlace(
  narrative: NarrativePlace[],
  start: number,
  end: number,
): PdfLocation | undefined {
  const first = narrative.find((l) => start >= l.start && start < l.end);
  if (!first) return undefined;
  const page = first.place.page;
  const box: [number, number, number, number] = [...first.place.box];
  for (const l of narrative) {
    if (l === first || l.place.page !== page || l.end <= start || l.start >= Math.max(end, start + 1))
      continue;
    box[0] = Math.min(box[0], l.place.box[0]);
    box[1] = Math.min(box[1], l.place.box[1]);
    box[2] = Math.max(box[2], l.place.box[2]);
    box[3] = Math.max(box[3], l.place.box[3]);
  }
  return { page, box };
}

/**
 * `narrative`: where the lines of the PDF's narrative are printed. A finding on the narrative is placed on its
 * sentence (the lines its quoted text spans), even when it also names a table's cell, when the narrative checked
 * is the PDF's own: always without `text`; with the PDF's narrative `text`, when the finding quotes it there.
 */
export function locateFindings(
  report: Report,
  places: Map<string, Map<string, CellPlace>>,
  narrative: NarrativePlace[] = [],
  text?: string,
): Report {
  const own = (n: { start: number; end: number; text: string }) =>
    text === undefined || text.slice(n.start, n.end) === n.text;
  const findings = report.findings.map((f) => {
    if (f.narrative && narrative.length > 0 && own(f.narrative)) {
      const pdf = narrativePlace(narrative, f.narrative.start, f.narrative.end);
      if (pdf) return { ...f, pdf };
    }
    if (!f.sheet || !f.cell) return f;
    const { row, col } = fromA1(f.cell);
    const place = places.get(f.sheet)?.get(`${row},${col}`);
    return place ? { ...f, pdf: { page: place.page, box: place.box } } : f;
  });
  return { ...report, source: 'pdf', findings };
}
