/**
 * The direction of a year-on-year change, stated twice or next to both years' figures:
 * "减少43.03万元，增长4.28%" (two words for one change), "增加43.03万元……减少的主要原因是" (the
 * reason names the other direction), "本年支出X万元，比上年Y万元增加D万元" (the figures fell).
 */

import type { Span } from './claims';
import { compact, compactKey, type CompactText } from './compact';
import type { NarrativeAmount, NarrativeDoc } from './document';
import { isChangeLabel } from './ratio-claims';
import { isPreviousYearLabel, yearOf } from './years';

export type Direction = 1 | -1;

export interface DirectionWord extends Span {
  direction: Direction;
}

/** Two statements of one change that point opposite ways; the second is the one reported. */
export interface DirectionConflict {
  first: DirectionWord;
  second: DirectionWord;
}

/** A change stated next to last year's figure: the direction must follow current − previous. */
export interface YearComparison {
  previous: NarrativeAmount;
  /** This year's figure in the same sentence, when given. */
  current: NarrativeAmount | null;
  /** Otherwise the subject key the sentence names, to be read from the tables (see table-figures.ts). */
  subject: string | null;
  word: DirectionWord;
}

const WORD = /增加|减少|增长|下降|降低|上升|减|增/g;
const RATE_WORD = /^(?:同比)?(增长|下降|减少|降低|增加|上升|增幅|降幅)(?:了|为)?$/;
/** A reason clause with no subject of its own: "增长的主要原因是". */
const REASON = /^(?:均|都)?(增加|减少|增长|下降|降低|上升)的(?:主要)?原因/;
/** A consequence in the reason: "所以收入、支出较上年均增加". */
const CONSEQUENT = /较上年(?:度)?(?:均|都|也|有所)?(增加|减少|增长|下降|降低|上升)/g;

export const directionOf = (word: string): Direction => (/增|上升/.test(word) ? 1 : -1);
const isMoney = (a: NarrativeAmount | undefined): a is NarrativeAmount => !!a && !!a.unit && a.unit !== '%';

/** The span of the last direction word in a figure's label, with the figure: "增加43.03万元". */
function wordIn(doc: NarrativeDoc, a: NarrativeAmount): DirectionWord | null {
  const c = compact(doc.text, a.labelStart, a.start);
  let last: RegExpExecArray | null = null;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(c.key); m; m = WORD.exec(c.key)) last = m;
  if (!last) return null;
  return { start: c.offsets[last.index], end: a.end, direction: directionOf(last[0]) };
}

/** A reason clause opening a clause at key offset i. */
function reasonAt(c: CompactText, i: number): DirectionWord | null {
  const m = REASON.exec(c.key.slice(i));
  if (!m) return null;
  const at = i + m[0].lastIndexOf(m[1] + '的');
  return { start: c.offsets[at], end: c.offsets[i + m[0].length - 1] + 1, direction: directionOf(m[1]) };
}

/** Words that restate the direction of the change just before: the reason clause, then "较上年均增加" within it. */
function restatements(doc: NarrativeDoc, from: number, to: number): DirectionWord[] {
  const c = compact(doc.text, from, to);
  for (let i = 0; i < c.key.length; i++) {
    if (i > 0 && !/[，,；;：:。]/.test(c.key[i - 1])) continue;
    const reason = reasonAt(c, i);
    if (!reason) continue;
    const out = [reason];
    CONSEQUENT.lastIndex = i;
    for (let m = CONSEQUENT.exec(c.key); m; m = CONSEQUENT.exec(c.key))
      out.push({
        start: c.offsets[m.index],
        end: c.offsets[m.index + m[0].length - 1] + 1,
        direction: directionOf(m[1]),
      });
    return out;
  }
  return [];
}

