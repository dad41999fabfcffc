/** The one entry point every host calls: a snapshot (and a narrative) in, a report out. */

import { faceById } from './faces';
import type { FaceId, TableAssignment } from './faces/choices';
import { defaultCatalogs, type Catalogs } from './catalog';
import { fromA1 } from './address';
import { recognizeWorkbook } from './recognition';
import { yearOfText } from './recognition/titles';
import { summarize, tableSummary, type Finding, type Report } from './report';
import { COMPLETENESS_RULES } from './completeness';
import { NARRATIVE_RULES } from './narrative';
import { disclosureYear } from './narrative/years';
import { TABLE_RULES, type Rule } from './rules';
import { buildContext } from './rules/rule';
import type { WorkbookSnapshot } from './snapshot';
import { splitUnits } from './units';
import { TABLE_IDS } from './tables/model';

export interface CheckOptions {
  /** Fiscal year for the catalogue; detected from titles or the narrative when absent. */
  year?: number | null;
  narrative?: string | null;
  catalogs?: Catalogs;
  /** Rule ids to leave out. */
  disabledRules?: string[];
  rules?: Rule[];
  /** The face to read the tables in; detected from titles and headers when absent. */
  face?: FaceId | null;
  /** The user's corrections to recognition, applied before detection. */
  assignments?: TableAssignment[];
}

/** The year a narrative speaks of: its disclosure year ("20XX年度"), else any year in its text. */
export function yearOfNarrative(text: string): number | null {
  return disclosureYear(text) ?? (text ? yearOfText(text) : null);
}

function sortKey(f: Finding, sheetOrder: Map<string, number>): [number, number, number, number] {
  const table = f.table ? TABLE_IDS.indexOf(f.table) : 99;
  if (!f.sheet || !f.cell) return [table, 1e9, f.narrative?.start ?? 0, 0];
  const { row, col } = fromA1(f.cell);
  return [table, sheetOrder.get(f.sheet) ?? 1e6, row, col];
}

export function checkWorkbook(workbook: WorkbookSnapshot | null, options: CheckOptions = {}): Report {
  const narrative = options.narrative ?? null;
  const recognition = workbook
    ? recognizeWorkbook(workbook, { face: options.face, assignments: options.assignments })
    : null;
  const tables = recognition?.tables ?? [];
  const year = options.year ?? recognition?.year ?? (narrative ? yearOfNarrative(narrative) : null);
  const disabled = new Set(options.disabledRules ?? []);
  const narrativeRules = new Set<Rule>(NARRATIVE_RULES);
  const sheetOrder = new Map((workbook?.sheets ?? []).map((s, i) => [s.name, i]));
  const keyed: Array<{ f: Finding; unit: number; k: [number, number, number, number] }> = [];
  // Each unit of a 汇总 workbook is checked on its own; the narrative speaks of the first.
  splitUnits(tables).forEach((unitTables, unit) => {
    const ctx = buildContext(unitTables, year, options.catalogs ?? defaultCatalogs(), narrative, {
      face: recognition?.face ?? (options.face ? faceById(options.face) : undefined),
      unreadable: unit === 0 ? recognition?.unreadable : [],
    });
    // Completeness rules judge the narrative once (with the first unit) and every unit's tables.
    const tablesOnly = { ...ctx, narrative: null, narrativeDoc: () => null };
    for (const rule of options.rules ?? [...TABLE_RULES, ...NARRATIVE_RULES, ...COMPLETENESS_RULES]) {
      if (disabled.has(rule.id) || (unit > 0 && narrativeRules.has(rule))) continue;
      const completeness = unit > 0 && rule.id.startsWith('completeness.');
      rule.check(completeness ? tablesOnly : ctx, (draft) => {
        const f: Finding = { ...draft, rule: rule.id, severity: draft.severity ?? rule.severity };
        keyed.push({ f, unit, k: sortKey(f, sheetOrder) });
      });
    }
  });
  keyed.sort(
    (a, b) => a.unit - b.unit || a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2] || a.k[3] - b.k[3],
  );
  const sorted = keyed.map((x, i) => ({ id: `f${i + 1}`, ...x.f }));
  return {
    schema: 'gouji.report/1',
    workbook: workbook?.name ?? null,
    year,
    tables: tables.map(tableSummary),
    findings: sorted,
    summary: summarize(sorted),
    checked: { tables: tables.length > 0, narrative: narrative !== null },
  };
}
