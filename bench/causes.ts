/**
 * The cause pass alone (src/core/causes): the relations every rule registered for each unit of a
 * workbook are collected once, then findCauses is timed on them (median of `runs`).
 */

import { defaultCatalogs } from '../src/core/catalog';
import { CAUSE_RULES, findCauses, type CheckedRelation } from '../src/core/causes';
import { reporterFor } from '../src/core/check';
import { COMPLETENESS_RULES } from '../src/core/completeness';
import { NARRATIVE_RULES } from '../src/core/narrative';
import { recognizeWorkbook } from '../src/core/recognition';
import { TABLE_RULES } from '../src/core/rules';
import { buildContext } from '../src/core/rules/rule';
import type { WorkbookSnapshot } from '../src/core/snapshot';
import type { Table } from '../src/core/tables/model';
import { splitUnits } from '../src/core/units';

interface UnitRelations {
  tables: Table[];
  checked: CheckedRelation[];
}

function relationsOf(snapshot: WorkbookSnapshot, narrative: string | null): UnitRelations[] {
  const recognition = recognizeWorkbook(snapshot);
  return splitUnits(recognition.tables).map((tables, unit) => {
    const ctx = buildContext(tables, recognition.year, defaultCatalogs(), unit === 0 ? narrative : null, {
      face: recognition.face,
      unreadable: unit === 0 ? recognition.unreadable : [],
    });
    const checked: CheckedRelation[] = [];
    for (const rule of [...TABLE_RULES, ...(unit === 0 ? NARRATIVE_RULES : []), ...COMPLETENESS_RULES])
      rule.check(
        ctx,
        reporterFor(rule, () => undefined, checked),
      );
    return { tables, checked };
  });
}

/** Milliseconds of the cause pass over every unit, and the number of relations it was given. */
export function causePass(
  snapshot: WorkbookSnapshot,
  narrative: string | null,
  runs = 5,
): { ms: number; relations: number } {
  const units = relationsOf(snapshot, narrative);
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const t = process.hrtime.bigint();
    for (const u of units) if (CAUSE_RULES.length) findCauses(u.checked, u.tables);
    if (i > 0) times.push(Number(process.hrtime.bigint() - t) / 1e6); // the first is a warm-up
  }
  times.sort((a, b) => a - b);
  return { ms: times[times.length >> 1], relations: units.reduce((n, u) => n + u.checked.length, 0) };
}
