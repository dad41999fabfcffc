import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import type { CellValue } from '../../src/core/snapshot';
import { alarms, check, loadCase, marks, ofRule, SHANGHAI_CASES, withCells } from '../helpers';

test('table.unreadable: the corpus, in every layout and face, has none', async () => {
  for (const id of ['liujiang2022-standard', 'danfeng2024-stacked', 'danfeng2024-textnum', ...SHANGHAI_CASES])
    assert.deepEqual(marks(check(await loadCase(id)), 'table.unreadable'), [], id);
});

test('a value column filled with names: one finding on the table, not one per cell', async () => {
  const base = await loadCase('danfeng2024-standard');
  const sheet = base.sheets.find((s) => s.name === '公开03表')!;
  // The names pasted over the 基本支出 column, as when a 科目名称 column is taken for amounts.
  const changes: Array<[string, string, CellValue]> = [];
  sheet.values.forEach((row, r) => {
    if (r >= 7 && typeof row[1] === 'string' && row[0]) changes.push(['公开03表', `D${r + 1}`, row[1]]);
  });
  assert.ok(changes.length >= 20);
  const before = check(base);
  const report = check(withCells(base, changes));
  const found = ofRule(report, 'table.unreadable');
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'warning');
  assert.equal(found[0].table, '公开03');
  assert.match(found[0].message, /基本支出/);
  assert.match(found[0].message, /D7:D31/);
  // No per-cell or per-row finding comes from the misread column.
  assert.deepEqual(marks(report, 'number.invalid'), []);
  assert.deepEqual(
    alarms(report.findings).map((f) => f.rule),
    [...alarms(before.findings).map((f) => f.rule), 'table.unreadable'].sort(),
  );
  // Found, though not checked: 公开03 is not reported missing.
  assert.deepEqual(
    ofRule(report, 'completeness.tables').filter((f) => f.message.includes('公开03')),
    [],
  );
});

test('a column with figures under a header the table should not have: one finding, the rest still checked', async () => {
  const report = check(
    await (async () =>
      withCells(await loadCase('danfeng2024-standard'), [
        ['公开05表', 'F5', '其他资金'],
        ['公开05表', 'F8', 12.5],
        ['公开05表', 'F9', 3],
      ]))(),
  );
  const found = ofRule(report, 'table.unreadable');
  assert.equal(found.length, 1);
  assert.match(found[0].message, /其他资金/);
  assert.match(found[0].message, /2 个数字/);
  // The table's own relations are still checked: its rounding tails are still there.
  assert.ok(report.findings.some((f) => f.rule === 'sum.hierarchy' && f.sheet === '公开05表'));
});

test('a title whose table cannot be read at all: one finding naming it, not a missing table', async () => {
  const base = await loadCase('danfeng2024-standard');
  const sheet = base.sheets.find((s) => s.name === '公开08表')!;
  // Everything under the title is gone but the title.
  const changes: Array<[string, string, CellValue]> = [];
  sheet.values.forEach((row, r) =>
    row.forEach((_, c) => {
      if (r > 0) changes.push(['公开08表', `${String.fromCharCode(65 + c)}${r + 1}`, null]);
    }),
  );
  changes.push(['公开08表', 'A3', '此处为图片']);
  const report = check(withCells(base, changes));
  const found = ofRule(report, 'table.unreadable');
  assert.equal(found.length, 1);
  assert.match(found[0].message, /国有资本经营预算财政拨款支出决算表/);
  assert.deepEqual(
    ofRule(report, 'completeness.tables').map((f) => f.message),
    [],
  );
});

test('公开06 with a 决算数 column of text: one finding naming the column, no finding per cell', async () => {
  const changes: Array<[string, string, CellValue]> = [];
  for (let r = 5; r <= 19; r++) changes.push(['公开06表', `C${r}`, `第${r}行说明`]);
  const report = check(withCells(await loadCase('danfeng2024-standard'), changes));
  const found = ofRule(report, 'table.unreadable');
  assert.equal(found.length, 1);
  assert.equal(found[0].table, '公开06');
  assert.match(found[0].message, /C列有 15 个单元格不是数字/);
  assert.deepEqual(marks(report, 'number.invalid'), []);
  assert.deepEqual(marks(report, 'economic.sum'), []);
});

test('a table of contents listing the titles gives no finding: those tables are read where they are', async () => {
  const base = await loadCase('danfeng2024-shanghai');
  const toc = [
    '目录',
    '一、收入支出决算总表',
    '二、收入决算表',
    '三、支出决算表',
    '四、财政拨款收入支出决算总表',
    '五、一般公共预算财政拨款支出决算表',
    '六、一般公共预算财政拨款基本支出决算表',
    '七、财政拨款“三公”经费支出决算表',
    '八、政府性基金预算财政拨款收入支出决算表',
    '九、国有资本经营预算财政拨款收入支出决算表',
  ];
  const book = {
    ...base,
    sheets: [
      { name: '目录', originRow: 0, originCol: 0, values: toc.map((t) => [t]), merges: [] },
      ...base.sheets,
    ],
  };
  const report = check(book);
  assert.equal(report.tables.length, 9);
  assert.deepEqual(marks(report, 'table.unreadable'), []);
  assert.deepEqual(tally(report), tally(check(base)));
});

const tally = (r: ReturnType<typeof check>) => r.findings.map((f) => `${f.rule} ${f.severity}`).sort();

test('a column of placeholders in a table read otherwise: reported once, the rest of the table still checked', async () => {
  const changes: Array<[string, string, CellValue]> = [];
  for (let r = 7; r <= 33; r++) changes.push(['公开03表', `F${r}`, '*']);
  changes.push(['公开03表', 'C7', 99.99]);
  const report = check(withCells(await loadCase('liujiang2022-standard'), changes));
  const found = ofRule(report, 'table.unreadable');
  assert.equal(found.length, 1);
  assert.match(found[0].message, /上缴上级支出/);
  assert.match(found[0].message, /F7:F33/);
  assert.deepEqual(marks(report, 'number.invalid'), []);
  // The planted 本年支出合计 is still caught by the relations that do not need 上缴上级支出.
  assert.ok(
    report.findings.some((f) => f.severity === 'error' && f.sheet === '公开03表' && f.cell === 'C7'),
    report.findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`).join('\n'),
  );
});

test('公开02 without its 本年收入合计 column (the header one column left): a finding, never a crash', async () => {
  const report = check(
    withCells(await loadCase('danfeng2024-standard'), [
      ['公开02表', 'C4', null],
      ['公开02表', 'B4', '本年收入合计'],
    ]),
  );
  const found = ofRule(report, 'table.unreadable').filter((f) => f.table === '公开02');
  assert.equal(found.length, 1);
  assert.match(found[0].message, /本年收入合计/);
});
