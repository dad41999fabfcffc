/** Which subject (narrative/table-figures.ts keys) a narrative figure of this year's disclosure speaks of. */

import type { NarrativeAmount, NarrativeDoc } from '../narrative/document';
import { isMoney } from '../narrative/ratio-claims';
import { isPreviousYearLabel } from '../narrative/years';

/** The subject of a figure the narrative names itself ("收入总计…为1,049.22万元"), by its index. */
export function subjectAt(doc: NarrativeDoc, index: number): string | undefined {
  return doc.claims.figures.find((f) => f.amount.index === index)?.subject;
}

/** Last year's figures quoted in this year's narrative: "比上年1,006.19万元增加…", "上年决算数为0.80万元". */
export function priorFigures(
  doc: NarrativeDoc,
  year: number | null,
): Array<{ amount: NarrativeAmount; subject: string }> {
  const out: Array<{ amount: NarrativeAmount; subject: string }> = [];
  for (const a of doc.amounts) {
    if (!isMoney(a) || !isPreviousYearLabel(a.label, year)) continue;
    const subject = subjectOfPrior(doc, a);
    if (subject) out.push({ amount: a, subject });
  }
  return out;
}

function subjectOfPrior(doc: NarrativeDoc, a: NarrativeAmount): string | undefined {
  // The change that follows it ("比上年X万元增加D万元") is stated against the figure its growth claim names.
  const growth = doc.claims.growths.find(
    (g) => g.change.index === a.index + 1 && g.change.sentence === a.sentence,
  );
  if (growth) return subjectAt(doc, growth.current.index);
  // Else the figure named last before it in the same sentence: "因公出国(境)费0.50万元，上年0.80万元".
  for (let i = a.index - 1; i >= 0 && doc.amounts[i].sentence === a.sentence; i--) {
    const s = subjectAt(doc, i);
    if (s) return s;
  }
  return undefined;
}
