/** `gouji check --last-year` and a batch folder of several years, on real .xlsx files built from the corpus. */

import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { Report } from '../../src/core/report';
import { CORPUS, gouji } from '../helpers';
import { narrativeOf, writeCase, type FigureAt, type LineAt } from './pairs';

const TMP = mkdtempSync(path.join(os.tmpdir(), 'gouji-years-'));

const O1: LineAt = ['公开01', 'income', 'openingBalance', 'total'];
const C1: LineAt = ['公开01', 'expense', 'closingBalance', 'total'];
/** This year's 年初 3.00 on 公开01. */
const OPENING: Array<[FigureAt, number]> = [[O1, 3]];
/** Last year: the totals the narrative's growth gives, 年末 3.00. */
const danfengLast = (closing = 3): Array<[FigureAt, number]> => [
  [['公开01', 'income', 'grandTotal', 'total'], 1006.19],
  [['公开01', 'expense', 'grandTotal', 'total'], 1006.19],
  [['公开04', 'income', 'grandTotal', 'total'], 1006.19],
  ['公开05合计', 1006.19],
  [C1, closing],
];
const liujiangLast = (closing = 0): Array<[FigureAt, number]> => [
  [['公开01', 'income', 'grandTotal', 'total'], 1852.18],
  [['公开01', 'expense', 'grandTotal', 'total'], 1852.18],
  [['公开04', 'income', 'grandTotal', 'total'], 1852.18],
  ['公开05合计', 1852.18],
  ['公开09:reception', 0],
  ['公开09:total', 0],
  [C1, closing],
];
const running = (unit: string, year: number, amount: string) =>
  `${unit}${year}年度部门决算\n十、机关运行经费支出情况说明\n${year}年度机关运行经费支出${amount}万元。\n`;

test('gouji check --last-year: the break is reported on this year’s cell with last year’s file and cell', async () => {
  const dir = path.join(TMP, 'pair');
  await writeCase('danfeng2024-standard', path.join(dir, '丹凤2024.xlsx'), OPENING);
  await writeCase('danfeng2024-shanghai', path.join(dir, '丹凤2023.xlsx'), danfengLast(3.5));
  writeFileSync(path.join(dir, '2024.txt'), narrativeOf('danfeng2024'));
  writeFileSync(path.join(dir, '2023.txt'), running('丹凤县医疗保障局', 2023, '43.19'));
  const args = ['check', path.join(dir, '丹凤2024.xlsx'), '--narrative', path.join(dir, '2024.txt')];
  const last = [
    '--last-year',
    path.join(dir, '丹凤2023.xlsx'),
    '--last-year-narrative',
    path.join(dir, '2023.txt'),
  ];
  const r = gouji(...args, ...last, '--format', 'json');
  assert.equal(r.status, 1, r.stderr);
  const report: Report = JSON.parse(r.stdout);
  assert.deepEqual(report.lastYear, {
    file: '丹凤2023.xlsx',
    source: 'xlsx',
    year: 2023,
    unit: '丹凤县医疗保障局',
  });
  const years = report.findings.filter((f) => f.rule.startsWith('year.'));
  assert.deepEqual(
    years.map((f) => [f.rule, f.sheet, f.cell, f.difference, f.otherYear]),
    [
      [
        'year.carryover',
        '公开01表',
        'C35',
        -0.5,
        [{ file: '丹凤2023.xlsx', year: 2023, sheet: '收入支出决算总表', cell: 'D33' }],
      ],
    ],
  );
  assert.ok(years[0].id && report.findings.filter((f) => f.id === years[0].id).length === 1);
  const text = gouji(...args, ...last);
  assert.match(text.stdout, /上年决算：丹凤2023\.xlsx\u3000年度：2023/);
  assert.match(text.stdout, /〔上年：丹凤2023\.xlsx 收入支出决算总表!D33〕/);
  // Without --last-year the same workbook has no finding across years.
  const alone: Report = JSON.parse(gouji(...args, '--format', 'json').stdout);
  assert.equal(alone.findings.filter((f) => f.rule.startsWith('year.')).length, 0);
  assert.equal(alone.lastYear, undefined);
}, 600_000);

test('gouji check --last-year: a file that is not there is a clear message and exit 2', () => {
  const r = gouji(
    'check',
    path.join(CORPUS, 'cases', 'danfeng2024-standard.xlsx'),
    '--last-year',
    path.join(TMP, '无此文件.xlsx'),
  );
  assert.equal(r.status, 2);
  assert.match(r.stderr, /无此文件\.xlsx/);
});

