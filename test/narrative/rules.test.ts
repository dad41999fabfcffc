/** Each narrative rule with a passing sentence and a failing one, the failing one made by editing a real sentence. */

import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import type { Finding } from '../../src/core/report';
import { brief, isAlarm, narrativeFindings } from './helpers';

async function ofRule(rule: string, text: string, caseId?: string, year?: number): Promise<Finding[]> {
  return (await narrativeFindings(text, caseId, year)).filter((f) => f.rule === rule);
}

/** The passing text gives no finding of the rule; the failing one exactly the listed findings. */
async function validInvalid(
  rule: string,
  valid: string,
  invalid: string,
  want: string[],
  caseId?: string,
  year?: number,
): Promise<Finding[]> {
  assert.deepEqual((await ofRule(rule, valid, caseId, year)).map(brief), [], 'valid text');
  const found = await ofRule(rule, invalid, caseId, year);
  assert.deepEqual(found.map(brief), want, 'invalid text');
  for (const f of found) assert.equal(invalid.slice(f.narrative!.start, f.narrative!.end), f.narrative!.text);
  return found;
}

test('narrative.share', async () => {
  const s = '本年支出合计953.20万元，其中：基本支出525.83万元，占55.16%；项目支出 427.37万元，占44.84%。';
  const [f] = await validInvalid('narrative.share', s, s.replace('55.16', '55.26'), [
    'error narrative.share «55.26%»',
  ]);
  assert.equal(f.expected, 55.16);
  assert.match(f.message, /基本支出525\.83万元，占55\.26%/);
});

test('narrative.growth, including the DOMAIN example read with interval arithmetic', async () => {
  const s =
    '2022年度收、支总计均为953.20万元。与2021年度相比，收、支总计各减少898.98万元；减少48.54%，主要是资金未到位。';
  await validInvalid('narrative.growth', s, s.replace('48.54', '49.54'), [
    'error narrative.growth «减少49.54%»',
  ]);
  const domain = '本年支出117.2万元，比上年增加69.42万元，增长145.30%。';
  await validInvalid('narrative.growth', domain, domain.replace('145.30', '146.30'), [
    'error narrative.growth «增长146.30%»',
  ]);
});

test('narrative.completion', async () => {
  const s =
    '11、卫生健康支出（类）医疗保障管理事务（款）行政运行（项）。年初预算为 351.25 万元，支出决算为 344.33 万元，完成年初预算的 98.03%。';
  await validInvalid('narrative.completion', s, s.replace('98.03', '97.03'), [
    'error narrative.completion «完成年初预算的 97.03%»',
  ]);
  // "88" for 38.50 / 43.75 = 87.9999…: a whole-number percentage stands for [87.5, 88.5).
  const rounded = '年初预算43.75万元，支出决算38.50万元，完成年初预算的88%。';
  assert.deepEqual(await ofRule('narrative.completion', rounded), []);
});

test('narrative.parts: a 其中 list and 基本支出 = 人员经费 + 公用经费', async () => {
  const s = '本年支出合计953.20万元，其中：基本支出525.83万元；项目支出427.37万元。';
  await validInvalid('narrative.parts', s, s.replace('427.37', '437.37'), [
    'error narrative.parts «本年支出合计953.20万元»',
  ]);
  const basic =
    '六、一般公共预算财政拨款基本支出决算情况说明\n\n2022年度财政拨款基本支出 525.83万元，其中：\n\n人员经费480.64万元，主要包括：基本工资。\n\n公用经费 45.19 万元，主要包括：办公费。';
  await validInvalid('narrative.parts', basic, basic.replace('45.19', '55.19'), [
    'error narrative.parts «2022年度财政拨款基本支出 525.83万元»',
  ]);
  const tail = s.replace('427.37', '427.38');
  assert.deepEqual((await ofRule('narrative.parts', tail)).map(brief), [
    'info narrative.parts «本年支出合计953.20万元»',
  ]);
  const partial = '本年支出合计953.20万元，其中：基本支出525.83万元；项目支出400.00万元等。';
  assert.deepEqual(await ofRule('narrative.parts', partial), []);
});

test('narrative.unit: 元 where 万元 fits, shown by the completion rate', async () => {
  const s =
    '（3）卫生健康支出（类）医疗保障管理事务（款）其他医疗保障管理事务支出（项）。年初预算为2311.99万元，支出决算为365.07万元，完成年初预算的15.79%。';
  const [f] = await validInvalid('narrative.unit', s, s.replace('2311.99万元', '2311.99元'), [
    'warning narrative.unit «年初预算为2311.99元»',
  ]);
  assert.match(f.message, /单位应为“万元”/);
  // The slip is told once, as a unit slip, not again as a wrong completion rate.
  const all = await narrativeFindings(s.replace('2311.99万元', '2311.99元'));
  assert.deepEqual(all.filter(isAlarm).map(brief), ['warning narrative.unit «年初预算为2311.99元»']);
});

test('narrative.unit against a table: 本年收入合计 in 元', async () => {
  const s = '二、收入决算情况说明\n本年收入合计953.20万元。';
  const found = await validInvalid(
    'narrative.unit',
    s,
    s.replace('万元', '元'),
    ['warning narrative.unit «本年收入合计953.20元»'],
    'liujiang2022-standard',
  );
  assert.ok(found[0].sheet && found[0].cell);
});

