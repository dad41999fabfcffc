/**
 * The unit and the document named alike everywhere (DOMAIN.md §8, names): the title lines and table headings of the
 * 社会工作部 2024 决算 (its PDF's prose), with one name or document word changed.
 */

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from '@jest/globals';
import { checkWorkbook } from '../../src/core/check';
import type { Finding } from '../../src/core/report';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { FIXTURES } from '../helpers';

const TITLES = readFileSync(path.join(FIXTURES, 'wording', 'shehui2024-titles.txt'), 'utf8');
const UNIT = '中共上海市普陀区委社会工作部';
const TABLE_TITLE = `${UNIT}2024年度部门决算表`;

function unitName(narrative: string | null, snapshot: WorkbookSnapshot | null = null): Finding[] {
  return checkWorkbook(snapshot, { narrative, year: 2024 }).findings.filter(
    (f) => f.rule === 'text.unit-name',
  );
}

const heading = (field: string): WorkbookSnapshot => ({
  name: 'x.xlsx',
  sheets: [
    {
      name: '公开01',
      originRow: 0,
      originCol: 0,
      merges: [],
      values: [
        ['收入支出决算总表', null],
        [field, '单位：万元'],
      ],
    },
  ],
});

test('text.unit-name: the real 社会工作部 2024 titles (年初预算, 全年预算 in the text) raise nothing', () => {
  assert.ok(TITLES.includes(TABLE_TITLE) && TITLES.includes('全年预算为321.02万元'));
  assert.deepEqual(unitName(TITLES), []);
  assert.deepEqual(unitName(TITLES, heading(`编制单位：${UNIT}`)), []);
});

test('text.unit-name: a title naming the unit otherwise (a word dropped) or another body', () => {
  const dropped = TITLES.replace(TABLE_TITLE, TABLE_TITLE.replace('中共', ''));
  const f = unitName(dropped);
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'warning');
  assert.equal(f[0].narrative?.text, '上海市普陀区委社会工作部');
  assert.equal(f[0].narrative?.start, dropped.indexOf('上海市普陀区委社会工作部2024年度部门决算表'));
  assert.match(
    f[0].message,
    /与本文件其他标题和表头的“中共上海市普陀区委社会工作部”不一致，疑为名称写法不同/,
  );
  // A heading field that names another body (a higher-level office of the same kind).
  const other = unitName(TITLES, heading('编制单位：中共上海市委社会工作部'));
  assert.equal(other.length, 1);
  assert.equal(other[0].cell, 'A2');
  assert.match(
    other[0].message,
    /“中共上海市委社会工作部”与本文件其他表头和标题的“中共上海市普陀区委社会工作部”不一致，疑为其他单位的名称/,
  );
  // 与 for 和 (DOMAIN.md §8): the same unit written otherwise.
  const withAnd = TITLES.split(UNIT)
    .join('上海市普陀区民政和社会工作局')
    .replace(
      '上海市普陀区民政和社会工作局2024年度部门决算表',
      '上海市普陀区民政与社会工作局2024年度部门决算表',
    );
  assert.deepEqual(
    unitName(withAnd).map((x) => x.narrative?.text),
    ['上海市普陀区民政与社会工作局'],
  );
  assert.match(unitName(withAnd)[0].message, /疑为名称写法不同/);
  // Spaces and full-width brackets are the same name.
  assert.deepEqual(
    unitName(TITLES.replace(TABLE_TITLE, `中共上海市普陀区委 社会工作部 2024 年度部门决算表`)),
    [],
  );
});

test('text.unit-name: a title whose document word is not the document’s (单位 for 部门, 预算 for 决算)', () => {
  const unitWord = unitName(TITLES.replace(TABLE_TITLE, TABLE_TITLE.replace('部门决算', '单位决算')));
  assert.deepEqual(
    unitWord.map((f) => f.narrative?.text),
    ['单位决算'],
  );
  assert.match(unitWord[0].message, /写作“单位决算”，而本文件是部门决算/);
  const budget = unitName(TITLES.replace(TABLE_TITLE, TABLE_TITLE.replace('部门决算', '部门预算')));
  assert.deepEqual(
    budget.map((f) => f.narrative?.text),
    ['部门预算'],
  );
  // Another year's document is another document: a 2025 budget named in a 2024 决算 is not judged.
  assert.deepEqual(unitName(`${TITLES}${UNIT}2025年度部门预算\n`), []);
});
