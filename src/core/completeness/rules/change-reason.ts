import { parseNarrative, sentenceKey } from '../../narrative/document';
import type { Rule } from '../../rules/rule';
import { headingAt, headingPath } from '../outline';
import { onNarrative } from '../shared';
import { completenessDoc, locate, PREVIOUS_YEAR, REASON, NO_DIFFERENCE } from '../sections';
import { nonZeroChange, OVERALL_SECTION } from './overall-change';
import { RUNNING_COSTS_SECTION } from './running-costs';
import { THREE_COSTS_SECTION } from './three-costs-section';

/** Sections whose own topic rule judges their reasons, and sections that are not about changes. */
const ELSEWHERE = /三公|机关运行经费|绩效|名词|其他需要说明/;

export const completenessChangeReason: Rule = {
  id: 'completeness.change-reason',
  title: '增减变化未说明原因',
  description:
    '情况说明在别处说明了增减原因，而某处写了与上年相比的增减却没有原因时提示（如财政拨款收支、一般公共预算财政拨款支出的增减）。',
  severity: 'info',
  check(ctx, report) {
    const doc = completenessDoc(ctx);
    if (!doc) return;
    const nd = ctx.narrativeDoc?.() ?? parseNarrative(doc.text);
    const owned = [OVERALL_SECTION, THREE_COSTS_SECTION, RUNNING_COSTS_SECTION]
      .map((spec) => locate(doc, spec))
      .flatMap((l) => (l.kind === 'found' ? [l.scope] : []));
    const keys = nd.sentences.map((s) => sentenceKey(nd, s.index));
    const withReason = keys.filter((k) => REASON.test(k)).length;
    for (const s of nd.sentences) {
      const key = keys[s.index];
      if (!PREVIOUS_YEAR.test(key) || !nonZeroChange(key)) continue;
      if (owned.some((o) => s.start >= o.start && s.start < o.end)) continue;
      const h = headingAt(doc.outline, s.start);
      if (h && headingPath(doc.outline, h).some((t) => ELSEWHERE.test(t))) continue;
      const next = keys[s.index + 1] ?? '';
      if (REASON.test(key) || REASON.test(next) || NO_DIFFERENCE.test(key)) continue;
      if (withReason === 0) continue;
      const text = doc.text.slice(s.start, s.end).replace(/\s+/g, '');
      report(
        onNarrative(
          doc,
          '总体增减原因',
          `“${text.length > 40 ? text.slice(0, 38) + '……' : text}”写了与上年相比的增减，没有说明原因（情况说明其他处说明了增减原因）`,
          'info',
          s,
        ),
      );
    }
  },
};