test('narrative.zero-budget', async () => {
  const s =
    '1.一般公共服务支出（类）其他一般公共服务支出（款）其他一般公共服务支出（项）。年初预算为0万元，支出决算为12.49万元，';
  await validInvalid('narrative.zero-budget', s + '决算数大于年初预算数。', s + '超出年初预算100%。', [
    'warning narrative.zero-budget «超出年初预算100%»',
  ]);
  // 0 budget, 0 spent, "0%": nothing was claimed that could be wrong.
  const empty = '2023年度政府性基金预算财政拨款支出年初预算为0万元，支出决算为0万元，完成年初预算的0%。';
  assert.deepEqual(await ofRule('narrative.zero-budget', empty), []);
});

test('narrative.none-claim, against the tables and against the narrative itself', async () => {
  const project =
    '三、支出决算情况说明\n本年支出合计1,049.22万元，其中：基本支出888.32万元，占84.66%；项目支出160.90万元，占15.34%。\n';
  await validInvalid(
    'narrative.none-claim',
    project + '本部门无主管专项资金。',
    project + '本部门无项目支出，未开展部门重点评价。',
    ['warning narrative.none-claim «本部门无项目支出»'],
  );
  const fund = '本部门2024年度无政府性基金预算财政拨款收支，已公开空表。';
  assert.deepEqual(await ofRule('narrative.none-claim', fund, 'danfeng2024-standard'), []);
  const liujiang = await ofRule(
    'narrative.none-claim',
    '本部门无财政拨款公务接待费支出。',
    'liujiang2022-standard',
  );
  assert.deepEqual(liujiang.map(brief), ['warning narrative.none-claim «本部门无财政拨款公务接待费支出»']);
  assert.equal(liujiang[0].table, '公开09');
});

test('narrative.table-figure: an amount against its table figure, a 0.01 difference is a tail', async () => {
  const s = '二、收入决算情况说明\n本年收入合计953.20万元，其中：财政拨款收入953.20万元，占比100%。';
  const [f] = await validInvalid(
    'narrative.table-figure',
    s,
    s.replace('本年收入合计953.20', '本年收入合计963.20'),
    ['error narrative.table-figure «本年收入合计963.20万元»'],
    'liujiang2022-standard',
  );
  assert.equal(f.expected, 953.2);
  assert.equal(f.actual, 963.2);
  assert.equal(f.table, '公开01');
  assert.ok(f.sheet && f.cell);
  const tail = await ofRule(
    'narrative.table-figure',
    s.replace('财政拨款收入953.20', '财政拨款收入953.21'),
    'liujiang2022-standard',
  );
  assert.deepEqual(
    tail.map((x) => x.severity),
    ['info'],
  );
  const item =
    '14、住房保障支出（类）住房改革支出（款）住房公积金（项）。年初预算为 30.92 万元，支出决算为 26.35 万元，完成年初预算的 85.22%。';
  await validInvalid(
    'narrative.table-figure',
    item,
    item.replace('26.35', '28.35').replace('85.22', '91.69'),
    ['error narrative.table-figure «支出决算为 28.35 万元»'],
    'liujiang2022-standard',
  );
});

test('narrative.comparison-word', async () => {
  const s =
    '年初预算为 20.62 万元，支出决算为 7.92 万元，完成年初预算的 38.41 %。决算数小于预算数的主要原因是财政资金紧张。';
  await validInvalid('narrative.comparison-word', s, s.replace('小于', '大于'), [
    'warning narrative.comparison-word «决算数大于预算数»',
  ]);
  const same = '公务接待费年初预算为0万元，支出决算为0万元，完成年初预算的0%。决算数与年初预算数不存在差异。';
  assert.deepEqual(await ofRule('narrative.comparison-word', same), []);
});

test('narrative.name: a drifted 款 name is told as info, the catalogue name passes', async () => {
  const s =
    '2、社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）。年初预算为 1.30 万元，支出决算为 1.30 万元。';
  await validInvalid(
    'narrative.name',
    s,
    s.replace('行政事业单位养老支出', '行政事业养老支出'),
    ['info narrative.name «行政事业养老支出（款）»'],
    'liujiang2022-standard',
  );
});

test('narrative.malformed', async () => {
  const s = '2023年度机关运行经费支出4.4万元。';
  await validInvalid('narrative.malformed', s, s.replace('4.4万元', '0X 万元'), [
    'warning narrative.malformed «0X 万元»',
  ]);
});

test('narrative.year', async () => {
  const s = '十二、国有资产占用情况说明\n\n截至2024年12月31日，本部门共有车辆0辆。';
  await validInvalid(
    'narrative.year',
    s,
    s.replace('截至2024', '截至2023'),
    ['warning narrative.year «截至2023年12月31日»'],
    undefined,
    2024,
  );
});

test('narrative.running-costs', async () => {
  const s = '十、机关运行经费支出情况说明\n\n2024年度机关运行经费支出212.45万元。';
  await validInvalid(
    'narrative.running-costs',
    s,
    s.replace('212.45', '312.45'),
    ['warning narrative.running-costs «2024年度机关运行经费支出312.45万元»'],
    'danfeng2024-standard',
  );
});
