/** Shares, year-on-year changes, completion rates and 其中 lists: the figures a percentage is computed from. */

import type {
  CompletionClaim,
  ComparisonWord,
  GrowthClaim,
  ItemHeader,
  PartsClaim,
  Relation,
  ShareClaim,
} from './claims';
import { compact } from './compact';
import type { NarrativeAmount, NarrativeDoc } from './document';
import { isProcurementTotal } from './procurement-claims';
import { isPreviousYearLabel, yearOf } from './years';

/** An amount with a money unit (万元, 元 …), not a percentage and not a bare number. */
export const isMoney = (a: NarrativeAmount | undefined): a is NarrativeAmount =>
  !!a && a.unit !== null && a.unit !== '%';
const isPercent = (a: NarrativeAmount | undefined): boolean => !!a && a.unit === '%';

const CHANGE_WORD = /(增加|减少|增长|下降|降低|上升|减|增)了?$/;
const RATE_WORD = /^(?:同比)?(增长|下降|减少|降低|增加|上升|增幅|降幅)(?:了|为)?$/;
const BUDGET_LABEL = /预算(?:数)?(?:为)?$/;
const ACTUAL_LABEL = /(?:决算|执行数|决算数)(?:为)?$/;
const COMPLETION_LABEL = /^完成(?:年初|全年)?预算(?:数)?的?$/;
const EXCEED_LABEL = /^(?:超出|超过)(?:年初|全年)?预算(?:数)?的?$/;
const LIST_MARK = /其中|主要用于/;

export function isChangeLabel(label: string): boolean {
  return CHANGE_WORD.test(label);
}

/** Where a 其中/主要用于 list starts in a sentence, as an original offset, or -1. */
function listStart(doc: NarrativeDoc, sentence: number): number {
  const s = doc.sentences[sentence];
  const m = LIST_MARK.exec(doc.text.slice(s.start, s.end));
  return m ? s.start + m.index : -1;
}

/** A sentence of the same section that ends in a colon after a 其中/主要用于 mark: the next sentence is its list. */
function introducesList(doc: NarrativeDoc, sentence: number, section: number): boolean {
  const s = doc.sentences[sentence];
  if (!s || s.section !== section) return false;
  const text = doc.text.slice(s.start, s.end).trim();
  return /[：:]$/.test(text) && listStart(doc, sentence) >= 0;
}

/** The last money figure of a sentence before an offset: the whole a 其中 list divides. */
function wholeBefore(doc: NarrativeDoc, sentence: number, offset: number): NarrativeAmount | undefined {
  let found: NarrativeAmount | undefined;
  for (const a of doc.amountsBySentence[sentence] ?? []) if (a.end <= offset && isMoney(a)) found = a;
  return found;
}

export function extractShares(doc: NarrativeDoc): ShareClaim[] {
  const out: ShareClaim[] = [];
  for (const p of doc.amounts) {
    if (!isPercent(p) || !/^占比?(?:为)?$/.test(p.label)) continue;
    const part = doc.amounts[p.index - 1];
    if (!isMoney(part) || part.sentence !== p.sentence) continue;
    let listSentence = p.sentence;
    let mark = listStart(doc, listSentence);
    // "…支出307.82万元，主要用于以下方面：" on a line of its own, the list on the next.
    if (mark < 0 && introducesList(doc, p.sentence - 1, p.section)) mark = listStart(doc, --listSentence);
    if (mark < 0 || part.start < mark) continue;
    const whole = wholeBefore(doc, listSentence, mark);
    if (!whole || whole.unit !== part.unit || isChangeLabel(whole.label) || isChangeLabel(part.label))
      continue;
    out.push({ part, whole, percent: p });
  }
  return out;
}

export function extractGrowths(doc: NarrativeDoc): GrowthClaim[] {
  const out: GrowthClaim[] = [];
  for (const c of doc.amounts) {
    if (!isMoney(c)) continue;
    const word = CHANGE_WORD.exec(c.label);
    if (!word) continue;
    const direction = /增|上升/.test(word[1]) ? 1 : -1;
    const next = doc.amounts[c.index + 1];
    const rate =
      next && isPercent(next) && next.sentence === c.sentence && RATE_WORD.test(next.label) ? next : null;
    let current: NarrativeAmount | undefined;
    for (let i = c.index - 1; i >= 0; i--) {
      const a = doc.amounts[i];
      // Last year's figure ("比上年1,006.19万元增加…") is not the current one: look further back.
      if (isPercent(a) || (a.sentence === c.sentence && isPreviousYearLabel(a.label, yearOf(doc)))) continue;
      const usable =
        a.section === c.section &&
        a.sentence >= c.sentence - 2 &&
        a.unit === c.unit &&
        !isChangeLabel(a.label) &&
        !BUDGET_LABEL.test(a.label);
      if (usable) current = a;
      break;
    }
    if (!current) continue;
    if (rate) {
      const rateWord = RATE_WORD.exec(rate.label)![1];
      if ((/增|上升/.test(rateWord) ? 1 : -1) !== direction) continue;
    }
    out.push({ current, change: c, rate, direction });
  }
  return out;
}

