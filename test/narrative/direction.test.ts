/** narrative.direction: 增加/减少 words against each other and against both years' figures, on edited real sentences. */

import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { brief, corpusNarrative, narrativeFindings } from './helpers';

const RULE = 'narrative.direction';

async function direction(text: string, caseId?: string) {
  return (await narrativeFindings(text, caseId)).filter((f) => f.rule === RULE);
}

/** The real passage of a corpus narrative from a line starting with `from`, `lines` lines long. */
function realPassage(name: string, from: RegExp, lines = 1): string {
  const all = corpusNarrative(name).split('\n');
  const i = all.findIndex((l) => from.test(l));
  assert.ok(i >= 0, `no line ${from} in ${name}`);
  return all.slice(i, i + lines).join('\n');
}

const DANFENG_TOTAL = realPassage('danfeng2024', /^2024年度收入总计、支出总计均为/);

test('the corpus narratives state no contrary direction', async () => {
  for (const name of ['danfeng2024', 'liujiang2022', 'longan2023'])
    assert.deepEqual((await direction(corpusNarrative(name))).map(brief), [], name);
  // 三公 items each with their own reason: "因公出国（境）费支出减少的主要原因…公务接待费支出增加的主要原因".
  const threeCosts = realPassage('liujiang2022', /^2022年度“三公”经费财政拨款支出决算数比2021年增加/, 5);
  assert.match(threeCosts, /公务接待费支出增加的主要原因/);
  assert.deepEqual(await direction(threeCosts), []);
});

test('a change and its rate in opposite words', async () => {
  const found = await direction(DANFENG_TOTAL.replace('增长4.28%', '下降4.28%'));
  assert.deepEqual(found.map(brief), ['warning narrative.direction «下降4.28%»']);
  assert.match(found[0].message, /前称增加（增长），后称减少（下降）/);
  // "增加（减少）0万元，增长（下降）0%" is a template left blank, not a claim.
  assert.deepEqual(await direction(realPassage('liujiang2022', /^政府性基金预算财政拨款支出0万元/)), []);
});

test('a reason that names the other direction, in the same sentence or the next', async () => {
  assert.deepEqual((await direction(DANFENG_TOTAL.replace('增长的主要原因', '减少的主要原因'))).map(brief), [
    'warning narrative.direction «减少的主要原因»',
  ]);
  assert.deepEqual(
    (await direction(DANFENG_TOTAL.replace('收入、支出较上年均增加', '收入、支出较上年均减少'))).map(brief),
    ['warning narrative.direction «较上年均减少»'],
  );
  // 丹凤 机关运行经费: the reason runs on after a paragraph break in the middle of the sentence.
  const running = realPassage('danfeng2024', /^2024年度机关运行经费预算212\.45万元/, 3);
  assert.deepEqual(await direction(running), []);
  const broken = running.replace(/增长的(\s+)主要原因/, '下降的$1主要原因');
  const [f] = await direction(broken);
  assert.equal(brief(f).replace(/\s+/g, ''), 'warningnarrative.direction«下降的主要原因»');
  assert.equal(broken.slice(f.narrative!.start, f.narrative!.end), f.narrative!.text);
  const nextSentence = '2023年度机关运行经费支出4.4万元，比2022年度减少23.76万元。增长的主要原因是人员增加。';
  assert.deepEqual((await direction(nextSentence)).map(brief), [
    'warning narrative.direction «增长的主要原因»',
  ]);
});

test("last year's figure in the sentence: the direction must follow the two figures", async () => {
  const real = realPassage('longan2023', /^2023年度机关运行经费支出4\.4万元/);
  const both = real.replace('比2022年度减少', '比2022年度的28.16万元减少');
  assert.deepEqual(await direction(both), []);
  // The growth rate is still read against this year's 4.4, not against last year's figure.
  assert.deepEqual((await narrativeFindings(both)).filter((f) => f.severity !== 'info').map(brief), []);
  assert.deepEqual((await direction(both.replace('28.16万元', '2.16万元'))).map(brief), [
    'warning narrative.direction «减少23.76万元»',
  ]);
  const compared = '2023年度机关运行经费支出4.4万元，与2022年度的2.16万元相比减少2.24万元。';
  assert.deepEqual((await direction(compared)).map(brief), ['warning narrative.direction «减少2.24万元»']);
  assert.deepEqual(await direction(compared.replace('减少', '增加')), []);
  const rose = '本年支出合计1,049.22万元，上年支出合计1,106.19万元，比上年有所增加。';
  assert.deepEqual((await direction(rose)).map(brief), ['warning narrative.direction «增加»']);
});

test("this year's figure from the workbook when the sentence gives only last year's", async () => {
  const s = '2024年度收入总计比上年的1,006.19万元增加43.03万元。';
  assert.deepEqual(await direction(s, 'danfeng2024-standard'), []);
  const wrong = s.replace('1,006.19', '1,106.19');
  const [f] = await direction(wrong, 'danfeng2024-standard');
  assert.equal(brief(f), 'warning narrative.direction «增加43.03万元»');
  assert.equal(f.table, '公开01');
  assert.equal(f.actual, 1049.22);
  assert.ok(f.sheet && f.cell);
  // Without the workbook nothing says what this year's figure is.
  assert.deepEqual(await direction(wrong), []);
});

test('决算 against 预算 is narrative.comparison-word, not this rule', async () => {
  const s =
    '年初预算为 20.62 万元，支出决算为 7.92 万元，完成年初预算的 38.41 %。决算数大于预算数的主要原因是财政资金紧张。';
  const all = await narrativeFindings(s);
  assert.deepEqual(
    all.map((f) => f.rule),
    ['narrative.comparison-word'],
  );
});
