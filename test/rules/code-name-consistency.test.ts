import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { check, loadCase, marks, planted, withCells } from '../helpers';

test('code.name-consistency: one code, one name across tables', async () => {
  assert.deepEqual(marks(check(await loadCase('danfeng2024-standard')), 'code.name-consistency'), []);
  const r = await planted('danfeng2024-standard', [['公开05表', 'B10', '机关事业单位基本养老保险']]);
  const f = r.findings.filter((x) => x.rule === 'code.name-consistency');
  assert.deepEqual(
    f.map((x) => `${x.severity} ${x.sheet}!${x.cell} ~ ${x.related?.[0].sheet}!${x.related?.[0].cell}`),
    ['warning 公开05表!B10 ~ 公开02表!B10'],
  );
});

test('a line of text below a table (a signature) is no piece of the last row’s name', async () => {
  const base = await loadCase('liujiang2022-standard');
  const sheet = base.sheets.find((s) => s.name === '公开05表')!;
  const end = sheet.originRow + sheet.values.length;
  const before = check(base);
  for (const changes of [
    [['公开05表', `B${end + 1}`, '单位负责人：张三']],
    [['公开05表', `B${end + 2}`, '单位负责人：张三']],
  ] as Array<Array<[string, string, string]>>) {
    const report = check(withCells(base, changes));
    for (const rule of ['code.name-consistency', 'code.catalog'])
      assert.deepEqual(marks(report, rule), marks(before, rule), `${rule} ${changes[0][1]}`);
  }
});
