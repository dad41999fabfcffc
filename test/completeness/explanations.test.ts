/** A change with no reason where the narrative gives reasons elsewhere (info), and the overall change. */

import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { completeness, corpusText } from './helpers';

const SECTION4_REASON =
  '，增长的主要原因是：年中追加了村级医疗保障服务联络员工资补贴补助资金，所以收入、支出较上年均增加。\n\n \n财政拨款收入、支出总计对比图';

test('completeness.change-reason: a change without reason is an info when other changes have one', async () => {
  const text = corpusText('danfeng2024.txt');
  assert.deepEqual(
    (await completeness(text)).filter((f) => f.rule === 'completeness.change-reason'),
    [],
  );
  assert.ok(text.includes(SECTION4_REASON));
  const cut = text.replace(SECTION4_REASON, '。\n\n \n财政拨款收入、支出总计对比图');
  const f = (await completeness(cut)).filter((x) => x.rule === 'completeness.change-reason');
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'info');
  assert.equal(f[0].topic, '总体增减原因');
  assert.match(
    f[0].narrative!.text,
    /^2024年度财政拨款收入总计、支出总计均为1,049.22万元[\s\S]*增长4.28%。$/,
  );
});

test('completeness.overall-change: the overall change without its reason is weak, without the section missing', async () => {
  const text = corpusText('longan2023.txt');
  const reason =
    '主要原因是因疫情变化,新冠病毒疫苗及接种费用区级财政配套支出资金减少、医疗救助补助资金调整到龙安区财政局城乡医疗救助财政专户。\n二、收入决算情况说明';
  assert.ok(text.includes(reason));
  const weak = (await completeness(text.replace(reason, '\n二、收入决算情况说明'))).filter(
    (f) => f.topic === '总体增减原因',
  );
  assert.deepEqual(
    weak.map((f) => `${f.severity} ${f.rule}`),
    ['info completeness.overall-change'],
  );
  assert.match(weak[0].message, /没有说明增减原因/);
  assert.equal(weak[0].narrative?.text, '一、收入支出决算总体情况说明');
});
