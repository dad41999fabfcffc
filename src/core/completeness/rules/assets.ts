import { topicRule } from '../section-rule';

export const completenessAssets = topicRule({
  id: 'completeness.assets',
  title: '国有资产占用情况不全',
  description:
    '应说明国有资产占用情况：车辆（总数及分类）和单价50万元（或100万元）以上的大型设备；没有这一节为警告，缺其一为提示。',
  topic: '国有资产',
  section: {
    heading: /国有资产|资产占用|资产情况/,
    exclude: /名词|绩效/,
    anchor: /(?:共有|实有|占有)(?:各类)?车辆\d+辆|以上(?:的)?(?:专用)?设备(?:\(不含车辆\))?\d+台/,
  },
  what: '国有资产占用情况的说明',
  lacks(scope) {
    const out: string[] = [];
    if (!/车辆|用车|\d辆/.test(scope.key)) out.push('没有写车辆');
    if (!/设备/.test(scope.key)) out.push('没有写单价50万元（100万元）以上的设备');
    return out;
  },
});
