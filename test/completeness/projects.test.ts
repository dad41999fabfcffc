/** 项目说明: every 项 of 公开05 explained in the narrative, each with 预算, 决算, 完成率 and a reason. */

import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { check, loadCase, marks } from '../helpers';
import { completeness, corpusText } from './helpers';

const ITEM7 =
  '7、卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。年初预算为20.10万元，支出决算为19.63万，完成年初预算的97.66%。决算数小于预算数的主要原因是人员调出。';

test('completeness.projects: every 项 of the real 公开05 is explained by the real narrative', async () => {
  for (const unit of ['liujiang2022', 'danfeng2024'])
    for (const layout of ['standard', 'stacked', 'textnum']) {
      const findings = await completeness(corpusText(`${unit}.txt`), `${unit}-${layout}`);
      assert.deepEqual(
        findings.filter((f) => f.topic === '项目说明'),
        [],
        `${unit}-${layout}`,
      );
    }
});

test('completeness.projects: a 项 the narrative leaves out is reported on its 公开05 row', async () => {
  const text = corpusText('liujiang2022.txt');
  assert.ok(text.includes(ITEM7));
  const report = check(await loadCase('liujiang2022-standard'), { narrative: text.replace(ITEM7, '') });
  assert.deepEqual(marks(report, 'completeness.projects'), ['warning 公开05表!B22']);
  const f = report.findings.find((x) => x.rule === 'completeness.projects')!;
  assert.equal(f.topic, '项目说明');
  assert.match(f.message, /2101101 行政单位医疗.*19.63 万元/);
  assert.equal(f.narrative?.text, '五、一般公共预算财政拨款支出决算情况说明');
});

test('completeness.projects: an item without its reason or completion rate is weak (info) on its header', async () => {
  const text = corpusText('liujiang2022.txt');
  const noReason = text.replace('决算数小于预算数的主要原因是人员调出。', '');
  const f = (await completeness(noReason)).filter((x) => x.topic === '项目说明');
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'info');
  assert.match(f[0].message, /行政单位医疗（项）”没有写决算与年初预算差异的原因/);
  assert.equal(f[0].narrative?.text, '卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）');
  const noRate = text.replace('完成年初预算的97.66%。', '');
  const g = (await completeness(noRate)).filter((x) => x.topic === '项目说明');
  assert.deepEqual(
    g.map((x) => `${x.severity} ${/没有写(.*)$/.exec(x.message)?.[1]}`),
    ['info 完成率'],
  );
});

test('completeness.projects: a narrative with no item at all is missing the topic', async () => {
  const text = corpusText('longan2023.txt');
  const start = text.indexOf('（三）具体情况。');
  const end = text.indexOf('六、一般公共预算财政拨款基本支出决算情况说明');
  const f = (await completeness(text.slice(0, start) + text.slice(end))).filter(
    (x) => x.topic === '项目说明',
  );
  assert.deepEqual(
    f.map((x) => x.severity),
    ['warning'],
  );
  assert.equal(f[0].narrative?.text, '五、一般公共预算财政拨款支出决算情况说明');
});
