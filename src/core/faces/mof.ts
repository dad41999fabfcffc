/** The 财政部 face: the nine tables 公开01–09 with their markers and 栏次 rows (DOMAIN.md §1). */

import type { ColumnSpec, Face, TableWords } from './face';

/** The header and label words every face so far shares. */
export const STANDARD_WORDS: TableWords = {
  codeHeader: /(代码|编码)$/,
  nameHeader: /名称$/,
  economicValue: /决算|金额|合计|数$/,
  personnelTotal: /^人员经费(合计|小计)$/,
  publicTotal: /^公用经费(合计|小计)$/,
  budget: /^(全年)?预算(数)?$/,
  actual: /^决算(数)?$/,
};

/** Value columns of the coded tables: shared by every face that prints these tables. */
export const STANDARD_CODED_COLUMNS: Face['codedColumns'] = {
  公开02: [
    { key: 'total', label: '本年收入合计', match: /合计/ },
    { key: 'fiscal', label: '财政拨款收入', match: /财政拨款/ },
    { key: 'superior', label: '上级补助收入', match: /上级补助/ },
    { key: 'business', label: '事业收入', match: /事业收入/ },
    { key: 'operating', label: '经营收入', match: /经营收入/ },
    { key: 'affiliated', label: '附属单位上缴收入', match: /附属单位/ },
    { key: 'other', label: '其他收入', match: /其他收入/ },
  ],
  公开03: [
    { key: 'total', label: '本年支出合计', match: /合计/ },
    { key: 'basic', label: '基本支出', match: /基本支出/ },
    { key: 'project', label: '项目支出', match: /项目支出/ },
    { key: 'remit', label: '上缴上级支出', match: /上缴上级/ },
    { key: 'operating', label: '经营支出', match: /经营支出/ },
    { key: 'affiliated', label: '对附属单位补助支出', match: /附属单位/ },
  ],
  公开05: [
    { key: 'total', label: '合计', match: /小计|合计|^本年支出$/ },
    { key: 'basic', label: '基本支出', match: /基本支出/ },
    { key: 'project', label: '项目支出', match: /项目支出/ },
  ],
  公开07: [
    { key: 'opening', label: '年初结转和结余', match: /年初/ },
    { key: 'income', label: '本年收入', match: /本年收入/ },
    { key: 'total', label: '本年支出小计', match: /本年支出.*(小计|合计)|^本年支出$/ },
    { key: 'basic', label: '基本支出', match: /基本支出/ },
    { key: 'project', label: '项目支出', match: /项目支出/ },
    { key: 'closing', label: '年末结转和结余', match: /年末/ },
  ],
  公开08: [
    { key: 'total', label: '合计', match: /小计|合计|^本年支出$/ },
    { key: 'basic', label: '基本支出', match: /基本支出/ },
    { key: 'project', label: '项目支出', match: /项目支出/ },
  ],
};

/** 公开08 when a face prints it with 年初/本年收入/年末 columns too (收入支出决算表). */
export const SOE_WITH_BALANCES: ColumnSpec[] = [
  { key: 'opening', label: '年初结转和结余', match: /年初/ },
  { key: 'income', label: '本年收入', match: /本年收入/ },
  { key: 'total', label: '合计', match: /本年支出.*(小计|合计)|^(小计|合计)$|^本年支出$/ },
  { key: 'basic', label: '基本支出', match: /基本支出/ },
  { key: 'project', label: '项目支出', match: /项目支出/ },
  { key: 'closing', label: '年末结转和结余', match: /年末/ },
];

export const MOF_FACE: Face = {
  id: 'mof',
  name: '财政部格式（九张表）',
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
      title: '一般公共预算财政拨款基本支出决算明细表',
      titles: [/一般公共预算财政拨款基本支出决算(?:明细)?表$/],
    },
    {
      id: '公开07',
      number: 7,
      title: '政府性基金预算财政拨款收入支出决算表',
      titles: [/政府性基金预算财政拨款(?:收入)?支出决算表$/],
    },
    {
      id: '公开08',
      number: 8,
      title: '国有资本经营预算财政拨款支出决算表',
      titles: [/国有资本经营预算财政拨款(?:收入)?支出决算表$/],
    },
    {
      id: '公开09',
      number: 9,
      title: '财政拨款“三公”经费支出决算表',
      titles: [/三公经费.*决算(?:明细)?表$/],
    },
  ],
  titleOrder: ['公开04', '公开01', '公开07', '公开08', '公开06', '公开05', '公开09', '公开02', '公开03'],
  words: STANDARD_WORDS,
  codedColumns: STANDARD_CODED_COLUMNS,
  codeLayouts: ['single'],
  markers: true,
  emptyNote: /(本单位|本部门)?(无|没有).*(收支|支出|收入|经费).*(故|因此|所以)?本表(无数据|为空)/,
  signals: [/^[(（]?公开0?[1-9]表[)）]?$/, /^栏次$/],
  // The completeness rules' own heading words are the 财政部 face's: nothing to add.
  sections: {},
};
