import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { parseNarrative } from '../../src/core/narrative';
import { scanNumbers, splitSentences } from '../../src/core/narrative/scan';

test('figures as pasted from PDF: thousands separators, stray spaces, full-width digits, bare 万', () => {
  const text =
    '总计1,049. 22万元，合计1, 049.22 万元，决算为19.63万，完成 38.41 %，收入１２.３４万元，2311.99元。';
  const found = scanNumbers(text).filter((n) => n.unit);
  assert.deepEqual(
    found.map((n) => [n.value, n.decimals, n.unit, text.slice(n.start, n.end)]),
    [
      [1049.22, 2, '万元', '1,049. 22万元'],
      [1049.22, 2, '万元', '1, 049.22 万元'],
      [19.63, 2, '万元', '19.63万'],
      [38.41, 2, '%', '38.41 %'],
      [12.34, 2, '万元', '１２.３４万元'],
      [2311.99, 2, '元', '2311.99元'],
    ],
  );
});

test('a clause comma or a list number is not part of a figure', () => {
  const text = '1. 社会保障0万元, 占比0%；目标 3.1 医疗，2022年';
  const found = scanNumbers(text);
  assert.deepEqual(
    found.filter((n) => n.unit).map((n) => text.slice(n.start, n.end)),
    ['0万元', '0%'],
  );
});

test('a sentence broken by a line break is joined; headings and numbered items start new sentences', () => {
  const text =
    '一、收入支出决算总体情况说明\n\n主要是2022年政府代缴特殊人员参加城乡医疗保险费城乡居民基本医疗保险财政\n\n补助资金未到位。\n1、卫生健康支出（类）。';
  const { sentences, sections } = splitSentences(text);
  const parts = sentences.map((s) => text.slice(s.start, s.end));
  assert.deepEqual(parts, [
    '一、收入支出决算总体情况说明',
    '主要是2022年政府代缴特殊人员参加城乡医疗保险费城乡居民基本医疗保险财政\n\n补助资金未到位。',
    '1、卫生健康支出（类）。',
  ]);
  assert.equal(sections[1].title, '收入支出决算总体情况说明');
});

test('each figure keeps the words that name it and exact UTF-16 offsets', () => {
  const text = '\u{20000}本年支出合计953.20万元，其中：基本支出525.83万元，占55.16%。';
  const doc = parseNarrative(text);
  assert.deepEqual(
    doc.amounts.map((a) => [a.label, text.slice(a.labelStart, a.end)]),
    [
      ['𠀀本年支出合计', '\u{20000}本年支出合计953.20万元'],
      ['基本支出', '基本支出525.83万元'],
      ['占', '占55.16%'],
    ],
  );
});
