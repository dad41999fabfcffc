import { topicRule } from '../section-rule';

export const completenessBasicExpense = topicRule({
  id: 'completeness.basic-expense',
  title: '基本支出缺少人员经费、公用经费',
  description:
    '“一般公共预算财政拨款基本支出决算情况”应分别写出人员经费和公用经费；没有这一节为警告，缺其一为提示。',
  topic: '人员公用经费',
  section: {
    heading: /基本支出/,
    exclude: /绩效|名词/,
    anchor: /人员经费(?:支出)?(?:为|是|合计)?\d/,
  },
  what: '基本支出（人员经费、公用经费）的说明',
  lacks(scope) {
    const out: string[] = [];
    if (!/人员经费/.test(scope.key)) out.push('没有写人员经费');
    if (!/公用经费/.test(scope.key)) out.push('没有写公用经费');
    return out;
  },
});
