/**
 * Figures that name a table figure ("本年收入合计1,049.22万元", "人员经费652.05万元") and claims
 * that a kind of money did not exist ("本部门无项目支出"). Subject keys are resolved against the
 * tables in table-figures.ts.
 */

import type { CompletionClaim, FigureClaim, NoneClaim } from './claims';
import { compact, compactKey, matchSpans } from './compact';
import { sectionTitle, sentenceKey, type NarrativeAmount, type NarrativeDoc } from './document';
import { isChangeLabel } from './ratio-claims';

const YEAR = '(?:\\d{4}年度?)?';
const STARTS: Array<[RegExp, string]> = [
  [new RegExp(`^${YEAR}(?:本年)?收入合计(?:为)?$`), 'totalIncome'],
  [new RegExp(`^${YEAR}(?:本年)?支出合计(?:为)?$`), 'totalExpense'],
];
const INCOME_PARTS: Array<[RegExp, string]> = [
  [/^财政拨款(?:收入)?$/, 'income.fiscal'],
  [/^上级补助收入$/, 'income.superior'],
  [/^事业收入$/, 'income.business'],
  [/^(?:事业单位)?经营收入$/, 'income.operating'],
  [/^附属单位上缴收入$/, 'income.affiliated'],
  [/^其他收入$/, 'income.other'],
];
const EXPENSE_PARTS: Array<[RegExp, string]> = [
  [/^基本支出$/, 'expense.basic'],
  [/^项目支出$/, 'expense.project'],
];
const THREE_COSTS: Array<[RegExp, string]> = [
  [/因公出国\(境\)费(?:用)?(?:支出)?(?:决算)?(?:为)?$/, 'abroad'],
  [/公务用车购置及运行(?:维护)?费(?:支出)?(?:决算)?(?:为)?$/, 'carSubtotal'],
  [/^公务用车购置(?:费|支出)(?:为)?$/, 'carPurchase'],
  [/^公务用车运行(?:维护)?(?:费|支出)(?:为)?$/, 'carRunning'],
  [/^公务接待费(?:支出)?(?:决算)?(?:为)?$/, 'reception'],
];

/** The subject key of a money figure from its own words, its sentence and its section. */
function subjectOf(doc: NarrativeDoc, a: NarrativeAmount, head: string | undefined): string | null {
  const label = a.label;
  if (isChangeLabel(label) || /预算(?:数)?(?:为)?$|年初|上年|同比|较/.test(label)) return null;
  const section = sectionTitle(doc, a);
  if (
    /总计/.test(label) &&
    (/^(?:\d{4}年度?)?(?:财政拨款)?(?:收、?支|收入|支出)总计(?:、?支出总计)?(?:均|各)?(?:为)?$/.test(label) ||
      // "上海市普陀区财政局2024年度财政拨款收入支出总计": both sides named, the unit's name may open it.
      /^(?:[^\d\s]{0,40}?\d{4}年度?)?(?:财政拨款)?收入、?支出总计(?:均|各)?(?:为)?$/.test(label))
  )
    return /财政拨款/.test(label) ? 'fiscalGrandTotal' : 'grandTotal';
  for (const [re, key] of STARTS) if (re.test(label)) return key;
  if (head === 'totalIncome') for (const [re, key] of INCOME_PARTS) if (re.test(label)) return key;
  if (head === 'totalExpense') for (const [re, key] of EXPENSE_PARTS) if (re.test(label)) return key;
  if (/基本支出/.test(section)) {
    if (new RegExp(`^${YEAR}(?:一般公共预算)?财政拨款基本支出(?:为)?$`).test(label)) return 'gp.basic';
    if (/^人员经费(?:合计)?(?:为)?$/.test(label)) return 'personnel';
    if (/^公用经费(?:合计)?(?:为)?$/.test(label)) return 'public';
  }
  if (/一般公共预算财政拨款支出/.test(section)) {
    if (new RegExp(`^${YEAR}(?:一般公共预算)?财政拨款支出(?:决算)?(?:为)?$`).test(label)) return 'gp.total';
    if (head === 'gp.total' && /支出$|\(类\)/.test(label))
      return `class:${label.replace(/\(类\)/, '').replace(/支出$/, '')}支出`;
  }
  if (new RegExp(`^${YEAR}政府性基金预算财政拨款支出(?:决算)?(?:为)?$`).test(label)) return 'gf.total';
  if (new RegExp(`^${YEAR}国有资本经营预算财政拨款支出(?:决算)?(?:为)?$`).test(label)) return 'soe.total';
  if (/三公/.test(section) && !/外宾|国内|其他/.test(label)) {
    for (const [re, key] of THREE_COSTS) if (re.test(label)) return `threeCosts.actual.${key}`;
    if (/三公经费(?:财政拨款)?支出(?:决算)?(?:数)?(?:为)?$/.test(label)) return 'threeCosts.actual.total';
  }
  if (/机关运行经费(?:支出)?(?:决算)?(?:为)?$/.test(label)) return 'runningCosts';
  return null;
}

/** Where each word first occurs in a sentence's key, per document (words looked up once per sentence). */
const firstWords = new WeakMap<NarrativeDoc, Map<number, Map<string, number>>>();

/**
 * Whether a word occurs in the words of the figure's sentence up to the figure (its label included): the
 * sentence's key is searched once per word, not once per figure (a sentence with thousands of figures).
 */
