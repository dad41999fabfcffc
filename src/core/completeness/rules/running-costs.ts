import { topicRule } from '../section-rule';
import { NO_DIFFERENCE, PREVIOUS_YEAR, REASON } from '../sections';
import { nonZeroChange } from './overall-change';

export const RUNNING_COSTS_SECTION = {
  heading: /机关运行经费/,
  exclude: /名词|绩效/,
  anchor: /机关运行经费(?:支出|决算|预算)?(?:决算)?(?:数)?(?:为|是|合计)?\d/,
};

export const completenessRunningCosts = topicRule({
  id: 'completeness.running-costs',
  title: '机关运行经费说明不全',
  description:
    '应说明机关运行经费的金额、与上年相比的增减及原因；没有这一节为警告，缺金额、增减或原因为提示。',
  topic: '机关运行经费',
  section: RUNNING_COSTS_SECTION,
  what: '机关运行经费的说明',
  lacks(scope) {
    const out: string[] = [];
    if (!/\d(?:万元|元|万)/.test(scope.key)) out.push('没有写金额');
    if (!PREVIOUS_YEAR.test(scope.key) && !nonZeroChange(scope.key)) out.push('没有与上年比较');
    else if (nonZeroChange(scope.key) && !REASON.test(scope.key) && !NO_DIFFERENCE.test(scope.key))
      out.push('没有说明增减原因');
    return out;
  },
});
