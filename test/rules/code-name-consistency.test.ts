import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { check, loadCase, marks, planted } from '../helpers';

test('code.name-consistency: one code, one name across tables', async () => {
  assert.deepEqual(marks(check(await loadCase('danfeng2024-standard')), 'code.name-consistency'), []);
  const r = await planted('danfeng2024-standard', [['公开05表', 'B10', '机关事业单位基本养老保险']]);
  const f = r.findings.filter((x) => x.rule === 'code.name-consistency');
  assert.deepEqual(
    f.map((x) => `${x.severity} ${x.sheet}!${x.cell} ~ ${x.related?.[0].sheet}!${x.related?.[0].cell}`),
    ['warning 公开05表!B10 ~ 公开02表!B10'],
  );
});