function wordsBefore(doc: NarrativeDoc, a: NarrativeAmount): (word: string) => boolean {
  let bySentence = firstWords.get(doc);
  if (!bySentence) firstWords.set(doc, (bySentence = new Map()));
  let words = bySentence.get(a.sentence);
  if (!words) bySentence.set(a.sentence, (words = new Map()));
  const s = doc.sentences[a.sentence];
  const length = compactKey(doc.text, s.start, a.labelStart).length;
  return (word) => {
    let at = words.get(word);
    if (at === undefined) {
      at = compactKey(doc.text, s.start, s.end).indexOf(word);
      words.set(word, at);
    }
    if (at >= 0 && at + word.length <= length) return true;
    // The label, and a word that runs from the words before into it.
    const tail = compactKey(doc.text, Math.max(s.start, a.labelStart - word.length * 4), a.labelStart);
    return (tail.slice(-(word.length - 1)) + a.label).includes(word);
  };
}

/** The subject of a completion claim's figures from the words before its budget figure. */
function completionSubject(
  doc: NarrativeDoc,
  c: CompletionClaim,
): { actual: string; budget: string | null } | null {
  if (c.item) return null;
  const section = sectionTitle(doc, c.budget);
  if (!/决算|三公|机关运行经费/.test(section)) return null;
  const has = wordsBefore(doc, c.budget);
  if (has('三公') || (/三公/.test(section) && (has('因公出国') || has('公务用车') || has('公务接待')))) {
    const key = has('因公出国')
      ? 'abroad'
      : has('公务用车购置及运行')
        ? 'carSubtotal'
        : has('公务接待')
          ? 'reception'
          : has('三公')
            ? 'total'
            : null;
    return key ? { actual: `threeCosts.actual.${key}`, budget: `threeCosts.budget.${key}` } : null;
  }
  if (has('政府性基金')) return { actual: 'gf.total', budget: null };
  if (has('国有资本经营')) return { actual: 'soe.total', budget: null };
  if (has('机关运行经费')) return { actual: 'runningCosts', budget: null };
  if (has('财政拨款支出') && /一般公共预算财政拨款支出/.test(section))
    return { actual: 'gp.total', budget: null };
  return null;
}

export function extractFigureClaims(doc: NarrativeDoc, completions: CompletionClaim[]): FigureClaim[] {
  const out: FigureClaim[] = [];
  const seen = new Set<number>();
  const add = (amount: NarrativeAmount, subject: string) => {
    if (seen.has(amount.index)) return;
    seen.add(amount.index);
    out.push({ amount, subject, what: doc.text.slice(amount.labelStart, amount.start).trim() || subject });
  };
  for (const c of completions) {
    const subject = completionSubject(doc, c);
    if (!subject) continue;
    add(c.actual, subject.actual);
    if (subject.budget) add(c.budget, subject.budget);
  }
  let heads = new Map<number, string>();
  for (const a of doc.amounts) {
    if (a.unit === '%' || seen.has(a.index)) continue;
    if (a.index === 0 || doc.amounts[a.index - 1].sentence !== a.sentence) heads = new Map();
    const listed = /其中|主要用于/.test(sentenceKey(doc, a.sentence));
    const head = listed ? heads.get(a.sentence) : undefined;
    const subject = subjectOf(doc, a, head);
    if (!subject) continue;
    if (!heads.has(a.sentence)) heads.set(a.sentence, subject);
    add(a, subject);
  }
  return out;
}

const NONE =
  /(?:本部门|本单位|我部门|我单位|我局)(?:\d{4}年度?)?(?:无|没有)(?:财政拨款)?(项目支出|基本支出|政府性基金预算财政拨款(?:收支|收入|支出)?|国有资本经营预算财政拨款(?:收支|收入|支出)?|三公经费(?:支出)?|因公出国\(境\)费(?:支出)?|公务用车购置费(?:支出)?|公务用车运行维护费(?:支出)?|公务用车购置及运行维护费(?:支出)?|公务接待费(?:支出)?|会议费(?:支出)?|培训费(?:支出)?)/g;

function noneSubject(words: string): string {
  if (/项目支出/.test(words)) return 'expense.project';
  if (/基本支出/.test(words)) return 'expense.basic';
  if (/政府性基金/.test(words)) return 'table.公开07';
  if (/国有资本经营/.test(words)) return 'table.公开08';
  if (/三公/.test(words)) return 'threeCosts.actual.total';
  if (/因公出国/.test(words)) return 'threeCosts.actual.abroad';
  if (/购置及运行/.test(words)) return 'threeCosts.actual.carSubtotal';
  if (/购置费/.test(words)) return 'threeCosts.actual.carPurchase';
  if (/运行维护费/.test(words)) return 'threeCosts.actual.carRunning';
  if (/接待/.test(words)) return 'threeCosts.actual.reception';
  if (/会议费/.test(words)) return 'threeCosts.actual.meeting';
  return 'threeCosts.actual.training';
}

export function extractNoneClaims(doc: NarrativeDoc): NoneClaim[] {
  const out: NoneClaim[] = [];
  for (const s of doc.sentences) {
    const c = compact(doc.text, s.start, s.end);
    if (!/无|没有/.test(c.key)) continue;
    for (const { match, start, end } of matchSpans(c, NONE))
      out.push({ start, end, subject: noneSubject(match[1]), text: doc.text.slice(start, end) });
  }
  return out;
}
