/** A 项 written under a 款 it does not belong to (DOMAIN.md §8, subject names), on the 柳江 2022 narrative and tables. */

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from '@jest/globals';
import { checkWorkbook } from '../../src/core/check';
import { FIXTURES, loadCase } from '../helpers';

const NARRATIVE = readFileSync(path.join(FIXTURES, 'published', '002_2fb42be3c1530c0d.txt'), 'utf8');
const LINE = '2、社会保障和就业支出（类）行政事业养老支出（款）行政单位离退休（项）';

async function parentFindings(narrative: string) {
  const snapshot = await loadCase('liujiang2022-standard');
  return checkWorkbook(snapshot, { narrative }).findings.filter((f) => f.rule === 'text.subject-parent');
}

test('text.subject-parent: the published 柳江 2022 narrative with its own tables has every 项 under its 款', async () => {
  assert.ok(NARRATIVE.includes(LINE));
  assert.deepEqual(await parentFindings(NARRATIVE), []);
});

test('text.subject-parent: a 项 of another 款 (行政单位医疗, 2101101) written under 行政事业单位养老支出', async () => {
  const moved = NARRATIVE.replace(LINE, LINE.replace('行政单位离退休（项）', '行政单位医疗（项）'));
  const f = await parentFindings(moved);
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'warning');
  assert.equal(f[0].narrative?.text, '行政单位医疗（项）');
  assert.equal(f[0].narrative?.start, moved.indexOf('行政单位医疗（项）'));
  assert.match(
    f[0].message,
    /项“行政单位医疗”（2101101）不属于款“行政事业单位养老支出”（20805），其上级款应为“行政事业单位医疗”（21011）/,
  );
});

test('text.subject-parent: a 款 of another 类, and a name that fits nothing or several codes, are told apart', async () => {
  const wrongClass = LINE.replace('社会保障和就业支出（类）', '卫生健康支出（类）');
  const f = await parentFindings(
    NARRATIVE.replace(LINE, wrongClass.replace('行政事业养老', '行政事业单位养老')),
  );
  assert.equal(f.length, 1);
  assert.match(
    f[0].message,
    /款“行政事业单位养老支出”（20805）不属于类“卫生健康支出”（210），其上级类应为“社会保障和就业支出”（208）/,
  );
  // Placed elsewhere only by its exact name: 行政事业养老支出 is a loose form of 20805's name, not judged.
  assert.deepEqual(await parentFindings(NARRATIVE.replace(LINE, wrongClass)), []);
  // A name of no table or catalogue code, and 行政运行 (a 项 of many 款): not judged.
  for (const other of ['新设事务（项）', '行政运行（项）'])
    assert.deepEqual(
      await parentFindings(NARRATIVE.replace(LINE, LINE.replace('行政单位离退休（项）', other))),
      [],
    );
});
