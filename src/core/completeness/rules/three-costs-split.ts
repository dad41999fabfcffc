import { location } from '../../report';
import type { Rule, RuleContext, FindingDraft } from '../../rules/rule';
import { faceTableName } from '../../faces/names';
import type { ThreeCostKey } from '../../tables/model';
import { headingText, onNarrative, scopeName } from '../shared';
import { completenessDoc, locate } from '../sections';
import { nothingSpent, THREE_COSTS_SECTION } from './three-costs-section';

const PARTS: Array<[string, RegExp]> = [
  ['因公出国（境）费', /因公出国|出国\(境\)|出国境/],
  ['公务用车购置费', /(?:公务用车|车辆)购置|购置(?:公务用车|车辆)|购置费/],
  ['公务用车运行维护费', /运行(?:维护)?费|运行支出|运维|运行维护/],
  ['公务接待费', /公务接待|接待费|接待支出/],
];

/** 公开09 must show 公务用车 split into 购置费 and 运行维护费, and the three items. */
function tableSide(ctx: RuleContext, report: (f: FindingDraft) => void): void {
  const t = ctx.threeCosts();
  if (!t) return;
  // A key without a figure is a column the table shows empty (a table of no 三公 spending closed by its 说明).
  const has = (k: ThreeCostKey) => k in t.budget || k in t.actual;
  const lacking: string[] = [];
  if (!has('abroad')) lacking.push('因公出国(境)费');
  if (!has('reception')) lacking.push('公务接待费');
  if (!has('carPurchase') || !has('carRunning')) lacking.push('公务用车购置费和运行维护费的分列');
  if (lacking.length === 0) return;
  const car = t.actual.carSubtotal ?? t.budget.carSubtotal;
  report({
    message: `${faceTableName(ctx.face, '公开09')}没有${lacking.join('、')}：“三公”经费应分三项列示，公务用车分购置费和运行维护费`,
    topic: '三公分项',
    table: '公开09',
    ...location(car && !has('carPurchase') ? car.ref : t.titleRef),
  });
}

export const completenessThreeCostsSplit: Rule = {
  id: 'completeness.three-costs-split',
  title: '“三公”经费未分项',
  description:
    '公开09和情况说明都应分列因公出国(境)费、公务用车购置费、公务用车运行维护费、公务接待费；没有“三公”经费说明或公开09不分列为警告，说明中缺某一项为提示。',
  severity: 'warning',
  check(ctx, report) {
    tableSide(ctx, report);
    const doc = completenessDoc(ctx);
    if (!doc) return;
    const found = locate(doc, THREE_COSTS_SECTION);
    if (found.kind === 'absent') {
      report(onNarrative(doc, '三公分项', '情况说明中没有财政拨款“三公”经费支出的说明', 'warning'));
      return;
    }
    if (found.kind === 'empty') {
      report(
        onNarrative(
          doc,
          '三公分项',
          `${headingText(doc, found.heading)}下面没有内容`,
          'warning',
          found.heading,
        ),
      );
      return;
    }
    // "本部门无财政拨款“三公”经费支出": there are no parts to split.
    if (nothingSpent(found.scope.key)) return;
    const missing = PARTS.filter(([, re]) => !re.test(found.scope.key)).map(([name]) => name);
    if (missing.length === 0) return;
    report(
      onNarrative(
        doc,
        '三公分项',
        `${scopeName(doc, found.scope, '“三公”经费')}没有分项说明${missing.join('、')}`,
        'info',
        found.scope.at,
      ),
    );
  },
};
