/** Across years on pairs built from the corpus: last year's 年末 as this year's 年初, breaks planted in each relation. */

import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { checkAcrossYears, type DisclosureInput } from '../../src/core/years';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { loadCase } from '../helpers';
import { narrativeOf, setFigures, type LineAt } from './pairs';

const O1: LineAt = ['公开01', 'income', 'openingBalance', 'total'];
const C1: LineAt = ['公开01', 'expense', 'closingBalance', 'total'];
const O4 = (key: string): LineAt => ['公开04', 'income', key, 'total'];
const C4 = (column: string): LineAt => ['公开04', 'expense', 'closingBalance', column];
const LAST_NARRATIVE =
  '丹凤县医疗保障局2023年度部门决算\n十、机关运行经费支出情况说明\n2023年度机关运行经费支出43.19万元。';

/** This year: the real 丹凤 2024 workbook (年初 3.00, of which 政府性基金 3.00) and its own narrative. */
async function thisYear(changes: Array<[LineAt, number]> = [], narrative = narrativeOf('danfeng2024')) {
  const base = await loadCase('danfeng2024-standard');
  const workbook = setFigures(base, [[O1, 3], [O4('openingBalance'), 3], [O4('openingGf'), 3], ...changes]);
  return { file: '丹凤2024.xlsx', source: 'xlsx', workbook, narrative } satisfies DisclosureInput;
}

/** Last year, in any face: totals 1,006.19 (the narrative's 1,049.22 − 43.03), 年末 3.00 of 政府性基金. */
async function lastYear(
  caseId = 'danfeng2024-standard',
  changes: Array<[LineAt | '公开05合计', number]> = [],
  narrative = LAST_NARRATIVE,
): Promise<DisclosureInput> {
  const workbook: WorkbookSnapshot = setFigures(await loadCase(caseId), [
    [['公开01', 'income', 'grandTotal', 'total'], 1006.19],
    [['公开01', 'expense', 'grandTotal', 'total'], 1006.19],
    [['公开04', 'income', 'grandTotal', 'total'], 1006.19],
    ['公开05合计', 1006.19],
    [C1, 3],
    [C4('total'), 3],
    [C4('gf'), 3],
    ...changes,
  ]);
  return { file: '丹凤2023.xlsx', source: 'xlsx', workbook, narrative };
}

const brief = (r: ReturnType<typeof checkAcrossYears>) =>
  r.findings.map((f) => `${f.severity} ${f.rule} ${f.sheet ? `${f.sheet}!${f.cell}` : 'narrative'}`);

test.each(['danfeng2024-standard', 'danfeng2024-shanghai', 'danfeng2024-stacked'])(
  'a clean pair (last year read as %s) gives no finding',
  async (caseId) => {
    const r = checkAcrossYears(await thisYear(), await lastYear(caseId));
    assert.equal(r.problem, null);
    assert.deepEqual(brief(r), []);
  },
);

test('year.carryover: 公开01 年初 ≠ last year’s 年末 names both files and both cells', async () => {
  const r = checkAcrossYears(await thisYear(), await lastYear('danfeng2024-standard', [[C1, 15.5]]));
  assert.deepEqual(brief(r), ['error year.carryover 公开01表!C35']);
  const f = r.findings[0];
  assert.deepEqual(f.otherYear, [{ file: '丹凤2023.xlsx', year: 2023, sheet: '公开01表', cell: 'F35' }]);
  assert.equal(f.expected, 15.5);
  assert.equal(f.actual, 3);
  assert.equal(f.difference, -12.5);
  assert.match(f.message, /丹凤2023\.xlsx/);
});

test.each([
  ['openingGp', 'C35'],
  ['openingGf', 'C36'],
  ['openingSoe', 'C37'],
])('year.carryover: 公开04 %s off from last year’s column is found on that cell alone', async (key, cell) => {
  const now = await thisYear([[O4(key), key === 'openingGf' ? 3.5 : 0.5]]);
  const r = checkAcrossYears(now, await lastYear());
  assert.deepEqual(brief(r), [`error year.carryover 公开04表!${cell}`]);
  assert.equal(Math.abs(r.findings[0].difference!), 0.5);
});

test('year.carryover: 0.01 apart is a tail, in the Shanghai face of last year too', async () => {
  const r = checkAcrossYears(await thisYear(), await lastYear('danfeng2024-shanghai', [[C1, 3.01]]));
  assert.deepEqual(brief(r), ['info year.carryover 公开01表!C35']);
  assert.equal(r.findings[0].otherYear![0].sheet, '收入支出决算总表');
});

const QUOTED = (prior: string) =>
  narrativeOf('danfeng2024').replace(
    '与上年相比收入总计、支出总计均增加43.03万元',
    `比上年${prior}万元收入总计、支出总计均增加43.03万元`,
  );

test('year.prior-figure: a 上年 figure the narrative quotes is checked against last year’s table', async () => {
  const clean = checkAcrossYears(await thisYear([], QUOTED('1,006.19')), await lastYear());
  assert.deepEqual(brief(clean), []);
  const r = checkAcrossYears(await thisYear([], QUOTED('1,016.19')), await lastYear());
  assert.deepEqual(brief(r), ['error year.prior-figure narrative']);
  const f = r.findings[0];
  assert.equal(f.narrative!.text, '比上年1,016.19万元');
  assert.equal(f.difference, 10);
  assert.deepEqual(f.otherYear, [{ file: '丹凤2023.xlsx', year: 2023, sheet: '公开01表', cell: 'C36' }]);
});

