/** The shape every rule module exports, and what a rule is given to read and to report through. */

import type { HoldingKind, Relation } from '../causes/relation';
import type { Catalogs } from '../catalog';
import type { Face } from '../faces/face';
import type { UnreadTable } from '../recognition';
import { parseNarrative, type NarrativeDoc } from '../narrative/document';
import type { Finding, Severity } from '../report';
import type { PageLines, SheetSnapshot } from '../snapshot';
import type {
  CodedTable,
  EconomicTable,
  Figure,
  SummaryTable,
  Table,
  TableId,
  ThreeCostsTable,
} from '../tables/model';

export interface RuleContext {
  /** Every recognised table, in workbook order. */
  tables: Table[];
  year: number | null;
  catalogs: Catalogs;
  /** The narrative text when one was given: some table rules accept an explanation found there. */
  narrative: string | null;
  /** The narrative parsed once per check, on first use by a narrative rule; null without a narrative. */
  narrativeDoc?(): NarrativeDoc | null;
  /** The face the tables were read in; the 财政部 face when absent. */
  face?: Face;
  /** Titles found whose table could not be read (rule table.unreadable). */
  unreadable?: UnreadTable[];
  /** The sheets as read (every cell, headings and notes included), for the wording rules. */
  sheets?: SheetSnapshot[];
  /** A PDF's pages as text, for the rules on the document's frame (目录, blank pages); absent otherwise. */
  pages?: PageLines[];
  /** How many units the workbook holds: more than one is a 汇总, whose titles name each unit in turn. */
  units?: number;
  summary(id: '公开01' | '公开04'): SummaryTable | undefined;
  coded(id: '公开02' | '公开03' | '公开05' | '公开07' | '公开08'): CodedTable | undefined;
  economic(): EconomicTable | undefined;
  threeCosts(): ThreeCostsTable | undefined;
}

export type FindingDraft = Omit<Finding, 'rule' | 'severity'> & { severity?: Severity };

/** How a rule reports: a finding, and (for the cause pass) each relation it checked, holding or broken. */
export interface Reporter {
  (finding: FindingDraft): void;
  /** The relation just checked and, when it did not hold, the finding reported for it. */
  relation?(relation: Relation, finding?: FindingDraft): void;
  /**
   * A relation that holds exactly as read (its residual in term order is zero): the cause pass builds it only
   * when another relation of the unit is broken and it reads one of that relation's cells. 'sum': `first` =
   * Σ `other`; 'same' and 'atLeast': `first` against the one figure `other` (sameRelation, atLeastRelation).
   * A reporter without this method is given the built relation by `relation`.
   */
  holding?(kind: HoldingKind, first: Figure, other: Figure | readonly Figure[]): void;
}

export interface Rule {
  id: string;
  title: string;
  description: string;
  /** The severity of a breach; rounding tails are always info. */
  severity: Severity;
  check(ctx: RuleContext, report: Reporter): void;
}

export function buildContext(
  tables: Table[],
  year: number | null,
  catalogs: Catalogs,
  narrative: string | null,
  recognition: {
    face?: Face;
    unreadable?: UnreadTable[];
    sheets?: SheetSnapshot[];
    pages?: PageLines[];
    units?: number;
  } = {},
): RuleContext {
  const first = new Map<TableId, Table>();
  for (const t of tables) if (!first.has(t.id)) first.set(t.id, t);
  const ofKind = <K extends Table['kind']>(id: TableId, kind: K) => {
    const t = first.get(id);
    return t && t.kind === kind ? (t as Extract<Table, { kind: K }>) : undefined;
  };
  let doc: NarrativeDoc | null | undefined;
  return {
    tables,
    year,
    catalogs,
    narrative,
    face: recognition.face,
    unreadable: recognition.unreadable ?? [],
    sheets: recognition.sheets ?? [],
    pages: recognition.pages,
    units: recognition.units ?? 1,
    narrativeDoc: () => (doc === undefined ? (doc = narrative ? parseNarrative(narrative) : null) : doc),
    summary: (id) => ofKind(id, 'summary'),
    coded: (id) => ofKind(id, 'coded'),
    economic: () => ofKind('公开06', 'economic'),
    threeCosts: () => ofKind('公开09', 'threeCosts'),
  };
}
