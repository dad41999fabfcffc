/** The one entry point every host calls: a snapshot (and a narrative) in, a report out. */

import { faceById } from './faces';
import { renameTables } from './faces/names';
import type { FaceId, TableAssignment } from './faces/choices';
import { defaultCatalogs, type Catalogs } from './catalog';
import { fromA1 } from './address';
import { recognizeWorkbook } from './recognition';
import { yearOfText } from './recognition/titles';
import { summarize, tableSummary, type Finding, type Report } from './report';
import { CAUSE_RULES, findCauses, numberFindings, type Cause, type CheckedRelation } from './causes';
import { holdingChecked } from './causes/solve';
import { COMPLETENESS_RULES } from './completeness';
import { NARRATIVE_RULES } from './narrative';
import { disclosureYear } from './narrative/years';
import { TABLE_RULES, type Rule } from './rules';
import { WORDING_RULES } from './wording';
import { buildContext, type FindingDraft, type Reporter } from './rules/rule';
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

type SortKey = [number, number, number, number, number];

/** By table, sheet, row and column; on one cell (or narrative offset), a cause before its consequences. */
function sortKey(f: Finding, sheetOrder: Map<string, number>): SortKey {
  const table = f.table ? TABLE_IDS.indexOf(f.table) : 99;
  const cause = f.rule.startsWith('cause.') ? 0 : 1;
  if (!f.sheet || !f.cell) return [table, 1e9, f.narrative?.start ?? 0, 0, cause];
  const { row, col } = fromA1(f.cell);
  return [table, sheetOrder.get(f.sheet) ?? 1e6, row, col, cause];
}

/** The reporter a rule is given: findings go to `add`; each relation checked goes to `checked` with its finding. */
export function reporterFor(rule: Rule, add: (f: Finding) => void, checked: CheckedRelation[]): Reporter {
  // Most rules report nothing on most units: the map is made with the first finding.
  let made: Map<FindingDraft, Finding> | undefined;
  const report: Reporter = (draft) => {
    const f: Finding = { ...draft, rule: rule.id, severity: draft.severity ?? rule.severity };
    (made ??= new Map()).set(draft, f);
    add(f);
  };
  report.relation = (relation, draft) => checked.push({ relation, finding: draft && made?.get(draft) });
  report.holding = (kind, first, other) => checked.push(holdingChecked(kind, first, other));
  return report;
}

const ALL_RULES: readonly Rule[] = [
  ...TABLE_RULES,
  ...NARRATIVE_RULES,
  ...WORDING_RULES,
  ...COMPLETENESS_RULES,
];

export function checkWorkbook(workbook: WorkbookSnapshot | null, options: CheckOptions = {}): Report {
  const narrative = options.narrative ?? null;
  const recognition = workbook
    ? recognizeWorkbook(workbook, { face: options.face, assignments: options.assignments })
    : null;
  const tables = recognition?.tables ?? [];
  const year = options.year ?? recognition?.year ?? (narrative ? yearOfNarrative(narrative) : null);
  const disabled = new Set(options.disabledRules ?? []);
  // Rules on the whole document (the narrative, the wording) run once, with the first unit.
  const narrativeRules = new Set<Rule>([...NARRATIVE_RULES, ...WORDING_RULES]);
  const sheetOrder = new Map((workbook?.sheets ?? []).map((s, i) => [s.name, i]));
  const keyed: Array<{ f: Finding; unit: number; k: SortKey }> = [];
  // Messages name each table as the face it was read in calls it ("表2 收入决算表", not 公开02).
  const face = recognition?.face ?? (options.face ? faceById(options.face) : undefined);
  const faceOf = (id: string) => tables.find((t) => t.id === id)?.face ?? face;
  const causes: Cause[] = [];
  // Each unit of a 汇总 workbook is checked on its own; the narrative speaks of the first.
  const units = splitUnits(tables);
  units.forEach((unitTables, unit) => {
    const ctx = buildContext(unitTables, year, options.catalogs ?? defaultCatalogs(), narrative, {
      face,
      units: units.length,
      unreadable: unit === 0 ? recognition?.unreadable : [],
      sheets: workbook?.sheets,
      pages: workbook?.pages,
    });
    const add = (f: Finding) => {
      f.message = renameTables(f.message, faceOf);
      keyed.push({ f, unit, k: sortKey(f, sheetOrder) });
    };
    const checked: CheckedRelation[] = [];
    // Completeness rules judge the narrative once (with the first unit) and every unit's tables.
    const tablesOnly = { ...ctx, narrative: null, narrativeDoc: () => null };
    for (const rule of options.rules ?? ALL_RULES) {
      if (disabled.has(rule.id) || (unit > 0 && narrativeRules.has(rule))) continue;
      const completeness = unit > 0 && rule.id.startsWith('completeness.');
      rule.check(completeness ? tablesOnly : ctx, reporterFor(rule, add, checked));
    }
    if (CAUSE_RULES.some((r) => !disabled.has(r.id)))
      for (const cause of findCauses(checked, unitTables)) {
        causes.push(cause);
        add(cause.finding);
      }
  });
  keyed.sort((a, b) => a.unit - b.unit || a.k.reduce((d, k, i) => d || k - b.k[i], 0));
  const sorted = numberFindings(
    keyed.map((x) => x.f),
    causes,
  );
  return {
    schema: 'gouji.report/1',
    workbook: workbook?.name ?? null,
    // A PDF's reader marks its report 'pdf' after locating the findings on the pages.
    source: workbook ? 'xlsx' : 'text',
    year,
    tables: tables.map(tableSummary),
    findings: sorted,
    summary: summarize(sorted),
    checked: { tables: tables.length > 0, narrative: narrative !== null },
  };
}