export function extractDirectionConflicts(doc: NarrativeDoc): DirectionConflict[] {
  const out: DirectionConflict[] = [];
  for (const c of doc.amounts) {
    if (!isMoney(c) || c.value === 0 || !isChangeLabel(c.label)) continue;
    const first = wordIn(doc, c);
    if (!first) continue;
    let end = c.end;
    const next = doc.amounts[c.index + 1];
    if (next && next.unit === '%' && next.sentence === c.sentence && RATE_WORD.test(next.label)) {
      end = next.end;
      const rateWord = RATE_WORD.exec(next.label)![1];
      if (next.value !== 0 && !/幅/.test(rateWord) && directionOf(rateWord) !== first.direction) {
        const second = wordIn(doc, next);
        if (second) out.push({ first, second });
        continue;
      }
    }
    // The rest of the sentence up to the next figure, or the next sentence when it opens with the reason.
    const s = doc.sentences[c.sentence];
    const following = (doc.amountsBySentence[c.sentence] ?? []).find((a) => a.start >= end);
    const words = restatements(doc, end, following ? following.labelStart : s.end);
    const after = doc.sentences[c.sentence + 1];
    if (!following && words.length === 0 && after) {
      const firstAmount = doc.amountsBySentence[after.index]?.[0];
      const reason = reasonAt(
        compact(doc.text, after.start, firstAmount ? firstAmount.labelStart : after.end),
        0,
      );
      if (reason) words.push(reason);
    }
    const contrary = words.find((w) => w.direction !== first.direction);
    if (contrary) out.push({ first, second: contrary });
  }
  return out;
}

/** The subject a sentence names before last year's figure, when it gives no figure for this year. */
const SUBJECTS: Array<[RegExp, string]> = [
  [/财政拨款收、?支总计|财政拨款(?:收入|支出)总计/, 'fiscalGrandTotal'],
  [/收、?支总计|收入总计|支出总计/, 'grandTotal'],
  [/本年收入合计/, 'totalIncome'],
  [/本年支出合计/, 'totalExpense'],
  [/一般公共预算财政拨款支出/, 'gp.total'],
  [/三公经费(?:财政拨款)?支出/, 'threeCosts.actual.total'],
];

function subjectBefore(doc: NarrativeDoc, p: NarrativeAmount): string | null {
  const s = doc.sentences[p.sentence];
  const key = compactKey(doc.text, s.start, p.start);
  for (const [re, subject] of SUBJECTS) if (re.test(key)) return subject;
  return null;
}

export function extractYearComparisons(doc: NarrativeDoc): YearComparison[] {
  const year = yearOf(doc);
  const out: YearComparison[] = [];
  for (const p of doc.amounts) {
    if (!isMoney(p) || !isPreviousYearLabel(p.label, year)) continue;
    const inSentence = doc.amountsBySentence[p.sentence] ?? [];
    const change = inSentence.find((a) => a.index > p.index && isMoney(a) && isChangeLabel(a.label));
    let word = change ? wordIn(doc, change) : null;
    if (!word) {
      const next = inSentence.find((a) => a.index > p.index);
      const c = compact(doc.text, p.end, next ? next.labelStart : doc.sentences[p.sentence].end);
      const m = /^[^。；;]*?(增加|减少|增长|下降|降低|上升)/.exec(c.key);
      if (!m || /的(?:主要)?原因/.test(c.key.slice(m.index + m[0].length, m.index + m[0].length + 4)))
        continue;
      const at = m.index + m[0].length - m[1].length;
      word = { start: c.offsets[at], end: c.offsets[at + m[1].length - 1] + 1, direction: directionOf(m[1]) };
    }
    const usable = (a: NarrativeAmount) =>
      a !== p &&
      isMoney(a) &&
      a.unit === p.unit &&
      !isChangeLabel(a.label) &&
      !isPreviousYearLabel(a.label, year) &&
      !/预算(?:数)?(?:为)?$|年初预算|全年预算/.test(a.label);
    const before = inSentence.filter((a) => a.index < p.index && usable(a));
    const after = inSentence.filter(
      (a) => a.index > p.index && (!change || a.index < change.index) && usable(a),
    );
    const current = before[before.length - 1] ?? after[0] ?? null;
    const subject = current ? null : subjectBefore(doc, p);
    if (!current && !subject) continue;
    out.push({ previous: p, current, subject, word });
  }
  return out;
}
