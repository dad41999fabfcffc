/** The cause pass (根源): run once after the rules, on the relations they checked. */

import { round2 } from '../numbers';
import { location, type CellLocation, type Finding } from '../report';
import type { Table } from '../tables/model';
import { CellSet } from './cell-set';
import { cellLabels, type CellLabel } from './labels';
import type { Quantity } from './relation';
import { candidatesNote, causeMessage, singleCellCause } from './single-cell';
import { explain, type Checked } from './solve';

export const CAUSE_RULES = [singleCellCause];

export type CheckedRelation = Checked<Finding>;

export interface Cause {
  finding: Finding;
  /** The findings it accounts for (its consequences). */
  explains: Finding[];
}

function sameCell(a: CellLocation, b: CellLocation): boolean {
  return a.sheet === b.sheet && a.cell === b.cell;
}

function locatedAt(f: Finding, q: Quantity): boolean {
  if (q.ref) return !!f.sheet && !!f.cell && sameCell({ sheet: f.sheet, cell: f.cell }, location(q.ref));
  return !!q.span && !!f.narrative && f.narrative.start === q.span.start;
}

/**
 * The causes among the broken relations of one unit. A broken relation that no cause explains gets the
 * figures that could each balance it appended to its message (its finding is the check's own object).
 */
export function findCauses(checked: CheckedRelation[], tables: Table[]): Cause[] {
  const { causes, unexplained } = explain(checked);
  if (causes.length === 0 && unexplained.length === 0) return [];
  const noted = unexplained.filter(({ checked: c }) => c.finding && c.finding.severity !== 'info');
  // A cause of one finding that already sits on it would only repeat that finding.
  const telling = causes.filter(
    ({ candidate, explains }) =>
      explains.length > 1 || !explains.every((e) => e.finding && locatedAt(e.finding, candidate.quantity)),
  );
  // Only the cells the messages name are put in words.
  const named = new CellSet();
  for (const { candidates } of noted)
    for (const c of candidates) if (c.quantity.ref) named.add(c.quantity.ref);
  for (const { candidate } of telling) if (candidate.quantity.ref) named.add(candidate.quantity.ref);
  const labels = named.size > 0 ? cellLabels(tables, named) : new Map<string, CellLabel>();
  for (const { checked: c, candidates } of noted)
    if (c.finding) c.finding.message += candidatesNote(candidates, labels);
  return telling.map(({ candidate, explains }) => {
    const q = candidate.quantity;
    const consequences = explains.flatMap((e) => (e.finding ? [e.finding] : []));
    const own = q.ref ? location(q.ref) : null;
    const related: CellLocation[] = [];
    for (const f of consequences)
      if (f.sheet && f.cell) {
        const at = { sheet: f.sheet, cell: f.cell };
        if (!(own && sameCell(own, at)) && !related.some((r) => sameCell(r, at))) related.push(at);
      }
    const finding: Finding = {
      rule: singleCellCause.id,
      severity: singleCellCause.severity,
      message: causeMessage(candidate, consequences.length, labels),
      ...(own ?? {}),
      ...(q.span ? { narrative: q.span } : {}),
      ...(related.length ? { related } : {}),
      expected: candidate.value,
      actual: q.value,
      difference: round2(q.value - candidate.value),
      table: q.ref ? labels.get(q.key)?.table : undefined,
    };
    if (!finding.table) delete finding.table;
    return { finding, explains: consequences };
  });
}

/** Ids in report order ("f1", "f2"…), with each cause's `explains` and each consequence's `explainedBy`. */
export function numberFindings(sorted: Finding[], causes: Cause[]): Finding[] {
  const numbered = new Map(sorted.map((f, i) => [f, { id: `f${i + 1}`, ...f }]));
  for (const c of causes) {
    const cause = numbered.get(c.finding);
    if (!cause) continue;
    const order = (id: string) => Number(id.slice(1));
    cause.explains = c.explains.flatMap((f) => numbered.get(f)?.id ?? []).sort((a, b) => order(a) - order(b));
    for (const f of c.explains) {
      const n = numbered.get(f);
      if (n && !n.explainedBy) n.explainedBy = cause.id;
    }
  }
  return sorted.map((f) => numbered.get(f)!);
}
