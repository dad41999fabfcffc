import { topicRule } from '../section-rule';

export const PROCUREMENT_SECTION = {
  heading: /政府采购/,
  exclude: /名词|绩效/,
  anchor: /政府采购(?:支出)?总额|(?:无|没有|未发生|不涉及)政府采购/,
};

/** "本部门无政府采购事项" in words. */
const NONE_PROCURED = /(?:无|没有|未发生|未开展|不涉及)(?:政府)?采购/;

/** "本部门无政府采购事项" or a total of 0: nothing to split. */
export const NO_PROCUREMENT = new RegExp(
  `${NONE_PROCURED.source}|政府采购(?:支出)?(?:总额)?(?:为)?0(?:\\.0+)?(?:万元|元)`,
);

export const completenessProcurement = topicRule({
  id: 'completeness.procurement',
  title: '政府采购说明不全',
  description:
    '应说明政府采购支出总额及其中货物、工程、服务各多少（无政府采购的写明无）；没有这一节为警告，缺分项为提示。',
  topic: '政府采购',
  section: PROCUREMENT_SECTION,
  what: '政府采购支出情况的说明',
  lacks(scope) {
    if (NONE_PROCURED.test(scope.key)) return [];
    const out: string[] = [];
    if (!/总额|合计|共计|总计|政府采购金额/.test(scope.key)) out.push('没有写政府采购支出总额');
    const parts = ['货物', '工程', '服务'].filter((p) => !scope.key.includes(p));
    if (parts.length) out.push(`没有分别写${parts.join('、')}采购支出`);
    return out;
  },
});
