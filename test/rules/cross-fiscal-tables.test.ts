import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { check, loadCase, marks, planted } from '../helpers';

test('cross.fiscal-tables: 公开05 by 类 = 公开04 一般公共预算 column', async () => {
  assert.deepEqual(marks(check(await loadCase('liujiang2022-textnum')), 'cross.fiscal-tables'), []);
  const r = await planted('liujiang2022-standard', [['公开04表', 'G25', 26.95]]);
  const f = r.findings.filter((x) => x.rule === 'cross.fiscal-tables');
  assert.deepEqual(
    f.map((x) => `${x.severity} ${x.sheet}!${x.cell} ← ${x.related?.[0].sheet}!${x.related?.[0].cell}`),
    ['error 公开05表!C31 ← 公开04表!G25'],
  );
});

test('cross.fiscal-tables: 公开07 本年支出 against the 政府性基金 column', async () => {
  const r = await planted('danfeng2024-standard', [
    ['公开07表', 'E7', 3],
    ['公开07表', 'G7', 3],
  ]);
  assert.deepEqual(marks(r, 'cross.fiscal-tables'), ['error 公开07表!E7']);
});
