/** Which year a narrative speaks of, and which figures it gives for the year before. */

import type { NarrativeDoc } from './document';

/** The disclosure year: the year most often written as "20XX年度", or null when none is. */
export function disclosureYear(text: string): number | null {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/(20\d{2})[ \t]*年度/g))
    counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, n] of counts)
    if (best === null || n > counts.get(best)! || (n === counts.get(best)! && year > best)) best = year;
  return best;
}

/** True when the words naming a figure say it is last year's: "上年支出合计", "比2023年度的", "与上年的". */
export function isPreviousYearLabel(label: string, year: number | null): boolean {
  if (/预算|结转|结余|年初|年末|期末|增加|减少|增长|下降|降低|上升/.test(label)) return false;
  if (/上年|上一年|去年/.test(label)) return true;
  if (year === null) return false;
  const m = /^(?:比|较|与|和|同)?(20\d{2})年/.exec(label);
  return !!m && Number(m[1]) === year - 1;
}

/** The disclosure year of a parsed narrative, computed once. */
const cache = new WeakMap<NarrativeDoc, number | null>();
export function yearOf(doc: NarrativeDoc): number | null {
  if (!cache.has(doc)) cache.set(doc, disclosureYear(doc.text));
  return cache.get(doc)!;
}