test('year.growth: a growth amount last year’s figure does not give', async () => {
  const last = await lastYear('danfeng2024-standard', [[['公开01', 'income', 'grandTotal', 'total'], 1000]]);
  const r = checkAcrossYears(await thisYear(), last);
  assert.deepEqual(brief(r), ['error year.growth narrative']);
  assert.match(r.findings[0].message, /实际增加 49\.22 万元，增长 4\.92%/);
  assert.equal(r.findings[0].otherYear![0].cell, 'C36');
});

test('year.growth: the direction word against the two years', async () => {
  const text = narrativeOf('danfeng2024').replace('均增加43.03万元，增长4.28%', '均减少43.03万元，下降4.28%');
  const r = checkAcrossYears(await thisYear([], text), await lastYear());
  assert.deepEqual(brief(r), ['error year.growth narrative']);
  assert.match(r.findings[0].message, /实际增加 43\.03 万元.*而不是减少/);
});

test('year.growth: a rate the narrative’s own figures allow but last year’s figure does not', async () => {
  const text = narrativeOf('danfeng2024').replace('均增加43.03万元，增长4.28%', '均增加43万元，增长4.27%');
  const r = checkAcrossYears(await thisYear([], text), await lastYear());
  assert.deepEqual(brief(r), ['error year.growth narrative']);
  assert.equal(r.findings[0].narrative!.text, '增长4.27%');
  assert.equal(r.findings[0].expected, 4.28);
});

test('year.growth: a figure no table holds (机关运行经费) is compared with last year’s narrative', async () => {
  const r = checkAcrossYears(
    await thisYear(),
    await lastYear('danfeng2024-standard', [], LAST_NARRATIVE.replace('43.19', '40.19')),
  );
  assert.deepEqual(brief(r), ['error year.growth narrative']);
  const other = r.findings[0].otherYear![0];
  assert.equal(other.file, '丹凤2023.xlsx');
  assert.equal(other.narrative!.text, '2023年度机关运行经费支出40.19万元');
});

test('year.pair: another unit, or a year that is not the one before, is said and nothing is compared', async () => {
  const other = setFigures(await loadCase('liujiang2022-standard'), [[C1, 99]]);
  const r = checkAcrossYears(await thisYear(), {
    file: '柳江.xlsx',
    source: 'xlsx',
    workbook: other,
    narrative: null,
  });
  assert.deepEqual(brief(r), ['warning year.pair narrative']);
  assert.match(r.findings[0].message, /不是同一单位.*丹凤县医疗保障局.*柳州市柳江区医疗保障局/);
  const old = await lastYear('danfeng2024-standard', [[C1, 99]], LAST_NARRATIVE.replace(/2023/g, '2021'));
  const r2 = checkAcrossYears(await thisYear(), old);
  assert.deepEqual(brief(r2), ['warning year.pair narrative']);
  assert.match(r2.findings[0].message, /2021 年度.*不是本年（2024 年度）的上一年/);
});

test('year.pair: a 汇总 of several units is not compared with one unit', async () => {
  const one = (await lastYear()).workbook!;
  const two = await loadCase('liujiang2022-standard');
  const summary: WorkbookSnapshot = {
    ...one,
    sheets: [...one.sheets, ...two.sheets.map((s) => ({ ...s, name: `柳江${s.name}` }))],
  };
  const r = checkAcrossYears(await thisYear(), {
    file: '汇总2023.xlsx',
    source: 'xlsx',
    workbook: summary,
    narrative: LAST_NARRATIVE,
  });
  assert.deepEqual(brief(r), ['warning year.pair narrative']);
  assert.match(r.findings[0].message, /汇总/);
});

test('year.growth on a 三公 item and on decreases: 柳江 2022 against a 2021 built from it', async () => {
  const last = (reception: number): Promise<DisclosureInput> =>
    loadCase('liujiang2022-standard').then((wb) => ({
      file: '柳江2021.xlsx',
      source: 'xlsx',
      workbook: setFigures(wb, [
        [['公开01', 'income', 'grandTotal', 'total'], 1852.18],
        [['公开01', 'expense', 'grandTotal', 'total'], 1852.18],
        [['公开04', 'income', 'grandTotal', 'total'], 1852.18],
        ['公开05合计', 1852.18],
        ['公开09:reception', reception],
        ['公开09:total', reception],
      ]),
      narrative:
        '柳州市柳江区医疗保障局2021年度部门决算\n十、机关运行经费\n2021年度机关运行经费支出91.85万元。',
    }));
  const now: DisclosureInput = {
    file: '柳江2022.xlsx',
    source: 'xlsx',
    workbook: await loadCase('liujiang2022-standard'),
    narrative: narrativeOf('liujiang2022'),
  };
  // 减少898.98万元，减少48.54% on 1,852.18; 机关运行经费 减少46.66万元，降低50.80% on 91.85; 公务接待费 增加0.09 on 0.
  assert.deepEqual(brief(checkAcrossYears(now, await last(0))), []);
  const r = checkAcrossYears(now, await last(0.09));
  assert.deepEqual(brief(r), ['error year.growth narrative']);
  assert.match(r.findings[0].message, /公务接待费.*实际增加 0\.00 万元/);
  assert.equal(r.findings[0].otherYear![0].sheet, '公开09表');
});
