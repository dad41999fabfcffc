/**
 * Central units that publish four tables (e.g. 教育部直属高校, DOMAIN.md §1), printed as "表1：高等学校收支决算
 * 总表" … "表4：高等学校财政拨款支出决算表", codes in one column. In the model the 总表 is 公开01, the 收入 and
 * 支出 tables 公开02/03, and the 财政拨款支出决算表 (功能分类 rows; 合计, 基本支出, 项目支出) 公开05.
 * Two "其中" columns are parts of their parent, not addends of the row: 表2's 事业收入 其中：教育收费 and
 * 表4's 项目支出 其中：基本建设资金支出.
 */

import type { ColumnSpec, Face } from './face';
import { MOF_FACE, STANDARD_CODED_COLUMNS, STANDARD_WORDS } from './mof';

/** 表2 收入决算表: 事业收入 in two columns, 金额 and 其中：教育收费. */
const INCOME_COLUMNS: ColumnSpec[] = [
  { key: 'total', label: '本年收入合计', match: /合计/ },
  { key: 'fiscal', label: '财政拨款收入', match: /财政拨款/ },
  { key: 'superior', label: '上级补助收入', match: /上级补助/ },
  // Tried before 事业收入 itself, whose words its header path carries too.
  { key: 'tuition', label: '其中：教育收费', match: /教育收费/, partOf: 'business' },
  { key: 'business', label: '事业收入', match: /事业收入/ },
  { key: 'operating', label: '经营收入', match: /经营收入/ },
  { key: 'affiliated', label: '附属单位上缴收入', match: /附属单位/ },
  { key: 'other', label: '其他收入', match: /其他收入/ },
];

/** 表4 财政拨款支出决算表: 项目支出 in two columns, 小计 and 其中：基本建设资金支出. */
const FISCAL_COLUMNS: ColumnSpec[] = [
  // 合计, or 本年支出 alone; not the 小计 under 项目支出.
  { key: 'total', label: '合计', match: /合计|^(本年支出\/)?小计$|^本年支出$/ },
  { key: 'basic', label: '基本支出', match: /基本支出/ },
  { key: 'capital', label: '其中：基本建设资金支出', match: /基本建设/, partOf: 'project' },
  { key: 'project', label: '项目支出', match: /项目支出/ },
];

export const CENTRAL_4_FACE: Face = {
  id: 'central-4',
  name: '中央单位（四张表）',
  tables: [
    {
      id: '公开01',
      number: 1,
      title: '高等学校收支决算总表',
      titles: [/^(?!.*财政拨款).*(?:收支|收入支出)决算总表$/],
    },
    { id: '公开02', number: 2, title: '收入决算表', titles: [/收入决算表$/] },
    { id: '公开03', number: 3, title: '支出决算表', titles: [/^(?!.*财政拨款).*支出决算表$/] },
    { id: '公开05', number: 4, title: '财政拨款支出决算表', titles: [/财政拨款支出决算表$/] },
  ],
  titleOrder: ['公开01', '公开05', '公开02', '公开03'],
  words: STANDARD_WORDS,
  codedColumns: { ...STANDARD_CODED_COLUMNS, 公开02: INCOME_COLUMNS, 公开05: FISCAL_COLUMNS },
  codeLayouts: ['single'],
  markers: false,
  emptyNote: MOF_FACE.emptyNote,
  signals: [/高等学校收支决算总表/, /^(?!.*(一般公共预算|政府性基金|国有资本)).*财政拨款支出决算表$/],
  // 一、学校概况; 三、决算报表说明 with (一) 收支决算总表说明 … (四) 财政拨款支出决算表说明 (items by code); 四、名词解释.
  sections: {
    部门职责: /学校概况|单位构成/,
    总体增减原因: /收支决算总表说明/,
    项目说明: /财政拨款支出决算表说明/,
  },
  // The 高等学校 template has no 政府性基金/国有资本 tables, no 三公, 机关运行经费, 政府采购, 国有资产 or 绩效 section.
  topics: ['九张表', '细化到项', '部门职责', '总体增减原因', '项目说明', '名词解释'],
};
