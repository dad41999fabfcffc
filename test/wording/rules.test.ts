/**
 * The wording rules (文字规范性) on real text: the items a finance bureau's reviewer marked in two real 检查表
 * (docs/published/reviewer-checklists.md), sentences of real published 决算, and every published text of the
 * corpus, on which no rule may raise an alarm.
 */

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from '@jest/globals';
import { checkWorkbook } from '../../src/core/check';
import type { Finding } from '../../src/core/report';
import type { SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import { WORDING_RULES } from '../../src/core/wording';
import { CORPUS, FIXTURES, loadCase } from '../helpers';

const fixture = (name: string) => readFileSync(path.join(FIXTURES, 'wording', name), 'utf8');

function wording(
  narrative: string | null,
  snapshot: WorkbookSnapshot | null = null,
  year?: number,
): Finding[] {
  return checkWorkbook(snapshot, { narrative, year }).findings.filter((f) => f.rule.startsWith('text.'));
}

const ofRule = (fs: Finding[], rule: string) => fs.filter((f) => f.rule === rule);
const spans = (fs: Finding[]) => fs.map((f) => `${f.severity} ${f.narrative?.text ?? f.cell}`);

test('every wording rule is in the catalogue with a Chinese title and description', () => {
  for (const r of WORDING_RULES) {
    assert.match(r.id, /^text\.[a-z-]+$/);
    assert.match(r.title, /[\u4e00-\u9fff]/);
    assert.match(r.description, /[\u4e00-\u9fff]/);
  }
  assert.equal(new Set(WORDING_RULES.map((r) => r.id)).size, WORDING_RULES.length);
});

test('no wording alarm on any published text or corpus narrative', () => {
  const files = [
    ...readdirSync(path.join(FIXTURES, 'published'))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => path.join(FIXTURES, 'published', f)),
    ...readdirSync(path.join(CORPUS, 'narratives'))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => path.join(CORPUS, 'narratives', f)),
  ];
  assert.ok(files.length >= 6);
  for (const file of files) {
    const found = wording(readFileSync(file, 'utf8')).filter((f) => f.severity !== 'info');
    assert.deepEqual(
      found.map((f) => f.message),
      [],
      path.basename(file),
    );
  }
});

test('text.template-residue: both alternatives left in (检查表 单位预算 item 1), placeholders, the template instruction', () => {
  const marked = '财政拨款收入支出增加（减少）的主要原因是业务量增加。';
  const f = ofRule(wording(marked), 'text.template-residue');
  assert.deepEqual(spans(f), ['warning 增加（减少）']);
  assert.match(f[0].message, /应按实际只留一种/);
  assert.deepEqual(
    ofRule(wording('财政拨款收入支出增加的主要原因是业务量增加。'), 'text.template-residue'),
    [],
  );
  // The 柳江 2022 text leaves both words before a change of 0: a hint only.
  const zero = ofRule(
    wording('较2021年度决算数增加（减少）0万元，增长（下降）0%。'),
    'text.template-residue',
  );
  assert.deepEqual(spans(zero), ['info 增加（减少）', 'info 增长（下降）']);
  const placeholders = ofRule(wording('上海市XX局2024年度收入支出总计增长XX%。'), 'text.template-residue');
  assert.deepEqual(spans(placeholders), ['warning XX局', 'warning XX%']);
  // The 2024 Shanghai template's instruction, printed above an empty table's 说明 (社会工作部 2024, p15).
  const sheet: SheetSnapshot = {
    name: '第15页',
    originRow: 0,
    originCol: 0,
    merges: [],
    values: [
      ['政府性基金预算财政拨款收入支出决算表', null],
      ['无政府性基金预算财政拨款收入支出的，仍保留该表格式，并在本表下方作下述说明：', null],
      ['说明：本单位2024年度无政府性基金预算财政拨款收入支出，故本表无数据。', null],
    ],
  };
  const instr = ofRule(wording(null, { name: 'x.pdf', sheets: [sheet] }), 'text.template-residue');
  assert.equal(instr.length, 1);
  assert.equal(instr[0].cell, 'A2');
  assert.match(
    instr[0].message,
    /^“无政府性基金预算财政拨款收入支出的，仍保留该表格式，并在本表下方作下述说明”是模板/,
  );
});