test('a batch folder of three units over two years and one unit of one year: the 跨年 column', async () => {
  const dir = path.join(TMP, 'batch');
  const put = (name: string, text: string) => writeFileSync(path.join(dir, name), text);
  // 丹凤县医疗保障局 (财政部 face): 2024 against 2023, clean.
  await writeCase('danfeng2024-standard', path.join(dir, '医保2024.xlsx'), OPENING);
  await writeCase('danfeng2024-standard', path.join(dir, '医保2023.xlsx'), danfengLast());
  put('医保2024情况说明.txt', narrativeOf('danfeng2024'));
  put('医保2023情况说明.txt', running('丹凤县医疗保障局', 2023, '43.19'));
  // 柳州市柳江区医疗保障局: 2022 against 2021, whose 年末 is 7.00 while 2022 opens with 0.
  await writeCase('liujiang2022-standard', path.join(dir, '柳江', '柳江2022.xlsx'));
  await writeCase('liujiang2022-standard', path.join(dir, '柳江', '柳江2021.xlsx'), liujiangLast(7));
  put(path.join('柳江', '柳江2022情况说明.txt'), narrativeOf('liujiang2022'));
  put(path.join('柳江', '柳江2021情况说明.txt'), running('柳州市柳江区医疗保障局', 2021, '91.85'));
  // 丹凤县卫生健康局 (Shanghai face, the unit named on the narrative's cover): 机关运行经费 2023 misquoted.
  await writeCase('danfeng2024-shanghai', path.join(dir, '卫健2024.xlsx'), OPENING);
  await writeCase('danfeng2024-shanghai', path.join(dir, '卫健2023.xlsx'), danfengLast());
  put('卫健2024情况说明.txt', `丹凤县卫生健康局2024年度部门决算\n${narrativeOf('danfeng2024')}`);
  put('卫健2023情况说明.txt', running('丹凤县卫生健康局', 2023, '40.19'));
  // 丹凤县文化和旅游局: 2024 only.
  await writeCase('danfeng2024-standard', path.join(dir, '文旅2024.xlsx'), OPENING, [
    ['公开01表', 'A3', '编制部门：丹凤县文化和旅游局'],
  ]);
  put('文旅2024情况说明.txt', narrativeOf('danfeng2024'));

  const summary = path.join(TMP, 'batch-out', '汇总.xlsx');
  const r = gouji('check', dir, '--summary', summary, '--workers', '1', '--format', 'json');
  assert.equal(r.status, 1, r.stderr);
  const out: { files: Array<{ file: string; acrossYears: string | null; report: Report }> } = JSON.parse(
    r.stdout,
  );
  const across = Object.fromEntries(out.files.map((f) => [f.file, f.acrossYears]));
  assert.deepEqual(across, {
    '医保2023.xlsx': '文件夹中没有 2022 年度的决算，未做跨年比较',
    '医保2024.xlsx': '对照 医保2023.xlsx：一致',
    '卫健2023.xlsx': '文件夹中没有 2022 年度的决算，未做跨年比较',
    '卫健2024.xlsx': '对照 卫健2023.xlsx：错误 1',
    '文旅2024.xlsx': '仅有 2024 年度一年，无上年决算可比',
    [path.join('柳江', '柳江2021.xlsx')]: '文件夹中没有 2020 年度的决算，未做跨年比较',
    [path.join('柳江', '柳江2022.xlsx')]: '对照 柳江2021.xlsx：错误 1'.replace(
      '柳江2021',
      path.join('柳江', '柳江2021'),
    ),
  });
  const byFile = (name: string) => out.files.find((f) => f.file === name)!.report;
  const rules = (name: string) =>
    byFile(name)
      .findings.filter((f) => f.rule.startsWith('year.'))
      .map((f) => f.rule);
  assert.deepEqual(rules(path.join('柳江', '柳江2022.xlsx')), ['year.carryover']);
  assert.deepEqual(rules('卫健2024.xlsx'), ['year.growth']);
  assert.deepEqual(rules('医保2024.xlsx'), []);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(summary);
  const rows = wb.getWorksheet('汇总')!.getSheetValues().filter(Boolean) as ExcelJS.CellValue[][];
  const head = rows[0].slice(1) as string[];
  const col = head.indexOf('跨年') + 1;
  assert.ok(col > 0, 'the summary has a 跨年 column');
  const file = head.indexOf('文件') + 1;
  assert.deepEqual(Object.fromEntries(rows.slice(1).map((row) => [row[file], row[col]])), across);
}, 600_000);
