/**
 * Shares stated against a named base: "财政拨款支出953.20万元，占本年支出合计的100%",
 * "占一般公共预算财政拨款支出的P%", "占“三公”经费的P%". The base the words name is the
 * denominator, not the nearest total; only bases that name one table figure are read.
 */

import type { NarrativeAmount, NarrativeDoc } from './document';
import { sectionTitle, sentenceText } from './document';
import { isChangeLabel } from './ratio-claims';
import { isPreviousYearLabel, yearOf } from './years';

export interface NamedShareClaim {
  part: NarrativeAmount;
  percent: NarrativeAmount;
  /** The base as written: "本年支出合计". */
  base: string;
  /** Its subject key (see table-figures.ts). */
  subject: string;
}

const NAMED = /^占(.+?)(?:的)?(?:比例|比重)?(?:为)?$/;
const YEAR = '(?:\\d{4}年度?)?(?:本年度?)?';

/** The subject key of a named base, or null when the words do not name exactly one table figure. */
export function baseSubject(words: string, section: string): string | null {
  const w = words.replace(new RegExp(`^${YEAR}`), '');
  if (/^(?:收入|支出)总计$/.test(w)) return 'grandTotal';
  if (/^(?:本年)?支出合计$|^总支出$|^支出总额$/.test(w)) return 'totalExpense';
  if (/^(?:本年)?收入合计$/.test(w)) return 'totalIncome';
  if (/^一般公共预算财政拨款支出(?:合计|总额|决算)?$/.test(w)) return 'gp.total';
  if (/^(?:一般公共预算)?财政拨款基本支出(?:合计|总额)?$/.test(w)) return 'gp.basic';
  if (/^基本支出(?:合计|总额)?$/.test(w)) return /基本支出/.test(section) ? 'gp.basic' : 'expense.basic';
  if (/^项目支出(?:合计|总额)?$/.test(w)) return /一般公共预算/.test(section) ? null : 'expense.project';
  if (/^人员经费(?:合计|总额)?$/.test(w)) return 'personnel';
  if (/^公用经费(?:合计|总额)?$/.test(w)) return 'public';
  if (/^三公经费(?:财政拨款)?(?:支出)?(?:决算)?(?:数)?(?:合计|总额)?$/.test(w))
    return 'threeCosts.actual.total';
  return null;
}

/** The figure a share is of: the money figure just before it (a completion rate may stand between). */
function partBefore(doc: NarrativeDoc, p: NarrativeAmount): NarrativeAmount | null {
  const year = yearOf(doc);
  const ownSentence = doc.sentences[p.sentence];
  for (let i = p.index - 1, skipped = 0; i >= 0 && skipped <= 1; i--) {
    const a = doc.amounts[i];
    if (a.unit === '%') {
      skipped++;
      continue;
    }
    const sameSentence = a.sentence === p.sentence;
    // "…完成年初预算的235.02%。占本年支出合计的100%。": a sentence opening with 占 continues the one before.
    const opens = a.sentence === p.sentence - 1 && p.labelStart === ownSentence.start;
    if (!sameSentence && !opens) return null;
    if (
      a.section !== p.section ||
      isChangeLabel(a.label) ||
      isPreviousYearLabel(a.label, year) ||
      /预算(?:数)?(?:为)?$|年初预算|全年预算/.test(a.label)
    )
      return null;
    return a;
  }
  return null;
}

export function extractNamedShares(doc: NarrativeDoc): NamedShareClaim[] {
  const out: NamedShareClaim[] = [];
  for (const p of doc.amounts) {
    if (p.unit !== '%') continue;
    const m = NAMED.exec(p.label);
    if (!m || m[1] === '比') continue;
    const subject = baseSubject(m[1], sectionTitle(doc, p));
    if (!subject) continue;
    // "财政拨款支出总计为237,100万元，其中基本支出…，占总支出的83.94%": there 总支出 is the 财政拨款 one.
    if (/^(?:总支出|支出总额)$/.test(m[1]) && /财政拨款/.test(sentenceText(doc, p.sentence))) continue;
    const part = partBefore(doc, p);
    if (part) out.push({ part, percent: p, base: m[1], subject });
  }
  return out;
}
