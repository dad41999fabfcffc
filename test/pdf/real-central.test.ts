/**
 * A real central university's disclosure (西南大学 2023, 21 pages): the four tables of the 高等学校 face ("表1：高等学校
 * 收支决算总表" … "表4：高等学校财政拨款支出决算表"), found and named as that face names them, and the narrative
 * read without the cover, the 目录 and the tables.
 */

import { beforeAll, describe, expect, test } from '@jest/globals';
import path from 'path';
import { checkWorkbook } from '../../src/core/check';
import { recognizeWorkbook } from '../../src/core/recognition';
import { completenessChecklist } from '../../src/core/completeness';
import type { Report } from '../../src/core/report';
import type { CodedTable, SummaryTable } from '../../src/core/tables/model';
import { layoutDocument, type PdfLayout } from '../../src/hosts/pdf/geometry/layout';
import { locateFindings } from '../../src/hosts/pdf/locate';
import { PDF_FIXTURES, pdfPages } from './pdf-helpers';

let layout: PdfLayout;
let report: Report;

beforeAll(() => {
  layout = layoutDocument(pdfPages(path.join(PDF_FIXTURES, 'swu2023-real.pdf')), 'swu2023-real.pdf');
  report = locateFindings(
    checkWorkbook(layout.snapshot, { narrative: layout.narrative }),
    layout.places,
    layout.narrativePlaces,
  );
}, 60000);

describe('the four tables of the 高等学校 face', () => {
  test('each is found on its pages and named as the face names it', () => {
    expect(report.tables.map((t) => [t.id, t.name, t.sheet, t.face])).toEqual([
      ['公开01', '表1 高等学校收支决算总表', '第8-9页', 'central-4'],
      ['公开02', '表2 收入决算表', '第10-11页', 'central-4'],
      ['公开03', '表3 支出决算表', '第12-13页', 'central-4'],
      ['公开05', '表4 财政拨款支出决算表', '第14-15页', 'central-4'],
    ]);
    // The titles as printed: the 表 glyph, a text item of its own, stays with its number.
    expect(report.tables.map((t) => t.title)).toEqual([
      '表1：高等学校收支决算总表',
      '表2：高等学校收入决算表',
      '表3：高等学校支出决算表',
      '表4：高等学校财政拨款支出决算表',
    ]);
    // A finding on a table speaks of it by that name, never by the 财政部 number.
    const onTables = report.findings.filter((f) => f.table);
    expect(onTables.length).toBeGreaterThan(0);
    for (const f of onTables) expect(f.message).not.toMatch(/公开0\d/);
    expect(onTables.some((f) => f.message.startsWith('表3 支出决算表 '))).toBe(true);
  });

  test('表1 is read: one 财政拨款收入 line, its 其中 lines no addends, 上年结转和结余; its totals balance', () => {
    const t = recognizeWorkbook(layout.snapshot).tables.find((x) => x.id === '公开01') as SummaryTable;
    const income = Object.fromEntries(t.income.map((l) => [l.key, l.values.amount.value]));
    expect(income).toEqual({
      fiscalIncome: 243015.38,
      businessIncome: 136385.24,
      operatingIncome: 0,
      superiorIncome: 0,
      affiliatedIncome: 0,
      otherIncome: 51324.41,
      totalIncome: 430725.03,
      nonFiscalBalanceUsed: 45110.97,
      openingBalance: 93660.54,
      grandTotal: 569496.54,
    });
    expect(t.expense.filter((l) => l.key === 'class')).toHaveLength(26);
    // Nothing wrong with 表1 itself (its 本年支出合计 is the base of a narrative share, below).
    expect(report.findings.filter((f) => f.table === '公开01' && !f.narrative)).toEqual([]);
  });

  test('the 其中 columns are parts of their parent: 事业收入 其中：教育收费, 项目支出 其中：基本建设资金支出', () => {
    const tables = recognizeWorkbook(layout.snapshot).tables;
    const t2 = tables.find((x) => x.id === '公开02') as CodedTable;
    const t4 = tables.find((x) => x.id === '公开05') as CodedTable;
    expect(t2.columns.find((c) => c.key === 'tuition')?.partOf).toBe('business');
    expect(t4.columns.map((c) => [c.key, c.partOf ?? ''])).toEqual([
      ['total', ''],
      ['basic', ''],
      ['project', ''],
      ['capital', 'project'],
    ]);
    expect(t4.total?.values.capital.value).toBe(6894.9);
    // 表4's rows add up without the 其中 column (合计 237,100.00 = 199,015.13 + 38,084.87), and no 其中 exceeds
    // its column: nothing to say about 表4's sums.
    const sums = report.findings.filter(
      (f) => f.table === '公开05' && /^sum\./.test(f.rule) && f.severity !== 'info',
    );
    expect(sums).toEqual([]);
    expect(t2.unread?.some((u) => /教育收费/.test(u.what)) ?? false).toBe(false);
  });
});

