/** narrative.share with a named base ("占本年支出合计的P%"): the named base is the denominator, from the tables or the narrative. */

import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { brief, corpusNarrative, narrativeFindings } from './helpers';

const RULE = 'narrative.share';

async function shares(text: string, caseId?: string) {
  return (await narrativeFindings(text, caseId)).filter((f) => f.rule === RULE);
}

function realLine(name: string, from: RegExp): string {
  const line = corpusNarrative(name)
    .split('\n')
    .find((l) => from.test(l.trim()));
  assert.ok(line, `no line ${from} in ${name}`);
  return line.trim();
}

test('占本年支出合计的P% against the table figure', async () => {
  const s = realLine('liujiang2022', /^2022 年度财政拨款支出953\.20万元，占本年支出合计的100%/);
  assert.deepEqual(await shares(s, 'liujiang2022-standard'), []);
  const [f] = await shares(s.replace('的100%', '的90%'), 'liujiang2022-standard');
  assert.equal(brief(f), 'error narrative.share «90%»');
  assert.equal(f.table, '公开01');
  assert.equal(f.expected, 100);
  assert.ok(f.sheet && f.cell);
  assert.match(f.message, /基数为“本年支出合计”/);
});

test('the named base, not the nearest figure, is the denominator (丹凤: 占 opens the next sentence)', async () => {
  // "年初预算446.43万元，支出决算1,049.22万元，完成年初预算的235.02%。占本年支出合计的100%。"
  const total = realLine('danfeng2024', /^2024年度本年支出合计1,049\.22万元/);
  const gp = realLine('danfeng2024', /^2024年度一般公共预算财政拨款支出年初预算446\.43万元/);
  const text = `三、支出决算情况说明\n${total}\n五、一般公共预算财政拨款支出决算情况说明\n${gp}`;
  assert.deepEqual(await shares(text), []);
  assert.deepEqual((await shares(text.replace('占本年支出合计的100%', '占本年支出合计的99%'))).map(brief), [
    'error narrative.share «99%»',
  ]);
  // Narrative alone, with no 本年支出合计 anywhere: no base, so no judgement.
  assert.deepEqual(await shares(gp.replace('的100%', '的99%')), []);
});

test('占一般公共预算财政拨款支出的P% and 占“三公”经费的P%', async () => {
  const heading = '五、一般公共预算财政拨款支出决算情况说明\n';
  const uses = realLine('longan2023', /^2023年度一般公共预算财政拨款支出593\.16万元，主要用于/);
  const named = heading + uses.replace('占2.10%', '占一般公共预算财政拨款支出的2.10%');
  assert.notEqual(named, heading + uses);
  assert.deepEqual(await shares(named), []);
  assert.deepEqual((await shares(named.replace('的2.10%', '的2.20%'))).map(brief), [
    'error narrative.share «2.20%»',
  ]);
  const threeCosts = realLine('liujiang2022', /^2022年度“三公”经费财政拨款支出决算中/).replace(
    '0.09万元，占100%',
    '0.09万元，占“三公”经费的100%',
  );
  assert.match(threeCosts, /占“三公”经费的100%/);
  assert.deepEqual(await shares(threeCosts, 'liujiang2022-standard'), []);
  // 0.09 ÷ 0.09 stands for 0.085…0.095 ÷ 0.085…0.095: anything from 89.5% to 111.8% may be right.
  assert.deepEqual(await shares(threeCosts.replace('的100%', '的90%'), 'liujiang2022-standard'), []);
  const [f] = await shares(threeCosts.replace('的100%', '的50%'), 'liujiang2022-standard');
  assert.equal(brief(f), 'error narrative.share «50%»');
  assert.equal(f.table, '公开09');
});

test('a base the tables do not hold is left alone', async () => {
  // 龙安: "部门决算资金共264.4万元，占2023年所有项目支出总额的9.34%" (the base is not given anywhere).
  const s = realLine('longan2023', /^我单位进行自评的2023年项目支出共6个/);
  assert.deepEqual(await shares(s.replace('9.34%', '19.34%')), []);
  const budget = realLine('danfeng2024', /^本单位在部门决算中反映离休干部医药费等2个一级项目/);
  assert.deepEqual(await shares(budget.replace('97.28%', '7.28%'), 'danfeng2024-standard'), []);
});
