/**
 * 政府采购 in the narrative: "政府采购支出总额X万元，其中：政府采购货物支出A万元、政府采购工程支出B万元、
 * 政府采购服务支出C万元。授予中小企业合同金额D万元，占政府采购支出总额的P%，其中：授予小微企业合同金额E万元，
 * 占授予中小企业合同金额的Q%；货物采购授予中小企业合同金额占货物支出金额的R%……".
 */

import { sectionTitle, sentenceKey, type NarrativeAmount, type NarrativeDoc } from './document';

export type ProcurementCategory = 'goods' | 'works' | 'services';

/** What a stated share of procurement is a share of. */
export type ProcurementBase = 'total' | 'sme';

export interface ProcurementShare {
  percent: NarrativeAmount;
  base: ProcurementBase;
}

/** "货物采购授予中小企业合同金额占货物支出金额的R%": no amount, a share of one category. */
export interface CategoryShare {
  percent: NarrativeAmount;
  category: ProcurementCategory;
}

export interface ProcurementClaim {
  total: NarrativeAmount | null;
  categories: Partial<Record<ProcurementCategory, NarrativeAmount>>;
  /** 授予中小企业合同金额 and its share. */
  sme: NarrativeAmount | null;
  smeShare: ProcurementShare | null;
  /** 授予小微企业合同金额 and its share. */
  small: NarrativeAmount | null;
  smallShare: ProcurementShare | null;
  categoryShares: CategoryShare[];
  /**
   * "在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额X" and "在其他政府采购项目中，
   * 由中小企业供应商中标或成交的，采购金额Y" (the Shanghai wording): two disjoint parts of the total.
   */
  reservedSme: NarrativeAmount | null;
  otherSme: NarrativeAmount | null;
}

const CATEGORY_WORDS: Record<string, ProcurementCategory> = {
  货物: 'goods',
  工程: 'works',
  服务: 'services',
};
export const CATEGORY_NAMES: Record<ProcurementCategory, string> = {
  goods: '货物',
  works: '工程',
  services: '服务',
};

const TOTAL =
  /政府采购(?:支出|金额|合同金额)?(?:总额|合计|总计|共计)(?:为|共计)?$|政府采购支出(?:为|共计)?$|政府采购金额(?:[(（][^)）]*[)）])?(?:为|共计)?$/;
/** The clause before a bare "采购金额" says whose projects and whose suppliers. */
const RESERVED_SME = /面向中小企业预留的?政府采购项目中.*由中小企业供应商中标或成交的?$/;
const OTHER_SME = /在?其他政府采购项目中.*由中小企业供应商中标或成交的?$/;
const CATEGORY = /^(?:其中)?(?:政府采购)?(货物|工程|服务)(?:类)?(?:采购)?(?:支出|金额|合同金额)+(?:为)?$/;
const SME = /授予中小企业(?:的)?(?:采购)?合同(?:金额|总额)(?:为|共计)?$/;
const SMALL = /授予小微企业(?:的)?(?:采购)?合同(?:金额|总额)(?:为|共计)?$/;
const SHARE = /^占(.*?)(?:的)?(?:比例|比重)?(?:为)?$/;
const CATEGORY_SHARE =
  /^(货物|工程|服务)(?:采购)?授予中小企业(?:的)?合同金额占(货物|工程|服务)(?:采购)?(?:支出)?金额的?(?:比例|比重)?(?:为)?$/;

/** The base a share names: empty ("占P%") means the procurement total. */
function shareBase(words: string, fallback: ProcurementBase): ProcurementBase | null {
  if (words === '' || words === '比') return fallback;
  if (/^(?:政府采购)?(?:支出|合同)?(?:总额|总金额|合计)$|^政府采购(?:支出|金额)$/.test(words)) return 'total';
  if (/^授予中小企业(?:的)?合同(?:金额|总额)$|^中小企业合同金额$/.test(words)) return 'sme';
  return null;
}

const WORDS = /政府采购|中小企业|小微企业/;

function inProcurement(doc: NarrativeDoc, a: NarrativeAmount, sentences: Map<number, boolean>): boolean {
  if (/政府采购/.test(sectionTitle(doc, a))) return true;
  let found = sentences.get(a.sentence);
  if (found === undefined) sentences.set(a.sentence, (found = WORDS.test(sentenceKey(doc, a.sentence))));
  return found;
}

/** Where the clause holding `at` starts: after the last "；", "。" or line break. */
export function clauseStart(doc: NarrativeDoc, at: number): number {
  let start = at;
  while (start > 0 && !/[；;。\n]/.test(doc.text[start - 1])) start--;
  return start;
}

/** The clause before an amount's label, without white space or a trailing comma. */
function clauseBefore(doc: NarrativeDoc, at: number): string {
  return doc.text
    .slice(clauseStart(doc, at), at)
    .replace(/\s+/g, '')
    .replace(/[，,]$/, '');
}

/** One claim per section that speaks of 政府采购 (or per narrative without headings). */
export function extractProcurement(doc: NarrativeDoc): ProcurementClaim[] {
  if (!WORDS.test(doc.text.replace(/\s+/g, ''))) return [];
  const sentences = new Map<number, boolean>();
  const bySection = new Map<number, ProcurementClaim>();
  const claimOf = (section: number): ProcurementClaim => {
    let c = bySection.get(section);
    if (!c) {
      c = {
        total: null,
        categories: {},
        sme: null,
        smeShare: null,
        small: null,
        smallShare: null,
        categoryShares: [],
        reservedSme: null,
        otherSme: null,
      };
      bySection.set(section, c);
    }
    return c;
  };
  for (const a of doc.amounts) {
    if (!inProcurement(doc, a, sentences)) continue;
    const label = a.label.replace(/^[、，,]+/, '');
    if (a.unit === '%') {
      const previous = doc.amounts[a.index - 1];
      const c = claimOf(a.section);
      const cat = CATEGORY_SHARE.exec(label);
      if (cat) {
        if (cat[1] === cat[2]) c.categoryShares.push({ percent: a, category: CATEGORY_WORDS[cat[1]] });
        continue;
      }
      const share = SHARE.exec(label);
      if (!share || !previous || previous.sentence !== a.sentence) continue;
      if (previous === c.sme && !c.smeShare) {
        const base = shareBase(share[1], 'total');
        if (base === 'total') c.smeShare = { percent: a, base };
      } else if (previous === c.small && !c.smallShare) {
        const base = shareBase(share[1], 'sme');
        if (base) c.smallShare = { percent: a, base };
      }
      continue;
    }
    if (/预算|计划|上年|增加|减少|增长|下降/.test(label)) continue;
    const c = claimOf(a.section);
    if (/^采购金额(?:为)?$/.test(label)) {
      const clause = clauseBefore(doc, a.labelStart);
      if (RESERVED_SME.test(clause)) c.reservedSme ??= a;
      else if (OTHER_SME.test(clause)) c.otherSme ??= a;
    } else if (SMALL.test(label)) c.small ??= a;
    else if (SME.test(label)) c.sme ??= a;
    else if (/中小|小微|授予/.test(label)) continue;
    else if (TOTAL.test(label)) c.total ??= a;
    else {
      const m = CATEGORY.exec(label);
      if (m) c.categories[CATEGORY_WORDS[m[1]]] ??= a;
    }
  }
  return [...bySection.values()].filter((c) => c.total || c.sme || c.small);
}

/** True for the words that name the procurement total, so that the 其中 list rule leaves it to narrative.procurement. */
export function isProcurementTotal(label: string): boolean {
  return TOTAL.test(label);
}
