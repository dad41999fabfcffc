/** narrative.procurement on the real 政府采购 sentences of the corpus, filled with figures and then broken. */

import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { brief, corpusNarrative, narrativeFindings, publishedNarrative } from './helpers';

const RULE = 'narrative.procurement';

/** The real sentence of a narrative that starts with the given words. */
function realLine(text: string, start: RegExp): string {
  const line = text.split('\n').find((l) => start.test(l));
  assert.ok(line, `no line ${start} in the fixture`);
  return line.trim();
}

/** The sentence with its figures (each "0" before 万元 or %) replaced, in order. */
function fill(sentence: string, values: string[]): string {
  let i = 0;
  const out = sentence.replace(/\d+(?:\.\d+)?(?=万元|%)/g, (m) => (i < values.length ? values[i++] : m));
  assert.equal(i, values.length, 'as many values as figures');
  return out;
}

async function procurement(text: string): Promise<string[]> {
  return (await narrativeFindings(text)).filter((f) => f.rule === RULE).map(brief);
}

// 柳江 2022: 总额, 货物, 工程, 服务, 中小企业 (占总额), 小微企业 (占中小企业), then 货物/工程/服务 shares.
const LIUJIANG = realLine(corpusNarrative('liujiang2022'), /^2022年本部门政府采购支出总额/);
// 120.50 = 20.50 + 0 + 100.00; 96.40 = 80% of 120.50; 48.20 = 50% of 96.40; 20.50 × 100% + 100.00 × 75.9% = 96.40.
const GOOD = ['120.50', '20.50', '0', '100.00', '96.40', '80', '48.20', '50', '100', '0', '75.9'];
const withFigures = (changes: Record<number, string>) =>
  fill(
    LIUJIANG,
    GOOD.map((v, i) => changes[i] ?? v),
  );

test('the real 政府采购 sentences (all zero) and a consistent filled one pass', async () => {
  assert.match(LIUJIANG, /授予小微企业合同金额0万元，占授予中小企业合同金额的0%；货物采购/);
  for (const text of [
    corpusNarrative('liujiang2022'),
    corpusNarrative('longan2023'),
    publishedNarrative('002_2fb42be3c1530c0d.txt'),
    withFigures({}),
  ])
    assert.deepEqual(await procurement(text), []);
});

test('总额 ≠ 货物 + 工程 + 服务: an error beyond rounding, a tail within it', async () => {
  assert.deepEqual(await procurement(withFigures({ 0: '130.50', 5: '73.9' })), [
    'error narrative.procurement «2022年本部门政府采购支出总额130.50万元»',
  ]);
  // 120.51 against 120.50 = 20.50 + 0 + 100.00: inside (3 + 1) × 0.005.
  assert.deepEqual(await procurement(withFigures({ 0: '120.51' })), [
    'info narrative.procurement «2022年本部门政府采购支出总额120.51万元»',
  ]);
  // The 其中 list rule leaves the procurement total to this rule: one finding, not two.
  const all = await narrativeFindings(withFigures({ 0: '130.50', 5: '73.9' }));
  assert.deepEqual(
    all.filter((f) => f.severity === 'error').map((f) => f.rule),
    [RULE],
  );
});

test('中小企业 above the total, 小微企业 above 中小企业', async () => {
  // 龙安 2023 has no category shares, which would disagree as well.
  const longan = realLine(corpusNarrative('longan2023'), /^2023年度政府采购支出总额/);
  const above = fill(longan, ['120.50', '20.50', '0', '100.00', '130.00', '107.9', '48.20', '37.1']);
  assert.deepEqual(await procurement(above), [
    'error narrative.procurement «授予中小企业合同金额130.00万元»',
  ]);
  assert.deepEqual(await procurement(withFigures({ 6: '98.20', 7: '101.9' })), [
    'error narrative.procurement «授予小微企业合同金额98.20万元»',
  ]);
});

test('shares of the named base judged with interval arithmetic', async () => {
  const [sme] = (await narrativeFindings(withFigures({ 5: '81' }))).filter((f) => f.rule === RULE);
  assert.equal(brief(sme), 'error narrative.procurement «占政府采购支出总额的81%»');
  assert.equal(sme.expected, 80);
  // 96.40 / 120.50 = 80.0%: "80.0%" and "80%" both agree; 48.20 / 96.40 = 50%, not 60%.
  assert.deepEqual(await procurement(withFigures({ 5: '80.0' })), []);
  assert.deepEqual(await procurement(withFigures({ 7: '60' })), [
    'error narrative.procurement «占授予中小企业合同金额的60%»',
  ]);
  // 龙安 2023 words the same claim without the category shares.
  const longan = realLine(corpusNarrative('longan2023'), /^2023年度政府采购支出总额/);
  const filled = fill(longan, ['120.50', '20.50', '0', '100.00', '96.40', '80', '48.20', '50']);
  assert.deepEqual(await procurement(filled), []);
  assert.deepEqual(await procurement(filled.replace('的80%', '的8%')), [
    'error narrative.procurement «占政府采购支出总额的8%»',
  ]);
});

test('a share of a category with no spending, and category shares that do not give the 中小企业 amount', async () => {
  assert.deepEqual(await procurement(withFigures({ 9: '10' })), [
    'error narrative.procurement «工程采购授予中小企业合同金额占工程支出金额的10%»',
  ]);
  const [f] = (await narrativeFindings(withFigures({ 10: '85.9' }))).filter((x) => x.rule === RULE);
  assert.match(f.narrative!.text, /^货物采购授予中小企业合同金额占货物支出金额的100%.*服务支出金额的85\.9%$/);
  assert.match(f.message, /应在 106\.\d\d～106\.\d\d 万元之间，与所述 96\.40万元 不符/);
});

test('no share can be stated of a total of 0', async () => {
  const zero = LIUJIANG.replace('占政府采购支出总额的0%', '占政府采购支出总额的100%');
  assert.deepEqual(await procurement(zero), ['error narrative.procurement «占政府采购支出总额的100%»']);
});