const COMPARISONS: Array<[RegExp, Relation]> = [
  [/决算数?(?:明显|略)?大于(?:年初|全年)?预算数?/, 'greater'],
  [/决算数?(?:明显|略)?小于(?:年初|全年)?预算数?/, 'less'],
  [
    /决算数?(?:与|和)(?:年初|全年)?预算数?(?:基本)?(?:持平|相等|一致|不存在差异|无差异|没有差异)|决算数?等于(?:年初|全年)?预算数?/,
    'equal',
  ],
];

/** The first amount starting at or after `from` in a sentence's amounts (in text order): a binary search. */
function firstFrom(amounts: NarrativeAmount[], from: number): NarrativeAmount | undefined {
  let lo = 0;
  let hi = amounts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (amounts[mid].start >= from) hi = mid;
    else lo = mid + 1;
  }
  return amounts[lo];
}

/** The comparison word that follows a pair of figures, before the next sentence with figures. */
function comparisonAfter(doc: NarrativeDoc, from: number, sentence: number): ComparisonWord | null {
  const last = Math.min(sentence + 1, doc.sentences.length - 1);
  let end = doc.sentences[last].end;
  const nextAmount =
    firstFrom(doc.amountsBySentence[sentence] ?? [], from) ??
    firstFrom(doc.amountsBySentence[sentence + 1] ?? [], from);
  if (nextAmount && nextAmount.start < end) end = nextAmount.labelStart;
  if (end <= from) return null;
  const c = compact(doc.text, from, end);
  for (const [re, relation] of COMPARISONS) {
    const m = re.exec(c.key);
    if (m) return { relation, start: c.offsets[m.index], end: c.offsets[m.index + m[0].length - 1] + 1 };
  }
  return null;
}

/** A 类/款/项 header ending just before the budget figure, with no other figure in between. */
function itemBefore(doc: NarrativeDoc, budget: NarrativeAmount, items: ItemHeader[]): ItemHeader | null {
  const previous = doc.amounts[budget.index - 1];
  const floor = previous ? previous.end : 0;
  let best: ItemHeader | null = null;
  for (const h of items) if (h.end <= budget.labelStart && h.start >= floor) best = h;
  if (!best) return null;
  const s = doc.sentences.find((x) => x.start <= best!.start && best!.start < x.end);
  return s && s.index >= budget.sentence - 1 ? best : null;
}

export function extractCompletions(doc: NarrativeDoc, items: ItemHeader[]): CompletionClaim[] {
  const out: CompletionClaim[] = [];
  for (const b of doc.amounts) {
    if (!isMoney(b) || !BUDGET_LABEL.test(b.label) || /决算|调整/.test(b.label)) continue;
    const a = doc.amounts[b.index + 1];
    if (!isMoney(a) || a.sentence !== b.sentence || !ACTUAL_LABEL.test(a.label)) continue;
    const p = doc.amounts[a.index + 1];
    const completion = !!p && isPercent(p) && p.sentence <= a.sentence + 1 && p.section === a.section;
    const percent = completion && (COMPLETION_LABEL.test(p.label) || EXCEED_LABEL.test(p.label)) ? p : null;
    out.push({
      budget: b,
      actual: a,
      percent,
      exceed: !!percent && EXCEED_LABEL.test(percent.label),
      comparison: comparisonAfter(doc, (percent ?? a).end, (percent ?? a).sentence),
      item: itemBefore(doc, b, items),
    });
  }
  return out;
}

export function extractParts(doc: NarrativeDoc): PartsClaim[] {
  const out: PartsClaim[] = [];
  for (const s of doc.sentences) {
    const mark = listStart(doc, s.index);
    if (mark < 0) continue;
    const whole = wholeBefore(doc, s.index, mark);
    if (!whole || isChangeLabel(whole.label) || (/预算/.test(whole.label) && !/决算/.test(whole.label)))
      continue;
    // 政府采购 总额 = 货物 + 工程 + 服务 is narrative.procurement's.
    if (isProcurementTotal(whole.label)) continue;
    const inList = (doc.amountsBySentence[s.index] ?? []).filter((a) => a.start > mark);
    if (inList.some((a) => isMoney(a) && (isChangeLabel(a.label) || /预算|合计|总额/.test(a.label))))
      continue;
    const parts = inList.filter((a) => isMoney(a) && a.unit === whole.unit);
    if (parts.length < 2) continue;
    const tail = doc.text.slice(parts[parts.length - 1].end, s.end);
    if (/^[^，,；;。]*等/.test(tail)) continue;
    out.push({ whole, parts });
  }
  return out;
}
