/** cause.single-cell on errors planted in the real corpus workbooks, one kind of relation at a time. */

import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import type { Finding, Report } from '../../src/core/report';
import { checkWorkbook } from '../../src/core/check';
import { check, loadCase, planted } from '../helpers';
import { corpusNarrative } from '../narrative/helpers';

const CASE = 'liujiang2022-standard';

function causes(r: Report): Finding[] {
  return r.findings.filter((f) => f.rule === 'cause.single-cell');
}

/** "sheet!cell expected ← rule@cell, …" for one cause: where it is, its value, what it explains. */
function brief(r: Report, cause: Finding): string {
  const byId = new Map(r.findings.map((f) => [f.id, f]));
  const explained = (cause.explains ?? []).map((id) => {
    const f = byId.get(id)!;
    return `${f.rule}@${f.sheet ?? ''}!${f.cell ?? ''}`;
  });
  return `${cause.sheet ?? '情况说明'}!${cause.cell ?? cause.narrative?.text} ${cause.expected} ← ${explained.join(', ')}`;
}

/** Every explained finding points back to its cause, and every error beyond the tail is accounted for. */
function assertLinked(r: Report): void {
  for (const c of causes(r))
    for (const id of c.explains ?? []) {
      const f = r.findings.find((x) => x.id === id)!;
      const by = causes(r).find((x) => x.id === f.explainedBy);
      assert.ok(by?.explains?.includes(id), `${id} should be explained by a cause that lists it`);
    }
  for (const f of r.findings.filter((x) => x.explainedBy))
    assert.ok(causes(r).some((c) => c.id === f.explainedBy && c.explains?.includes(f.id!)));
}

describe('cause.single-cell', () => {
  test('the clean corpus workbooks have no cause', async () => {
    for (const id of ['liujiang2022-standard', 'danfeng2024-standard', 'danfeng2024-textnum']) {
      const r = check(await loadCase(id));
      assert.deepEqual(causes(r), [], id);
    }
  });

  test('a 项 value: the three relations that meet in it are folded under one cause', async () => {
    const r = await planted(CASE, [['公开05表', 'C14', 34.71]]);
    assert.deepEqual(
      causes(r).map((c) => brief(r, c)),
      [
        '公开05表!C14 43.71 ← sum.hierarchy@公开05表!C12, sum.row@公开05表!C14, cross.fiscal-only@公开05表!C14',
      ],
    );
    const [cause] = causes(r);
    assert.equal(
      cause.message,
      '公开05表!C14 2080505 机关事业单位基本养老保险缴费支出 小计 34.71 应为 43.71：所在的 3 条勾稽关系都因它不平（疑为相邻两位数字颠倒）',
    );
    assert.equal(cause.severity, 'error');
    assert.equal(cause.actual, 34.71);
    assert.equal(cause.table, '公开05');
    assertLinked(r);
  });

  test('with the narrative, the sentence that quotes the 项 is one more consequence', async () => {
    const r = await planted(CASE, [['公开05表', 'C14', 34.71]], {
      narrative: corpusNarrative('liujiang2022'),
    });
    const [cause] = causes(r);
    assert.equal(cause.explains?.length, 4);
    assert.ok(
      cause.explains?.some((id) => r.findings.find((f) => f.id === id)?.rule === 'narrative.table-figure'),
    );
    assertLinked(r);
  });

  test('a 类 of 公开01: 本年支出合计 and 公开03 point at it', async () => {
    const r = await planted(CASE, [['公开01表', 'F15', 672.68]]);
    assert.deepEqual(
      causes(r).map((c) => brief(r, c)),
      ['公开01表!F15 627.68 ← summary.totals@公开01表!F33, cross.summary-detail@公开03表!C20'],
    );
    assert.match(causes(r)[0].message, /卫生健康支出 672\.68 应为 627\.68.*（疑为相邻两位数字颠倒）$/);
    assertLinked(r);
  });

  test('a column of 公开04: the row split, the column total and 公开05 point at it', async () => {
    const r = await planted(CASE, [['公开04表', 'G15', 672.68]]);
    assert.deepEqual(
      causes(r).map((c) => brief(r, c)),
      [
        '公开04表!G15 627.68 ← summary.fund-split@公开04表!F15, summary.totals@公开04表!G33, cross.fiscal-tables@公开05表!C20',
      ],
    );
    assertLinked(r);
  });

  test('a 类 of 公开06: its 款 and 人员经费合计 point at it', async () => {
    const r = await planted(CASE, [['公开06表', 'C6', 497.31]]);
    assert.deepEqual(
      causes(r).map((c) => brief(r, c)),
      ['公开06表!C6 479.31 ← economic.sum@公开06表!C6, economic.sum@公开06表!C34'],
    );
  });

  test('a 款 of 公开06 breaks only its 类: no culprit, the candidates are listed with the likely slip first', async () => {
    // 90.98 balances the 类 only within rounding; 90.99 exactly, and ten times 90.99 is a slip.
    const r = await planted(CASE, [['公开06表', 'C8', 909.9]]);
    assert.deepEqual(causes(r), []);
    const f = r.findings.find((x) => x.rule === 'economic.sum' && x.cell === 'C6' && x.severity === 'error')!;
    assert.equal(f.explainedBy, undefined);
    assert.match(
      f.message,
      /。无法确定是哪一格有误，以下任一格改正都能使其平衡：公开06表!C8 30102 津贴补贴 909\.90 若为 90\.99（疑为多打了一位，是应有数的十倍）；.* 等 13 格$/,
    );
    // The 类 itself is no candidate: correcting it would break 人员经费合计 = 301 + 303, which holds.
    assert.doesNotMatch(f.message, /公开06表!C6 /);
  });

  test('a 三公 part: alone, the part and the 合计 are candidates; the narrative that quotes both singles out the part', async () => {
    const alone = await planted(CASE, [['公开09表', 'L8', 0.9]]);
    assert.deepEqual(causes(alone), []);
    const f = alone.findings.find((x) => x.rule === 'three-costs.sum' && x.severity === 'error')!;
    assert.match(
      f.message,
      /公开09表!L8 决算数 公务接待费 0\.90 若为 0\.09（疑为多打了一位，是应有数的十倍）/,
    );
    assert.match(f.message, /公开09表!G8 决算数 合计 0\.09 若为 0\.90/);

    const r = await planted(CASE, [['公开09表', 'L8', 0.9]], { narrative: corpusNarrative('liujiang2022') });
    const [cause] = causes(r);
    assert.equal(causes(r).length, 1);
    assert.equal(`${cause.sheet}!${cause.cell} ${cause.expected}`, '公开09表!L8 0.09');
    const rules = (cause.explains ?? []).map((id) => r.findings.find((x) => x.id === id)!.rule);
    assert.ok(rules.includes('three-costs.sum'));
    assert.ok(rules.includes('narrative.table-figure'));
    assertLinked(r);
  });

  test('two independent errors in one table are two causes, not one wrong one', async () => {
    // 2080505 (款 20805) and 2101101 (款 21011) of 公开03: no relation holds both.
    const r = await planted(CASE, [
      ['公开03表', 'C14', 34.71],
      ['公开03表', 'D22', 91.63],
    ]);
    assert.deepEqual(
      causes(r).map((c) => `${c.sheet}!${c.cell} ${c.expected}`),
      ['公开03表!C14 43.71', '公开03表!D22 19.63'],
    );
    assertLinked(r);
  });

  test('two errors under one 款: each cause balances its own row, together they balance the 款', async () => {
    const r = await planted(CASE, [
      ['公开05表', 'C14', 34.71],
      ['公开05表', 'C13', 1.5],
    ]);
    assert.deepEqual(
      causes(r).map((c) => `${c.sheet}!${c.cell}`),
      ['公开05表!C13', '公开05表!C14'],
    );
    const hierarchy = r.findings.find((f) => f.rule === 'sum.hierarchy' && f.cell === 'C12')!;
    assert.ok(causes(r).every((c) => c.explains?.includes(hierarchy.id!)));
    assertLinked(r);
  });

  test('the cause pass can be switched off like any rule', async () => {
    const r = await planted(CASE, [['公开05表', 'C14', 34.71]], { disabledRules: ['cause.single-cell'] });
    assert.deepEqual(causes(r), []);
    assert.ok(r.findings.every((f) => f.explainedBy === undefined));
  });
});

