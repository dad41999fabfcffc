/**
 * The Shanghai face (上海市 2024 部门决算模板, DOMAIN.md §1): the nine tables without 公开NN markers or
 * 栏次 rows; 三公 printed seventh, 政府性基金 and 国有资本经营 eighth and ninth; codes in 类 | 款 | 项
 * columns or in one 7-digit column with wrapped names; 合计 of 公开05 at the bottom; 公开06 in two
 * column groups with codes in 类 | 款; 三公 with 预算数/决算数 side by side; empty tables closed by a
 * 说明 line; the narrative's sections 十、预算绩效管理情况 and 十一、其他重要事项说明.
 */

import type { Face } from './face';
import { MOF_FACE, SOE_WITH_BALANCES, STANDARD_CODED_COLUMNS, STANDARD_WORDS } from './mof';

export const SHANGHAI_FACE: Face = {
  id: 'shanghai',
  name: '上海格式（九张表）',
  tables: [
    { id: '公开01', number: 1, title: '收入支出决算总表', titles: [/收入支出决算总表$/] },
    { id: '公开02', number: 2, title: '收入决算表', titles: [/收入决算表$/] },
    { id: '公开03', number: 3, title: '支出决算表', titles: [/支出决算表$/] },
    { id: '公开04', number: 4, title: '财政拨款收入支出决算总表', titles: [/财政拨款收入支出决算总表$/] },
    {
      id: '公开05',
      number: 5,
      title: '一般公共预算财政拨款支出决算表',
      titles: [/一般公共预算财政拨款(?:收入)?支出决算表$/],
    },
    {
      id: '公开06',
      number: 6,
      title: '一般公共预算财政拨款基本支出决算表',
      titles: [/一般公共预算财政拨款基本支出决算(?:明细)?表$/],
    },
    {
      id: '公开09',
      number: 7,
      title: '财政拨款“三公”经费支出决算表',
      titles: [/三公经费.*决算(?:明细)?表$/],
    },
    {
      id: '公开07',
      number: 8,
      title: '政府性基金预算财政拨款收入支出决算表',
      titles: [/政府性基金预算财政拨款(?:收入)?支出决算表$/],
    },
    {
      id: '公开08',
      number: 9,
      title: '国有资本经营预算财政拨款收入支出决算表',
      titles: [/国有资本经营预算财政拨款(?:收入)?支出决算表$/],
    },
  ],
  titleOrder: MOF_FACE.titleOrder,
  words: STANDARD_WORDS,
  codedColumns: { ...STANDARD_CODED_COLUMNS, 公开08: SOE_WITH_BALANCES },
  codeLayouts: ['split', 'single', 'wrapped'],
  markers: false,
  emptyNote: /本年度没有.*故本表无数据/,
  // Its 类|款|项 header rows; not its empty-table note, whose wording 财政部 workbooks use too.
  signals: [/(?:^|\|)类\|款\|项(?:\||$)/, /(?:^|\|)类\|款\|类\|款(?:\||$)/],
  // 十、预算绩效管理情况; 十一、其他重要事项说明 with (一)机关运行经费 (二)政府采购 (三)国有资产占用.
  sections: {
    部门职责: /主要职能|部门决算单位构成/,
    绩效: /预算绩效管理情况/,
    机关运行经费: /机关运行经费/,
    政府采购: /政府采购/,
    国有资产: /国有资产占用/,
    名词解释: /名词解释/,
  },
};