describe('the narrative', () => {
  test('leaves out the cover, the 目录 and the tables', () => {
    const text = layout.narrative;
    expect(text.startsWith('一、学校概况\n（一）学校基本情况\n西南大学')).toBe(true);
    expect(text).not.toMatch(/目录|2024年8月/);
    expect(text).not.toMatch(/本年收入合计|243,015\.38一、|单位：万元|2050202 小学教育/);
    expect(text).toContain('（四）高等学校财政拨款支出决算表说明');
    // Nothing is placed on the cover or the 目录 (the 目录's headings were taken for empty sections).
    expect(report.findings.filter((f) => f.pdf && f.pdf.page <= 2)).toEqual([]);
    expect(layout.narrativePlaces.every((p) => p.place.page >= 3)).toBe(true);
  });

  test('a finding on a sentence that names a table cell is placed on the sentence, not on the cell', () => {
    // As narrative.table-figure reports a figure of the narrative against 表1's 财政拨款收入 (B6, page 8).
    const quoted = '财政拨款收入243,015.38万元';
    const start = layout.narrative.indexOf(quoted);
    expect(start).toBeGreaterThan(0);
    const finding = {
      rule: 'narrative.table-figure',
      severity: 'error' as const,
      message: '…',
      narrative: { start, end: start + quoted.length, text: quoted },
      sheet: '第8-9页',
      cell: 'B6',
      table: '公开01' as const,
    };
    const one: Report = { ...report, findings: [finding] };
    expect(layout.snapshot.sheets[0].values[5][1]).toBe('243,015.38');
    const cell = layout.places.get('第8-9页')!.get('5,1')!;
    expect(cell.page).toBe(8);
    const line = layout.narrativePlaces.find((p) => p.start <= start && start < p.end)!;
    expect(line.place.page).toBe(16);
    // On the sentence: its page and the box of the two lines the quoted words are printed on.
    const lines = layout.narrativePlaces.filter((p) => p.start < start + quoted.length && p.end > start);
    expect(lines.map((p) => p.place.page)).toEqual([16, 16]);
    const box = [0, 1, 2, 3].map((i) => (i < 2 ? Math.min : Math.max)(...lines.map((p) => p.place.box[i])));
    const placed = locateFindings(one, layout.places, layout.narrativePlaces).findings[0];
    expect(placed.pdf).toEqual({ page: 16, box });
    expect(placed.sheet).toBe('第8-9页');
    // The pane's narrative is another text (the finding does not quote the PDF's there): the cell's place.
    const other = locateFindings(
      one,
      layout.places,
      layout.narrativePlaces,
      'x'.repeat(layout.narrative.length),
    );
    expect(other.findings[0].pdf).toEqual({ page: 8, box: cell.box });
    expect(
      locateFindings(one, layout.places, layout.narrativePlaces, layout.narrative).findings[0].pdf?.page,
    ).toBe(16);
  });
});

describe('the narrative as the PDF gives it', () => {
  test('"占总支出的P%" is a share of 表1 本年支出合计: the published 0.56% for 2,536.65 of 457,676.75 is 0.55%', () => {
    const line =
      '按照支出功能科目划分，教育支出425,287.27万元，占总支出的92.92%；科学技术支出2,536.65万元，占总支出的0.56%；';
    expect(layout.narrative).toContain(line);
    const shares = report.findings.filter((f) => f.rule === 'narrative.share');
    expect(shares.map((f) => [f.narrative?.text, f.expected, f.actual, f.table, f.pdf?.page])).toEqual([
      ['0.56%', 0.55, 0.56, '公开01', 17],
    ]);
    // "财政拨款支出总计为237,100万元，其中基本支出…，占总支出的83.94%": there 总支出 is the 财政拨款 one, not 表1's.
    expect(layout.narrative).toContain('占总支出的83.94%');
  });
});

describe('表4 against 表2 and 表3, code by code', () => {
  test('表4 prints whole codes under its 类 | 款 | 项 header: every 款 and 项 row is read, as in 表3', () => {
    const tables = recognizeWorkbook(layout.snapshot).tables;
    const t3 = tables.find((x) => x.id === '公开03') as CodedTable;
    const t4 = tables.find((x) => x.id === '公开05') as CodedTable;
    expect(t4.rows).toHaveLength(22);
    expect(t4.rows.find((r) => r.code === '2050205')?.values.total.value).toBe(186663.39);
    // Every code of 表4 is a code of 表3; 表3 has three more: 229, 22960, 2296004.
    const in4 = new Set(t4.rows.map((r) => r.code));
    expect(t3.rows.filter((r) => !in4.has(r.code)).map((r) => r.code)).toEqual(['229', '22960', '2296004']);
    // The 类 rows have their 项: no 细化到项 warning is left.
    expect(report.findings.filter((f) => f.rule === 'completeness.detail')).toEqual([]);
  });

  test('229 彩票公益金: all its 表2 income is 财政拨款 and 表3 spends it, yet 表4 leaves it out (labelled p15)', () => {
    const found = report.findings.filter((f) => f.rule === 'cross.fiscal-codes');
    expect(found.map((f) => [f.severity, f.table, f.pdf?.page])).toEqual([['warning', '公开05', 15]]);
    expect(found[0].message).toContain(
      '表4 财政拨款支出决算表 没有科目 229 其他支出（表3 支出决算表 合计 109.50，项目支出 109.50）；22960 彩票公益金安排的支出',
    );
    expect(found[0].message).toContain('2296004 109.50');
    // Placed on the row after which 229 would be printed: 2210203 购房补贴, the last row of 表4.
    expect(found[0].cell).toBe('A29');
    expect(layout.snapshot.sheets.find((s) => s.name === '第14-15页')!.values[28][0]).toBe('2210203');
  });
});

describe('completeness in the 高等学校 face', () => {
  test('its narrative is not asked for 三公, 机关运行经费, 政府采购, 国有资产, 绩效 or 政府性基金 sections', () => {
    const alarms = report.findings.filter((f) => f.rule.startsWith('completeness.') && f.severity !== 'info');
    expect(alarms).toEqual([]);
    const status = Object.fromEntries(completenessChecklist(report).map((e) => [e.topic, e.status]));
    expect(status).toMatchObject({
      三公分项: 'n/a',
      机关运行经费: 'n/a',
      政府采购: 'n/a',
      国有资产: 'n/a',
      绩效: 'n/a',
      空表说明: 'n/a',
      部门职责: 'present',
      项目说明: 'present',
      名词解释: 'present',
    });
  });
});
