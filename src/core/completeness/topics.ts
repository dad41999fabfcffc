/** The completeness topics (REPORT.md, field "topic"): what a reviewer's checklist walks through. */

export const COMPLETENESS_TOPICS = [
  '九张表',
  '空表说明',
  '细化到项',
  '三公分项',
  '三公增减原因',
  '三公数量',
  '部门职责',
  '总体增减原因',
  '项目说明',
  '人员公用经费',
  '机关运行经费',
  '政府采购',
  '中小企业',
  '国有资产',
  '绩效',
  '名词解释',
] as const;

export type CompletenessTopic = (typeof COMPLETENESS_TOPICS)[number];

/** Where a topic can be judged from: the tables, the narrative, or either. */
export const TOPIC_SOURCE: Record<CompletenessTopic, 'tables' | 'narrative' | 'either'> = {
  九张表: 'tables',
  空表说明: 'either',
  细化到项: 'tables',
  三公分项: 'either',
  三公增减原因: 'narrative',
  三公数量: 'narrative',
  部门职责: 'narrative',
  总体增减原因: 'narrative',
  项目说明: 'either',
  人员公用经费: 'narrative',
  机关运行经费: 'narrative',
  政府采购: 'narrative',
  中小企业: 'narrative',
  国有资产: 'narrative',
  绩效: 'narrative',
  名词解释: 'narrative',
};

export function isCompletenessTopic(s: unknown): s is CompletenessTopic {
  return (COMPLETENESS_TOPICS as readonly unknown[]).includes(s);
}