test('text.unit-name: 单位名称 left blank in a table heading (西南大学 2023), 部门 words in a 单位 document', () => {
  const heading = (rows: Array<Array<string | null>>): SheetSnapshot => ({
    name: '第10-11页',
    originRow: 0,
    originCol: 0,
    merges: [],
    values: rows,
  });
  const blank = heading([
    [null, '表2：高等学校收入决算表', null],
    [null, null, '单位：万元'],
    ['单位名称：', null, null],
  ]);
  const f = ofRule(wording(null, { name: 'x', sheets: [blank] }), 'text.unit-name');
  assert.deepEqual(
    f.map((x) => x.cell),
    ['A3'],
  );
  const alsoBlank = heading([['单位：', null, '单位：万元']]);
  assert.equal(ofRule(wording(null, { name: 'x', sheets: [alsoBlank] }), 'text.unit-name').length, 1);
  for (const filled of [
    [['单位名称：西南大学', null, '单位：万元']],
    [['编制单位：', '西南大学', '单位：万元']],
    [['单位：', '万元', null]],
    [[null, null, '单位：万元']],
  ])
    assert.deepEqual(ofRule(wording(null, { name: 'x', sheets: [heading(filled)] }), 'text.unit-name'), []);
  // A heading read as prose (a page the table reader did not take).
  assert.equal(
    ofRule(wording('表1：高等学校收支决算总表\n单位名称： 单位：万元\n'), 'text.unit-name').length,
    1,
  );
  // 检查表 单位预算, 其他相关说明 item 2.
  const unitDoc =
    '上海市普陀区司法局2026年单位预算\n2026年部门预算安排购置车辆0辆。部门预算安排购置单价100万元（含）以上设备0台。';
  const words = ofRule(wording(unitDoc), 'text.unit-name');
  assert.deepEqual(spans(words), ['warning 部门预算', 'warning 部门预算']);
  assert.match(words[0].message, /应为“单位预算”/);
  assert.deepEqual(ofRule(wording(unitDoc.replace('单位预算\n', '部门预算\n')), 'text.unit-name'), []);
});

test('text.subject-name: a superseded name (检查表 item 5), a misspelt 类 (西南大学 抗役), a 名词解释 name unlike the tables', async () => {
  const old = '11、医疗卫生与计划生育支出（210类）行政事业单位医疗（11款）行政单位医疗（01项）114.97万元。';
  const f = ofRule(wording(old, null, 2026), 'text.subject-name');
  assert.deepEqual(spans(f), ['warning 医疗卫生与计划生育支出']);
  assert.match(f[0].message, /2019年起名为“卫生健康支出”/);
  assert.deepEqual(
    ofRule(wording(old.replace('医疗卫生与计划生育支出', '卫生健康支出'), null, 2026), 'text.subject-name'),
    [],
  );
  // Before 2019 the old name was the right one.
  assert.deepEqual(ofRule(wording(old, null, 2018), 'text.subject-name'), []);
  const misspelt = ofRule(
    wording('二十五、债务付息支出\n二十六、抗役特别国债安排的支出\n'),
    'text.subject-name',
  );
  assert.deepEqual(spans(misspelt), ['warning 抗役特别国债安排的支出']);
  assert.match(misspelt[0].message, /应为“抗疫特别国债安排的支出”/);
  // A word of prose one character off a name is not a name: "提高医疗保障经办服务水平" (丹凤 2024).
  assert.deepEqual(ofRule(wording('方便群众办事，提高医疗保障经办服务水平。'), 'text.subject-name'), []);
  // The 西南大学 2023 名词解释 against the 柳江 2022 tables (2080505 机关事业单位基本养老保险缴费支出).
  const glossary = fixture('swu2023-glossary.txt');
  const snapshot = await loadCase('liujiang2022-standard');
  assert.deepEqual(ofRule(wording(glossary, snapshot), 'text.subject-name'), []);
  const edited = glossary.replace('9.机关事业单位基本养老保险缴费支出', '9.机关事业单位养老保险缴费支出');
  const coded = ofRule(wording(edited, snapshot), 'text.subject-name');
  assert.deepEqual(spans(coded), ['warning 机关事业单位养老保险缴费支出（2080505）']);
  assert.match(coded[0].message, /公开表中为“机关事业单位基本养老保险缴费支出”/);
});

test('text.figure-conflict: one item given two amounts in one paragraph (检查表 部门预算 item 6, 单位预算 item 4)', () => {
  const s = '12、住房公积金（01项）208.8万元。2025年当年预算执行数为210.00万元，2026年预算安排201.50万元。';
  const f = ofRule(wording(s), 'text.figure-conflict');
  assert.deepEqual(spans(f), ['warning 预算安排201.50万元']);
  assert.equal(f[0].expected, 208.8);
  assert.equal(f[0].actual, 201.5);
  assert.deepEqual(ofRule(wording(s.replace('201.50', '208.80')), 'text.figure-conflict'), []);
  const t =
    '13、购房补贴（03项）207万元。2025年当年预算执行数为241.76万元，2026年预算安排170.03万元，比2025年预算执行数增加21.74%。';
  assert.equal(ofRule(wording(t), 'text.figure-conflict').length, 1);
});

