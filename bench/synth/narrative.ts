/** The 情况说明 of a synthetic unit: the usual sentences, every figure and percentage taken from its tables. */

import type { UnitData } from './unit';

const wan = (cents: number) =>
  (cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** part / whole in per cent, rounded to two decimals as publishers do. */
const pct = (part: number, whole: number) => {
  const p = Math.round((part * 10000) / whole) / 100;
  return Number.isInteger(p) ? String(p) : p.toFixed(2).replace(/0$/, '');
};

export function unitNarrative(u: UnitData): string {
  const y = u.year;
  const spending =
    u.project > 0
      ? `其中：基本支出${wan(u.basic)}万元，占${pct(u.basic, u.total)}%；项目支出${wan(u.project)}万元，占${pct(u.project, u.total)}%。`
      : `全部为基本支出。`;
  const threeCosts =
    u.budget.total > 0
      ? `${y}年度“三公”经费财政拨款支出决算为${wan(u.actual.total)}万元，完成预算的${pct(u.actual.total, u.budget.total)}%。`
      : `${y}年度本单位无“三公”经费财政拨款支出。`;
  return [
    `${u.name}${y}年度部门决算情况说明`,
    '',
    '一、收入支出决算总体情况说明',
    `${y}年度收入总计、支出总计均为${wan(u.total)}万元。`,
    '',
    '二、收入决算情况说明',
    `${y}年度本年收入合计${wan(u.total)}万元，其中：财政拨款收入${wan(u.total)}万元，占100%。`,
    '',
    '三、支出决算情况说明',
    `${y}年度本年支出合计${wan(u.total)}万元，${spending}`,
    '',
    '四、一般公共预算财政拨款支出决算情况说明',
    `${y}年度一般公共预算财政拨款支出年初预算${wan(u.initialBudget)}万元，支出决算${wan(u.total)}万元，完成年初预算的${pct(u.total, u.initialBudget)}%。`,
    '',
    '五、一般公共预算财政拨款基本支出决算情况说明',
    `${y}年度一般公共预算财政拨款基本支出${wan(u.basic)}万元，其中：人员经费${wan(u.personnel)}万元；公用经费${wan(u.public)}万元。`,
    '',
    '六、“三公”经费财政拨款支出决算情况说明',
    threeCosts,
    '',
    '七、政府性基金预算财政拨款收入支出决算情况说明',
    `本单位${y}年度无政府性基金预算财政拨款收入、支出及结转和结余。`,
    '',
    '八、国有资本经营预算财政拨款支出决算情况说明',
    `本单位${y}年度无国有资本经营预算财政拨款支出。`,
    '',
  ].join('\n');
}
