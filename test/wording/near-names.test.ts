/**
 * NearNames (src/core/wording/near-names.ts) against the plain search it replaces: every name's head and tail looked
 * for with indexOf, name by name. Real subject names and real narrative text with one character changed.
 */

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from '@jest/globals';
import { NearNames, type NearName } from '../../src/core/wording/near-names';
import { FIXTURES } from '../helpers';

/** The search as text.subject-name made it before NearNames: a set of starts per name, heads then tails. */
function plain(names: string[], t: string): NearName[] {
  const out: NearName[] = [];
  names.forEach((n, name) => {
    const L = n.length;
    const starts = new Set<number>();
    for (let i = t.indexOf(n.slice(0, 3)); i >= 0; i = t.indexOf(n.slice(0, 3), i + 1)) starts.add(i);
    for (let j = t.indexOf(n.slice(-3)); j >= 0; j = t.indexOf(n.slice(-3), j + 1)) starts.add(j + 3 - L);
    for (const i of starts) {
      if (i < 0 || i + L > t.length) continue;
      let diff = -1;
      let count = 0;
      for (let k = 0; k < L && count < 2; k++)
        if (t[i + k] !== n[k]) {
          diff = k;
          count++;
        }
      if (count === 1 && /[\u4e00-\u9fff]/.test(t[i + diff])) out.push({ name, start: i, diff });
    }
  });
  return out;
}

const NAMES = [
  '抗疫特别国债安排的支出',
  '社会保障和就业支出',
  '行政事业单位医疗',
  '行政事业单位养老支出',
  '卫生健康支出',
  '住房保障支出',
  '医疗保障管理事务',
  '支出支出支出', // head and tail the same
];

test('NearNames finds a name written with one character changed, and only such', () => {
  const near = new NearNames(NAMES);
  const text = '2024年抗役特别国债安排的支出为0万元；社会保障和就叶支出120万元，卫生健康支出（类）。';
  const found = near.find(text);
  assert.deepEqual(
    found.map((f) => [NAMES[f.name], text.slice(f.start, f.start + NAMES[f.name].length), f.diff]),
    [
      ['抗疫特别国债安排的支出', '抗役特别国债安排的支出', 1],
      ['社会保障和就业支出', '社会保障和就叶支出', 6],
    ],
  );
  // The name itself, two characters off, or a letter for a character: nothing.
  assert.deepEqual(near.find('卫生健康支出'), []);
  assert.deepEqual(near.find('卫生建设支出'), []);
  assert.deepEqual(near.find('卫生健X支出'), []);
  assert.deepEqual(near.find(''), []);
});

test('NearNames gives what the name-by-name search gives, in its order, on real text with changes', () => {
  const near = new NearNames(NAMES);
  const texts = ['corpus/narratives/danfeng2024.txt', 'corpus/narratives/liujiang2022.txt'].map((f) =>
    readFileSync(path.join(FIXTURES, f), 'utf8'),
  );
  // Every name planted with each of its characters changed, and a head or tail hanging over either end.
  const planted = NAMES.flatMap((n) =>
    [...n].map(
      (_, k) => `，${n.slice(0, k)}${k % 2 ? '役' : '叶'}${n.slice(k + 1)}。${n.slice(2)}${n.slice(0, -2)}`,
    ),
  );
  const cases = [...texts, ...texts.flatMap((t) => t.split('\n')), planted.join(''), ...planted];
  let hits = 0;
  for (const t of cases) {
    const want = plain(NAMES, t);
    hits += want.length;
    assert.deepEqual(near.find(t), want);
  }
  assert.ok(hits > NAMES.length * 4, `${hits} hits`);
});
