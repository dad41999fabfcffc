import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { check, loadCase, marks, planted } from '../helpers';

test('sum.row: the corpus rows add up (one tail in 公开03 and 公开05 row 210)', async () => {
  assert.deepEqual(marks(check(await loadCase('liujiang2022-standard')), 'sum.row'), [
    'info 公开03表!C20',
    'info 公开05表!C20',
  ]);
});

test('sum.row: a row whose 合计 is not 基本 + 项目 is an error on the 合计 cell', async () => {
  const r = await planted('liujiang2022-standard', [['公开03表', 'D28', 344.43]]);
  assert.deepEqual(marks(r, 'sum.row'), ['info 公开03表!C20', 'error 公开03表!C28', 'info 公开05表!C20']);
  const f = r.findings.find((x) => x.rule === 'sum.row' && x.cell === 'C28')!;
  assert.equal(f.expected, 344.43);
  assert.equal(f.actual, 344.33);
  assert.deepEqual(
    f.related?.map((x) => x.cell),
    ['D28', 'E28', 'F28', 'G28', 'H28'],
  );
});

test('sum.row: 公开02 本年收入合计 against its sources', async () => {
  const r = await planted('danfeng2024-textnum', [['2收入决算表', 'D11', '20.60']]);
  assert.deepEqual(
    marks(r, 'sum.row').filter((m) => m.startsWith('error')),
    ['error 2收入决算表!C11'],
  );
});
