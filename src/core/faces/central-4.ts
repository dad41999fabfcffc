/**
 * Central units that publish four tables (e.g. 教育部直属高校, DOMAIN.md §1): 收支决算总表, 收入决算表,
 * 支出决算表 and 财政拨款支出决算表, codes in one column. In the model the 总表 is 公开01, the 收入 and
 * 支出 tables 公开02/03, and the 财政拨款支出决算表 (功能分类 rows; 合计, 基本支出, 项目支出) 公开05.
 */

import type { Face } from './face';
import { MOF_FACE, STANDARD_CODED_COLUMNS, STANDARD_WORDS } from './mof';

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
  codedColumns: STANDARD_CODED_COLUMNS,
  codeLayouts: ['single'],
  markers: false,
  emptyNote: MOF_FACE.emptyNote,
  signals: [/高等学校收支决算总表/, /^(?!.*(一般公共预算|政府性基金|国有资本)).*财政拨款支出决算表$/],
  sections: MOF_FACE.sections,
};