test('text.figure-wording: a sentence cut short (检查表 单位预算 其他相关说明 item 1), % and 元 left out', () => {
  const cut = '公务用车运行费9.98万元，与2025年预算数持平，主要原因是。';
  const f = ofRule(wording(cut), 'text.figure-wording');
  assert.deepEqual(spans(f), ['warning 主要原因是']);
  assert.deepEqual(
    ofRule(wording(cut.replace('主要原因是。', '主要原因是车辆数未变。')), 'text.figure-wording'),
    [],
  );
  // A PDF line that ends with "主要用于：" goes on in the next line: not cut short.
  assert.deepEqual(
    ofRule(wording('行政单位医疗（项）。主要用于：\n在职人员基本医疗保险费。'), 'text.figure-wording'),
    [],
  );
  // After 增加 a bare figure is as likely an amount with its unit left out as a rate: not judged.
  const rate = ofRule(wording('比2025年预算执行数增加17.62，主要原因是工作量增加。'), 'text.figure-wording');
  assert.deepEqual(spans(rate), []);
  const share = ofRule(
    wording('基本支出525.83万元，占55.16，项目支出427.37万元，占44.84%。'),
    'text.figure-wording',
  );
  assert.deepEqual(spans(share), ['warning 占55.16']);
  // 柳江 2022: "支出决算为19.63万，" — read as 万元 by anyone: a hint.
  const wan = ofRule(
    wording('年初预算为20.10万元，支出决算为19.63万，完成年初预算的97.66%。'),
    'text.figure-wording',
  );
  assert.deepEqual(spans(wan), ['info 19.63万']);
  assert.deepEqual(
    ofRule(wording('全年接待群众1.2万人次，受理申请3万，办结率98.5%。'), 'text.figure-wording'),
    [],
  );
});

test('text.purpose-copy: the purpose of the previous item copied (社会工作部 2024 item 8)', () => {
  const items = fixture('shehui2024-items.txt');
  const f = ofRule(wording(items), 'text.purpose-copy');
  assert.deepEqual(spans(f), ['warning 主要用于：事业单位医疗保险支出']);
  assert.match(f[0].message, /住房公积金（项）/);
  assert.equal(f[0].narrative!.start, items.indexOf('主要用于：事业单位医疗保险支出。全年预算为18.12'));
  const fixed = items.replace(
    '主要用于：事业单位医疗保险支出。全年预算为18.12',
    '主要用于：住房公积金支出。全年预算为18.12',
  );
  assert.deepEqual(ofRule(wording(fixed), 'text.purpose-copy'), []);
});

test('text.punctuation: 。。 (检查表 部门预算 item 3), an extra right quote (项目经费情况说明), garbled text', () => {
  const doubled = '5、主要用于信息化建设及运行维护等方面的支出。。';
  assert.deepEqual(spans(ofRule(wording(doubled), 'text.punctuation')), ['warning 。。']);
  assert.deepEqual(ofRule(wording(doubled.slice(0, -1)), 'text.punctuation'), []);
  const quote = '开展“人民调解协议书检查’、优秀调解案例”活动。”';
  const q = ofRule(wording(quote.replace('“人民', '‘人民').replace('开展', '开展“')), 'text.punctuation');
  assert.deepEqual(spans(q), ['warning ”']);
  assert.deepEqual(ofRule(wording('开展“人民调解协议书检查、优秀调解案例”活动。'), 'text.punctuation'), []);
  // A quote opened at a line's end and closed on the next line is one quote.
  assert.deepEqual(
    ofRule(wording('县医保局围绕“保基\n本、强基层、可持续”核心职责。'), 'text.punctuation'),
    [],
  );
  const garbled = ofRule(wording('主要职能：负责全区\ufffd\ufffd工作。'), 'text.punctuation');
  assert.deepEqual(spans(garbled), ['warning \ufffd\ufffd']);
  assert.equal(ofRule(wording('主要职能：负责\ue123工作。'), 'text.punctuation').length, 1);
  // An ellipsis written as 。。。 in a template is not a doubled full stop.
  assert.deepEqual(ofRule(wording('（不涉及的不列）。。。'), 'text.punctuation'), []);
});

test('text.year: a compared year that is neither this year nor the last; a word dropped from 年初预算', () => {
  const ok = '2024年度收入总计307.82万元。与2023年度相比，收入总计增加307.82万元。';
  assert.deepEqual(ofRule(wording(ok, null, 2024), 'text.year'), []);
  const wrong = ok.replace('与2023年度相比', '与2022年度相比');
  const f = ofRule(wording(wrong, null, 2024), 'text.year');
  assert.deepEqual(spans(f), ['warning 与2022年度相比']);
  assert.equal(f[0].expected, 2023);
  const dropped = ofRule(wording('支出决算为17.70万元，完成初预算的97.68%。', null, 2024), 'text.year');
  assert.deepEqual(spans(dropped), ['warning 初预算']);
  assert.deepEqual(
    ofRule(wording('支出决算为17.70万元，完成年初预算的97.68%。', null, 2024), 'text.year'),
    [],
  );
});
