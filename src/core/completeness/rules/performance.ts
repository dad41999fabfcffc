import { topicRule } from '../section-rule';

const RESULT =
  /得分|自评分|评分|\d分(?![类别析配])|自评等级|评价等级|等次|评为(?:优|良)|[“"](?:优|良|中|差)[”"]/;

export const completenessPerformance = topicRule({
  id: 'completeness.performance',
  title: '缺少绩效自评结果',
  description:
    '应说明预算绩效管理情况和部门整体、项目支出绩效自评结果（得分或等级）；没有这一节为警告，没有自评结果为提示。',
  topic: '绩效',
  section: {
    heading: /绩效/,
    exclude: /名词/,
    anchor: /绩效自评|绩效评价/,
  },
  what: '预算绩效情况（绩效自评结果）的说明',
  lacks(scope) {
    return RESULT.test(scope.key) ? [] : ['没有写绩效自评结果（得分或等级）'];
  },
});
