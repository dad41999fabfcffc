import { topicRule } from '../section-rule';
import { NO_DIFFERENCE, PREVIOUS_YEAR, REASON } from '../sections';
import { THREE_COSTS_SECTION } from './three-costs-section';

export const completenessThreeCostsReason = topicRule({
  id: 'completeness.three-costs-reason',
  title: '“三公”经费缺少增减原因',
  description:
    '“三公”经费应写决算与预算的对比、与上年相比的增减及其原因（或写明二者一致）；没有“三公”说明为警告，没有对比或原因为提示。',
  topic: '三公增减原因',
  section: THREE_COSTS_SECTION,
  what: '财政拨款“三公”经费支出的说明',
  lacks(scope) {
    if (REASON.test(scope.key) || NO_DIFFERENCE.test(scope.key)) return [];
    if (!/预算/.test(scope.key) && !PREVIOUS_YEAR.test(scope.key))
      return ['没有写决算与预算的对比、与上年相比的增减及原因'];
    return ['写了决算与预算或上年的对比，但没有说明增减（差异）原因'];
  },
});
