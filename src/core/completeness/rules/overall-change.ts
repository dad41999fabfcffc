import { topicRule } from '../section-rule';
import { CHANGE_AMOUNT, NO_DIFFERENCE, PREVIOUS_YEAR, REASON } from '../sections';

export const OVERALL_SECTION = {
  heading: /(?:收入支出|收支)(?:决算|预算)?(?:执行)?总体|总体收支|收支总体/,
  exclude: /财政拨款|三公|绩效/,
  anchor: /收[、,]?支总计|收入总计[、,和与]支出总计|收入和支出总计/,
  // 财政拨款收支总计 is another topic. (No regex lookbehind: older WPS engines cannot parse it.)
  anchorNotAfter: '拨款',
};

/** True when a passage compares with the previous year and the change is not zero. */
export function nonZeroChange(key: string): boolean {
  for (const m of key.matchAll(CHANGE_AMOUNT)) if (Number(m[1].replace(/,/g, '')) !== 0) return true;
  return false;
}

export const completenessOverallChange = topicRule({
  id: 'completeness.overall-change',
  title: '收支总体情况缺少增减及原因',
  description:
    '“收入支出决算总体情况”应说明收支总计、与上年相比的增减和增减原因；没有这一节为警告，没有比较或没有原因为提示。',
  topic: '总体增减原因',
  section: OVERALL_SECTION,
  what: '收入支出决算总体情况的说明',
  lacks(scope) {
    if (!PREVIOUS_YEAR.test(scope.key) && !nonZeroChange(scope.key)) return ['没有与上年相比的增减'];
    if (!nonZeroChange(scope.key) || NO_DIFFERENCE.test(scope.key)) return [];
    return REASON.test(scope.key) ? [] : ['写了与上年相比的增减，但没有说明增减原因'];
  },
});