describe('cause.single-cell in the narrative', () => {
  test('a figure that contradicts the tables is the cause of the share and the sum computed from it', async () => {
    const text = corpusNarrative('liujiang2022').replace(
      '其中：基本支出525.83万元',
      '其中：基本支出552.83万元',
    );
    const r = check(await loadCase(CASE), { narrative: text });
    const [cause] = causes(r);
    assert.equal(causes(r).length, 1);
    assert.equal(cause.narrative?.text, '基本支出552.83万元');
    assert.equal(cause.expected, 525.83);
    assert.equal(cause.actual, 552.83);
    assert.equal(cause.sheet, undefined);
    const rules = (cause.explains ?? []).map((id) => r.findings.find((f) => f.id === id)!.rule).sort();
    assert.deepEqual(rules, ['narrative.parts', 'narrative.share', 'narrative.table-figure']);
    assert.match(
      cause.message,
      /^情况说明“基本支出552\.83万元”中的 552\.83 应为 525\.83：所在的 3 条勾稽关系都因它不平/,
    );
    assertLinked(r);
  });

  test('with no tables, the sum and the share still agree on the figure', () => {
    const text = corpusNarrative('liujiang2022').replace(
      '其中：基本支出525.83万元',
      '其中：基本支出552.83万元',
    );
    const r = checkWorkbook(null, { narrative: text });
    assert.deepEqual(
      causes(r).map((c) => brief(r, c)),
      ['情况说明!基本支出552.83万元 525.83 ← narrative.parts@!, narrative.share@!'],
    );
  });

  test('a 类 figure of the spending list is the cause of its share and of the list total', async () => {
    const text = corpusNarrative('liujiang2022').replace('卫生健康支出627.68万元', '卫生健康支出672.68万元');
    const r = check(await loadCase(CASE), { narrative: text });
    assert.deepEqual(
      causes(r).map((c) => brief(r, c)),
      [
        '情况说明!卫生健康支出672.68万元 627.68 ← narrative.table-figure@公开05表!C20, narrative.parts@!, narrative.share@!',
      ],
    );
  });

  test('a figure no table or sum pins down is no cause, even when a digit swap would fit', async () => {
    // "增加43.03万元，增长4.28%" → 34.03: only the growth rate disagrees; 43.03 would fit, but nothing says so.
    const text = corpusNarrative('danfeng2024').replace(
      '财政拨款支出增加43.03万元',
      '财政拨款支出增加34.03万元',
    );
    const r = check(await loadCase('danfeng2024-standard'), { narrative: text });
    assert.deepEqual(causes(r), []);
    assert.ok(r.findings.some((f) => f.rule === 'narrative.growth' && f.severity === 'error'));
  });

  test('a wrong percentage alone is no cause (占2.77% in the corpus narrative)', async () => {
    const r = check(await loadCase(CASE), { narrative: corpusNarrative('liujiang2022') });
    assert.deepEqual(causes(r), []);
    assert.ok(r.findings.some((f) => f.rule === 'narrative.share' && f.severity === 'error'));
  });
});
