import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { checkWorkbook } from '../../src/core/check';
import type { CellValue } from '../../src/core/snapshot';

/** 西南大学 2023's 表2 and 表4 as printed (first rows), with 其中 columns under 事业收入 and 项目支出. */
function central(capital2050205: number, tuition205: number) {
  const sheet = (name: string, values: CellValue[][]) => ({
    name,
    originRow: 0,
    originCol: 0,
    values,
    merges: [] as Array<{ top: number; left: number; bottom: number; right: number }>,
  });
  const t2 = sheet('表2', [
    ['表2：高等学校收入决算表', null, null, null, null, null, null, null, null, null],
    [
      '科目编码',
      '科目名称',
      '本年收入合计',
      '财政拨款收入',
      '上级补助收入',
      '事业收入',
      null,
      '经营收入',
      '附属单位上缴收入',
      '其他收入',
    ],
    [null, null, null, null, null, '金额', '其中：教育收费', null, null, null],
    ['205', '教育支出', 399693.48, 220752.34, null, 136385.24, tuition205, null, null, 42555.9],
    ['20502', '普通教育', 399693.48, 220752.34, null, 136385.24, tuition205, null, null, 42555.9],
    ['2050205', '高等教育', 399693.48, 220752.34, null, 136385.24, tuition205, null, null, 42555.9],
    [null, '合计', 399693.48, 220752.34, null, 136385.24, tuition205, null, null, 42555.9],
  ]);
  t2.merges.push({ top: 1, left: 5, bottom: 1, right: 6 });
  const t4 = sheet('表4', [
    ['表4：高等学校财政拨款支出决算表', null, null, null, null, null],
    ['科目编码', '科目名称', '本年支出', null, null, null],
    [null, null, '合计', '基本支出', '项目支出', null],
    [null, null, null, null, '小计', '其中：基本建设资金支出'],
    [null, '合计', 186663.39, 152569.36, 34094.03, capital2050205],
    ['205', '教育支出', 186663.39, 152569.36, 34094.03, capital2050205],
    ['20502', '普通教育', 186663.39, 152569.36, 34094.03, capital2050205],
    ['2050205', '高等教育', 186663.39, 152569.36, 34094.03, capital2050205],
  ]);
  t4.merges.push({ top: 1, left: 2, bottom: 1, right: 5 }, { top: 2, left: 4, bottom: 2, right: 5 });
  return { name: 'central.xlsx', sheets: [t2, t4] };
}

test('sum.part: the 其中 columns are read, no addends of the row, and within their column', () => {
  const r = checkWorkbook(central(5536.97, 73648.19), { face: 'central-4' });
  // 本年收入合计 = 财政拨款 + 事业收入 + 其他 without 教育收费; 合计 = 基本 + 项目 without 基本建设.
  assert.deepEqual(
    r.findings.filter((f) => f.rule.startsWith('sum.') || f.rule === 'table.unreadable'),
    [],
  );
  assert.deepEqual(
    r.tables.map((t) => t.name),
    ['表2 收入决算表', '表4 财政拨款支出决算表'],
  );
});

test('sum.part: a 其中 larger than its column is an error on the column, naming the table as its face does', () => {
  const r = checkWorkbook(central(34094.13, 136400), { face: 'central-4' });
  const parts = r.findings.filter((f) => f.rule === 'sum.part');
  assert.deepEqual(
    parts.map((f) => `${f.severity} ${f.sheet}!${f.cell}`),
    [
      'error 表2!F4',
      'error 表2!F5',
      'error 表2!F6',
      'error 表2!F7',
      'error 表4!E5',
      'error 表4!E6',
      'error 表4!E7',
      'error 表4!E8',
    ],
  );
  const f = parts.find((x) => x.cell === 'E8')!;
  assert.match(
    f.message,
    /^表4 财政拨款支出决算表 2050205 高等教育 .*34,094\.03，小于.*基本建设资金支出 34,094\.13/,
  );
  assert.deepEqual(
    f.related?.map((x) => x.cell),
    ['F8'],
  );
  // Still no row sum broken by the 其中 columns.
  assert.deepEqual(
    r.findings.filter((x) => x.rule === 'sum.row'),
    [],
  );
});
