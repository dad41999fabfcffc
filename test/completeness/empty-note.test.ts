import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from '@jest/globals';
import { checkWorkbook } from '../../src/core/check';
import { check, CORPUS, loadCase, marks } from '../helpers';

const danfengNarrative = readFileSync(path.join(CORPUS, 'narratives', 'danfeng2024.txt'), 'utf8');

test('completeness.empty-note: empty 公开07/08 with “故本表无数据” under them pass', async () => {
  assert.deepEqual(marks(check(await loadCase('liujiang2022-standard')), 'completeness.empty-note'), []);
});

test('completeness.empty-note: no note under the empty tables — the narrative explains them', async () => {
  const snapshot = await loadCase('danfeng2024-standard');
  assert.deepEqual(marks(check(snapshot), 'completeness.empty-note'), [
    'info 公开07表!A1',
    'info 公开08表!A1',
    'info 公开09表!A1',
  ]);
  assert.deepEqual(marks(check(snapshot, { narrative: danfengNarrative }), 'completeness.empty-note'), []);
  const silent = danfengNarrative.replace(/本部门2024年度无政府性基金预算财政拨款收支，已公开空表。/, '');
  assert.deepEqual(marks(check(snapshot, { narrative: silent }), 'completeness.empty-note'), [
    'warning 公开07表!A1',
  ]);
});

test('completeness.empty-note: a narrative alone that gives 0 without saying why is weak, silence is missing', () => {
  const longan = readFileSync(path.join(CORPUS, 'narratives', 'longan2023.txt'), 'utf8');
  const zero = checkWorkbook(null, { narrative: longan }).findings.filter(
    (f) => f.rule === 'completeness.empty-note',
  );
  assert.deepEqual(
    zero.map((f) => `${f.severity} ${/公开0\d/.exec(f.message)?.[0]}`),
    ['info 公开07', 'info 公开08', 'info 公开09'],
  );
  assert.equal(zero[0].topic, '空表说明');
  assert.match(zero[0].narrative!.text, /^2023年度政府性基金预算财政拨款支出年初预算为0万元/);
  const start = longan.indexOf('七、政府性基金');
  const silent = longan.slice(0, start) + longan.slice(longan.indexOf('八、国有资本经营'));
  const f = checkWorkbook(null, { narrative: silent }).findings.filter(
    (x) => x.rule === 'completeness.empty-note',
  );
  assert.deepEqual(
    f.map((x) => `${x.severity} ${/公开0\d/.exec(x.message)?.[0]}`),
    ['warning 公开07', 'info 公开08', 'info 公开09'],
  );
});

test('completeness.empty-note: “本部门无…，已公开空表” explains each empty table', () => {
  assert.deepEqual(
    checkWorkbook(null, { narrative: danfengNarrative }).findings.filter(
      (f) => f.rule === 'completeness.empty-note',
    ),
    [],
  );
});

test('completeness.empty-note: a kind of money mentioned without any amount is not said to be written as 0', () => {
  const findings = checkWorkbook(null, {
    narrative: '七、政府性基金预算财政拨款支出情况说明\n本部门政府性基金预算财政拨款支出情况详见公开07。',
  }).findings.filter((f) => f.rule === 'completeness.empty-note' && /政府性基金/.test(f.message));
  assert.equal(findings.length, 1);
  assert.equal(findings[0].severity, 'info');
  assert.match(findings[0].message, /^情况说明提到政府性基金预算财政拨款收支，但没有写出金额/);
  assert.doesNotMatch(findings[0].message, /为0/);
});
