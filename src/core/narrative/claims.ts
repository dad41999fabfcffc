/** What the narrative claims, recognised once per check and shared by every narrative rule. */

import type { NarrativeAmount, NarrativeDoc } from './document';
import { extractFigureClaims, extractNoneClaims } from './figure-claims';
import { extractItemHeaders } from './item-claims';
import {
  extractDirectionConflicts,
  extractYearComparisons,
  type DirectionConflict,
  type YearComparison,
} from './direction-claims';
import { extractNamedShares, type NamedShareClaim } from './named-share-claims';
import { extractProcurement, type ProcurementClaim } from './procurement-claims';
import { extractCompletions, extractGrowths, extractParts, extractShares } from './ratio-claims';
import { extractSelfEvaluations, type SelfEvaluation } from './self-evaluation';
import { extractMalformed, extractYearMentions } from './text-claims';

export interface Span {
  start: number;
  end: number;
}

/** "其中：住房保障支出26.35万元，占2.77%": part / whole = percent. */
export interface ShareClaim {
  part: NarrativeAmount;
  whole: NarrativeAmount;
  percent: NarrativeAmount;
}

/** "收、支总计均为953.20万元…减少898.98万元，减少48.54%": rate = change / (current ∓ change). */
export interface GrowthClaim {
  current: NarrativeAmount;
  change: NarrativeAmount;
  rate: NarrativeAmount | null;
  /** +1 for 增加/增长, −1 for 减少/下降. */
  direction: 1 | -1;
}

export type Relation = 'greater' | 'less' | 'equal';

/** "决算数大于预算数", "决算数与年初预算数持平". */
export interface ComparisonWord extends Span {
  relation: Relation;
}

/** "年初预算为B万元，支出决算为A万元，完成年初预算的P%" (or "超出年初预算P%"). */
export interface CompletionClaim {
  budget: NarrativeAmount;
  actual: NarrativeAmount;
  percent: NarrativeAmount | null;
  /** True for "超出年初预算P%": P = (A − B) / B. */
  exceed: boolean;
  comparison: ComparisonWord | null;
  /** The 类/款/项 the figures belong to, when a header names one just before. */
  item: ItemHeader | null;
}

/** A whole followed by "其中：" and the parts it is made of. */
export interface PartsClaim {
  whole: NarrativeAmount;
  parts: NarrativeAmount[];
}

/** A figure that names a table figure (see table-figures.ts for the subject keys). */
export interface FigureClaim {
  amount: NarrativeAmount;
  subject: string;
  /** The words that name it, for messages. */
  what: string;
}

/** "本部门无项目支出": a kind of money the unit says it did not have. */
export interface NoneClaim extends Span {
  subject: string;
  text: string;
}

export type ItemLevelName = '类' | '款' | '项';

export interface ItemLevel extends Span {
  level: ItemLevelName;
  /** The name as written, normalised (half-width, no spaces). */
  name: string;
  /** The span of the name with its level mark, e.g. "行政事业养老支出（款）". */
  nameStart: number;
}

/** "卫生健康支出（类）医疗保障管理事务（款）行政运行（项）". */
export interface ItemHeader extends Span {
  levels: ItemLevel[];
}

export interface YearMention extends Span {
  year: number;
}

export interface NarrativeClaims {
  shares: ShareClaim[];
  growths: GrowthClaim[];
  completions: CompletionClaim[];
  parts: PartsClaim[];
  figures: FigureClaim[];
  nones: NoneClaim[];
  items: ItemHeader[];
  malformed: Span[];
  years: YearMention[];
  /** "占本年支出合计的P%": shares of a base named in words. */
  namedShares: NamedShareClaim[];
  procurement: ProcurementClaim[];
  directionConflicts: DirectionConflict[];
  yearComparisons: YearComparison[];
  selfEvaluations: SelfEvaluation[];
}

export function extractClaims(doc: NarrativeDoc): NarrativeClaims {
  const items = extractItemHeaders(doc);
  const completions = extractCompletions(doc, items);
  return {
    shares: extractShares(doc),
    growths: extractGrowths(doc),
    completions,
    parts: extractParts(doc),
    figures: extractFigureClaims(doc, completions),
    nones: extractNoneClaims(doc),
    items,
    malformed: extractMalformed(doc.text),
    years: extractYearMentions(doc.text),
    namedShares: extractNamedShares(doc),
    procurement: extractProcurement(doc),
    directionConflicts: extractDirectionConflicts(doc),
    yearComparisons: extractYearComparisons(doc),
    selfEvaluations: extractSelfEvaluations(doc, completions),
  };
}
