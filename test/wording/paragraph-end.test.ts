/**
 * A paragraph that ends without its full stop (检查表 部门预算, 预算编制说明 item 2), and a narrative kept as a sheet
 * of the workbook, whose wording is reported once.
 */

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from '@jest/globals';
import { checkWorkbook } from '../../src/core/check';
import type { Finding } from '../../src/core/report';
import type { SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import { narrativeSheetText } from '../../src/core/years/unit';
import { FIXTURES } from '../helpers';

function wording(narrative: string | null, snapshot: WorkbookSnapshot | null = null): Finding[] {
  return checkWorkbook(snapshot, { narrative }).findings.filter((f) => f.rule.startsWith('text.'));
}
const ofRule = (fs: Finding[], rule: string) => fs.filter((f) => f.rule === rule);

// 检查表 部门预算, 预算编制说明 item 2: "财政拨款收入支出增加的主要原因是工作量增加" then the next item.
const MARKED = [
  '四、财政拨款收入支出预算总体情况说明',
  '2026年度财政拨款收入支出预算总计3845.49万元，比2025年预算执行数增加，财政拨款收入支出增加的主要原因是工作量增加',
  '五、一般公共预算财政拨款支出预算情况说明',
  '2026年一般公共预算财政拨款支出3845.49万元，主要用于信息化建设及运行维护等方面的支出。',
].join('\n');

test('text.paragraph-end: a paragraph that stops without 。 before the next part (检查表 部门预算 item 2)', () => {
  const f = ofRule(wording(MARKED), 'text.paragraph-end');
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'warning');
  assert.equal(f[0].narrative?.text, '加');
  assert.equal(f[0].narrative?.start, MARKED.indexOf('工作量增加') + 4);
  assert.match(f[0].message, /主要原因是工作量增加”是一段话的结尾，末尾缺少句号/);
  assert.deepEqual(ofRule(wording(MARKED.replace('工作量增加', '工作量增加。')), 'text.paragraph-end'), []);
  // The last paragraph of a text narrative ends there too.
  const last = ofRule(wording(MARKED.replace(/。$/, '')), 'text.paragraph-end');
  assert.deepEqual(
    last.map((x) => x.narrative?.start),
    [MARKED.indexOf('工作量增加') + 4, MARKED.length - 2],
  );
});

test('text.paragraph-end: a paragraph cut short where its reason should be', () => {
  const cut = MARKED.replace('的主要原因是工作量增加', '的主要原因是');
  const f = ofRule(wording(cut), 'text.paragraph-end');
  assert.deepEqual(
    f.map((x) => x.narrative?.text),
    ['原因是'],
  );
  assert.match(f[0].message, /这句话没有写完：“原因是”之后缺少内容/);
});

test('text.paragraph-end: headings, captions, list intros and table rows are not sentences', () => {
  for (const text of [
    '一、收入支出决算总体情况说明\n二、收入决算情况说明',
    '（二）结构情况\n2023年度一般公共预算财政拨款支出593.16万元，主要用于以下方面：\n1.一般公共服务支出12.49万元。',
    '表1：收入支出决算总表，单位万元及其他说明文字\n2.社会保障和就业支出21.94万元。',
    '\t产出指标\t数量指标\t全年实际值13次,完成比率100.00%。\t共开展活动11期,召开专题会议2次\n2.城乡基本医疗保险参保登记。',
    '其中：基本支出236.18万元，占39.82%；项目支出356.98万元，占60.18%；\n（三）具体情况。',
  ])
    assert.deepEqual(
      ofRule(wording(text), 'text.paragraph-end').map((f) => f.message),
      [],
      text,
    );
});

test('text.paragraph-end: a PDF line broken at the page width is not the end of a paragraph', () => {
  // The 西南大学 2023 prose as the PDF reader gives it: lines cut at the page's width.
  const lines = readFileSync(path.join(FIXTURES, 'wording', 'swu2023-glossary.txt'), 'utf8');
  const pdf: WorkbookSnapshot = { name: 'x.pdf', sheets: [], pages: [] };
  assert.deepEqual(ofRule(wording(lines, pdf), 'text.paragraph-end'), []);
  // Inside a PDF, a line that runs on into a line that is not a new part is not a paragraph's end.
  const wrapped =
    '2026年度财政拨款收入支出预算总计3845.49万元，财政拨款收入支出增加的主要原因是\n工作量增加。';
  assert.deepEqual(ofRule(wording(wrapped, pdf), 'text.paragraph-end'), []);
  assert.equal(ofRule(wording(MARKED, pdf), 'text.paragraph-end').length, 1);
});

test('a narrative kept as a 情况说明 sheet of the workbook: each wording finding once, in the narrative', () => {
  const sheet: SheetSnapshot = {
    name: '情况说明',
    originRow: 0,
    originCol: 0,
    merges: [],
    values: [
      ['5、主要用于信息化建设及运行维护等方面的支出。。'],
      ['上海市XX局2024年度收入支出总计增长XX%。'],
      ['单位名称：'],
    ],
  };
  const snapshot: WorkbookSnapshot = { name: 'x.xlsx', sheets: [sheet] };
  const narrative = narrativeSheetText(snapshot);
  assert.ok(narrative);
  const found = wording(narrative, snapshot).filter((f) => f.severity !== 'info');
  assert.deepEqual(found.map((f) => `${f.rule} ${f.narrative?.text ?? f.cell}`).sort(), [
    'text.punctuation 。。',
    'text.template-residue XX%',
    'text.template-residue XX局',
    'text.unit-name 单位名称：',
  ]);
  // Without the narrative, the sheet is read as cells (doubled marks are looked for in prose only).
  const cells = wording(null, snapshot).filter((f) => f.severity !== 'info');
  assert.deepEqual(cells.map((f) => `${f.rule} ${f.cell}`).sort(), [
    'text.template-residue A2',
    'text.template-residue A2',
    'text.unit-name A3',
  ]);
});
