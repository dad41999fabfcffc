import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { check, loadCase, marks, planted } from '../helpers';

test('code.structure: the corpus is well formed', async () => {
  assert.deepEqual(marks(check(await loadCase('liujiang2022-stacked')), 'code.structure'), []);
});

test('code.structure: a duplicate code, a 项 without its 款, a 项 under the wrong 款', async () => {
  const r = await planted('liujiang2022-standard', [
    ['公开05表', 'A30', '2101502'],
    ['公开05表', 'A17', '2089999'],
    ['公开05表', 'A26', '2101599'],
  ]);
  assert.deepEqual(marks(r, 'code.structure'), [
    'warning 公开05表!A17',
    'warning 公开05表!A26',
    'warning 公开05表!A30',
  ]);
  const messages = r.findings.filter((f) => f.rule === 'code.structure').map((f) => f.message);
  assert.match(messages[0], /上级款 20899 没有列出/);
  assert.match(messages[1], /列在款 21013 医疗救助 之下/);
  assert.match(messages[2], /重复/);
});
