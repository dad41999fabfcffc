/** Findings on a rebuilt sheet get where the figure is printed: page and box (REPORT.md `pdf`). */

import { fromA1 } from '../../core/address';
import type { Report } from '../../core/report';
import type { CellPlace } from './geometry/layout';

export function locateFindings(report: Report, places: Map<string, Map<string, CellPlace>>): Report {
  const findings = report.findings.map((f) => {
    if (!f.sheet || !f.cell) return f;
    const { row, col } = fromA1(f.cell);
    const place = places.get(f.sheet)?.get(`${row},${col}`);
    return place ? { ...f, pdf: { page: place.page, box: place.box } } : f;
  });
  return { ...report, source: 'pdf', findings };
}
