import { round2 } from '../../numbers';
import { add, meets } from '../interval';
import type { FindingDraft, Rule } from '../../rules/rule';
import type { NarrativeAmount } from '../document';
import { partsRelation } from './relations';
import { formatAmount, intervalOf, inWan, narrativeOf, quote, span } from './shared';

export const narrativeParts: Rule = {
  id: 'narrative.parts',
  title: '情况说明中的分项之和与合计不符',
  description:
    '“X万元，其中：A万元……；B万元……”列出的分项（不以“等”结尾）之和应等于合计；基本支出应等于人员经费与公用经费之和。差额在四舍五入范围内为尾差（提示）。',
  severity: 'error',
  check(ctx, report) {
    const doc = narrativeOf(ctx);
    if (!doc) return;
    const lists: Array<{ whole: NarrativeAmount; parts: NarrativeAmount[] }> = [...doc.claims.parts];
    const bySubject = (s: string) => doc.claims.figures.filter((f) => f.subject === s).map((f) => f.amount);
    for (const basic of bySubject('gp.basic')) {
      const personnel = bySubject('personnel').find(
        (a) => a.section === basic.section && a.start > basic.start,
      );
      const pub = bySubject('public').find((a) => a.section === basic.section && a.start > basic.start);
      if (personnel && pub && !lists.some((l) => l.whole === basic))
        lists.push({ whole: basic, parts: [personnel, pub] });
    }
    for (const { whole, parts } of lists) {
      const sum = round2(parts.reduce((s, p) => s + inWan(p), 0));
      const difference = round2(inWan(whole) - sum);
      const relation = partsRelation(doc, whole, parts);
      if (difference === 0) {
        report.relation?.(relation);
        continue;
      }
      const tail = meets(intervalOf(whole), parts.map(intervalOf).reduce(add));
      const last = parts[parts.length - 1];
      const finding: FindingDraft = {
        severity: tail ? 'info' : undefined,
        message: `${quote(doc, whole.labelStart, last.end)}：分项之和 ${formatAmount(sum)} 万元，与合计 ${formatAmount(inWan(whole))} 万元相差 ${formatAmount(Math.abs(difference))}${tail ? '（尾差）' : ''}`,
        narrative: span(doc, whole.labelStart, whole.end),
        expected: sum,
        actual: inWan(whole),
        difference,
      };
      report(finding);
      report.relation?.(relation, finding);
    }
  },
};
