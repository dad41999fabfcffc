import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { check, loadCase, marks, planted } from '../helpers';

test('code.catalog: the corpus names are the catalogue names (bracket width aside)', async () => {
  for (const id of ['liujiang2022-standard', 'danfeng2024-textnum'])
    assert.deepEqual(marks(check(await loadCase(id)), 'code.catalog'), [], id);
});

test('code.catalog: a wrong name is a warning; an unknown code is info while the catalogue is partial', async () => {
  const r = await planted('liujiang2022-standard', [
    ['公开02表', 'B22', '行政医疗'],
    ['公开06表', 'D33', '30298'],
  ]);
  assert.deepEqual(marks(r, 'code.catalog'), ['warning 公开02表!B22', 'info 公开06表!D33']);
  assert.match(
    r.findings.find((f) => f.cell === 'B22' && f.rule === 'code.catalog')!.message,
    /行政单位医疗/,
  );
});
