import { topicRule } from '../section-rule';
import { NO_DIFFERENCE, PREVIOUS_YEAR, REASON } from '../sections';
import { nothingSpent, THREE_COSTS_SECTION } from './three-costs-section';

export const completenessThreeCostsReason = topicRule({
  id: 'completeness.three-costs-reason',
  title: '“三公”经费缺少增减原因',
  description:
    '“三公”经费应写决算与预算的对比、与上年相比的增减及其原因（或写明二者一致）；没有对比或原因为提示；没有“三公”说明由“三公”经费未分项报告。',
  topic: '三公增减原因',
  section: THREE_COSTS_SECTION,
  what: '财政拨款“三公”经费支出的说明',
  reportsAbsence: false,
  lacks(scope) {
    if (REASON.test(scope.key) || NO_DIFFERENCE.test(scope.key)) return [];
    if (!/预算/.test(scope.key) && !PREVIOUS_YEAR.test(scope.key))
      // Nothing spent this year: still to say whether the budget or last year had any.
      return nothingSpent(scope.key)
        ? ['写明无“三公”经费支出，但没有写与预算、上年的对比（预算、上年是否也为0）']
        : ['没有写决算与预算的对比、与上年相比的增减及原因'];
    return ['写了决算与预算或上年的对比，但没有说明增减（差异）原因'];
  },
});
