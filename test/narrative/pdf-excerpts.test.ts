/**
 * Narrative excerpts exactly as the PDF reader gives them from real published PDFs (line breaks included): the
 * claims the checks need are read from them as from a workbook's narrative.
 */

import { expect, test } from '@jest/globals';
import { parseNarrative } from '../../src/core/narrative/document';

function figures(text: string): Array<[string, number]> {
  return parseNarrative(text).claims.figures.map((f) => [f.subject, f.amount.value]);
}

test('上海市普陀区财政局 2024 (p21): the unit name before the year does not hide the 收入支出总计 lines', () => {
  const text =
    '三、收入支出决算总体情况说明\n' +
    '上海市普陀区财政局2024年度收入支出总计2995.39万元。与2023年度相比，收入支出总计减少56.95万元，下降1.87%。\n' +
    '四、财政拨款收入支出决算总体情况说明\n' +
    '上海市普陀区财政局2024年度财政拨款收入支出总计0.3万元。与2023年度相比，财政拨款收入支出总计持平。主要原因：\n';
  const found = figures(text);
  expect(found).toContainEqual(['grandTotal', 2995.39]);
  expect(found).toContainEqual(['fiscalGrandTotal', 0.3]);
});

test('西南大学 2023: the 高等学校 "收入总计" (本年收入) with 学校 before the year is not the 总计 line', () => {
  const text =
    '（二）高等学校收入决算表说明\n学校2023年度收入总计430,725.03万元，财政拨款收入243,015.38万元，占收入总额56.42%；';
  expect(figures(text).filter(([s]) => /grandTotal/i.test(s))).toEqual([]);
});

test('普陀社会工作部 2024 (p18): a list announced by "主要用于以下方面：" goes on in the next line', () => {
  const text =
    '（二）一般公共预算财政拨款支出决算结构情况\n一般公共预算财政拨款支出307.82万元，主要用于以下方面：\n' +
    '一般公共服务支出（类）264.87万元，占86.05%；社会保障和就业支出（类）10.82万元，占3.52%；卫生健康支出（类）2.71万元，占0.88%；住房保障支出（类）29.42万元，占9.55%。';
  const shares = parseNarrative(text).claims.shares.map((s) => [
    s.part.value,
    s.whole.value,
    s.percent.value,
  ]);
  expect(shares).toEqual([
    [264.87, 307.82, 86.05],
    [10.82, 307.82, 3.52],
    [2.71, 307.82, 0.88],
    [29.42, 307.82, 9.55],
  ]);
  // Without the colon the line before is a sentence of its own, not the list's head.
  expect(parseNarrative(text.replace('主要用于以下方面：\n', '。\n')).claims.shares).toEqual([]);
});

test('西南大学 2023 (p17): "占总支出的P%" names 本年支出合计, except in a sentence on 财政拨款', () => {
  const text =
    '（三）高等学校支出决算表说明\n按照支出功能科目划分，教育支出425,287.27万元，占总支出的92.92%；科学技术支出2,536.65万元，占总支出的0.56%；\n' +
    '（四）高等学校财政拨款支出决算表说明\n学校2023年度财政拨款支出总计为237,100万元，其中基本支出199,015.13万元，占总支出的83.94%；';
  const named = parseNarrative(text).claims.namedShares.map((s) => [
    s.part.value,
    s.subject,
    s.percent.value,
  ]);
  expect(named).toEqual([
    [425287.27, 'totalExpense', 92.92],
    [2536.65, 'totalExpense', 0.56],
  ]);
});
