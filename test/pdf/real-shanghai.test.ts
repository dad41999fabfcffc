/**
 * A real 2024 Shanghai district disclosure (中共上海市普陀区委社会工作部, WPS 文字, 24 pages): the tables and the
 * narrative read from it, figures checked by eye against the printed pages, and what the check says of it.
 */

import { beforeAll, describe, expect, test } from '@jest/globals';
import path from 'path';
import { checkWorkbook } from '../../src/core/check';
import type { Report } from '../../src/core/report';
import { SheetGrid } from '../../src/core/snapshot';
import { layoutDocument, type PdfLayout } from '../../src/hosts/pdf/geometry/layout';
import { locateFindings } from '../../src/hosts/pdf/locate';
import { PDF_FIXTURES, pdfPages } from './pdf-helpers';

let layout: PdfLayout;
let report: Report;

beforeAll(() => {
  layout = layoutDocument(pdfPages(path.join(PDF_FIXTURES, 'putuo2024-real.pdf')), 'putuo2024-real.pdf');
  report = locateFindings(checkWorkbook(layout.snapshot, { narrative: layout.narrative }), layout.places);
}, 60000);

/** The row of a rebuilt sheet whose first cell is `code` (or whose cells include it), as text. */
function row(sheet: string, key: string): string[] {
  const s = layout.snapshot.sheets.find((x) => x.name === sheet)!;
  const grid = new SheetGrid(s);
  for (let r = 0; r < grid.rowCount; r++) {
    const cells = Array.from({ length: grid.colCount }, (_, c) => grid.text(r, c));
    if (cells.includes(key)) return cells;
  }
  throw new Error(`no row ${key} in ${sheet}`);
}

describe('the nine tables', () => {
  test('each table is found on its pages (landscape pages 6–11 and 14–16, portrait 5, 12, 13)', () => {
    expect(layout.snapshot.sheets.map((s) => s.name)).toEqual([
      '第5页',
      '第6-7页',
      '第8-9页',
      '第10-11页',
      '第12页',
      '第13页',
      '第14页',
      '第15页',
      '第16页',
    ]);
    expect(report.tables.map((t) => `${t.id} ${t.sheet}`)).toEqual([
      '公开01 第5页',
      '公开02 第6-7页',
      '公开03 第8-9页',
      '公开04 第10-11页',
      '公开05 第12页',
      '公开06 第13页',
      '公开09 第14页',
      '公开07 第15页',
      '公开08 第16页',
    ]);
  });

  test('the empty 三公 table: 合计 and 小计 over their pairs, each item over its 预算数 | 决算数', () => {
    expect(row('第14页', '预算数')).toEqual(
      Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? '预算数' : '决算数')),
    );
    const header = row('第14页', '合计');
    expect(header.indexOf('合计')).toBe(0);
    // The bordered header cell is one cell: its word wrapped over two lines is one word.
    expect(row('第14页', '因公出国（境）费').indexOf('因公出国（境）费')).toBe(2);
    expect(row('第14页', '小计').indexOf('小计')).toBe(4);
    expect(header.indexOf('公务接待费')).toBe(10);
  });

  test('figures checked by eye on the printed pages', () => {
    // p.5 收入支出决算总表: 总计 307.82 on both sides.
    expect(row('第5页', '总计').filter((v) => v === '307.82')).toHaveLength(2);
    // p.6 收入决算表: the 合计 row, and 2080505 whose name is wrapped over two lines around its code.
    expect(row('第6-7页', '2080505')).toEqual(
      expect.arrayContaining(['2080505', '机关事业单位基本养老保险缴费支出', '6.18']),
    );
    // p.7, the table's second page without its header: 2210203 购房补贴 11.72.
    expect(row('第6-7页', '2210203')).toEqual(expect.arrayContaining(['购房补贴', '11.72']));
    // p.8 支出决算表: 合计 307.82 = 基本支出 105.58 + 项目支出 202.24.
    expect(row('第8-9页', '合计')).toEqual(expect.arrayContaining(['307.82', '105.58', '202.24']));
    // p.12 一般公共预算财政拨款支出决算表: a name over three lines, spread characters (机 关 事 业 单 位).
    expect(row('第12页', '2080505')).toEqual(
      expect.arrayContaining(['机关事业单位基本养老保险缴费支出', '6.18']),
    );
    expect(row('第12页', '2013999')).toEqual(expect.arrayContaining(['其他社会工作事务支出', '202.24']));
    // p.13 基本支出决算表: 301 工资福利支出 95.36 beside 302 商品和服务支出 10.23.
    expect(row('第13页', '301')).toEqual(['301', '工资福利支出', '95.36', '302', '商品和服务支出', '10.23']);
    // p.10 财政拨款收入支出决算总表: a header wrapped over three lines in its cells is one row.
    expect(row('第10-11页', '一般公共预算财政拨款')).toEqual(
      expect.arrayContaining(['政府性基金预算财政拨款', '国有资本经营预算财政拨款']),
    );
  });
});

describe('the narrative', () => {
  test('概况, 情况说明 and 名词解释 are read from the same PDF, paragraphs joined across lines', () => {
    expect(layout.narrative).toContain('第一部分 中共上海市普陀区委社会工作部概况');
    expect(layout.narrative).toContain('本年收入合计307.82万元，其中：财政拨款收入307.82万元，占100.00%。');
    expect(layout.narrative).toContain('名词解释');
    // The tables are not in it.
    expect(layout.narrative).not.toContain('2080505');
  });
});

describe('what the check says of it', () => {
  test('two errors, in the narrative; every finding on a table cell is located on its page', () => {
    expect(report.summary.error).toBe(2);
    for (const f of report.findings.filter((x) => x.sheet)) expect(f.pdf?.page).toBeGreaterThan(4);
  });

  test('the remaining warnings and tails, each with its reason', () => {
    const alarms = report.findings
      .filter((f) => f.severity !== 'info' || f.difference !== undefined)
      .map((f) => `${f.severity} ${f.rule} ${f.table ?? ''} ${f.pdf ? `p${f.pdf.page}` : ''}`.trim());
    expect(alarms).toEqual([
      // Real rounding tails of the document (105.58 vs 95.36 + 10.23; 302 10.23 vs its items 10.22).
      'info cross.basic-expense 公开05 p12',
      'info economic.sum 公开06 p13',
      // Wording labelled in pdf/real/labels.json: the 2024 template's instruction to the preparer printed above the
      // 说明 of the empty 政府性基金 (p15) and 国有资本经营 (p16) tables, and item 8 住房公积金 given item 7's purpose
      // ("主要用于：事业单位医疗保险支出", p20; located on its page when the PDF's narrative places are given).
      'warning text.template-residue  p15',
      'warning text.template-residue  p16',
      // Labelled published errors of the narrative (p18), read from the PDF's own text: see below.
      'error narrative.share',
      'warning narrative.zero-budget',
      'warning text.purpose-copy',
      // Fixed: 公开08 (p.16) and 公开09 (p.14) are empty tables, recognised in the Shanghai face; 公开09's 合计
      // and 小计 sit centred over their 预算数 | 决算数 pairs and its empty columns still name every 三公 item,
      // so neither completeness.tables nor completeness.three-costs-split is left.
      // The narrative repeats the first tail: 人员经费 95.36 + 公用经费 10.23 against 基本支出 105.58.
      'info narrative.parts',
      // Labelled on p22: 21.07 万元 to 中小企业 in reserved projects and 21.07 more in other projects, of 21.07 in all.
      'error narrative.procurement',
    ]);
  });
});

describe('the narrative errors labelled on p18, as the PDF gives the text', () => {
  test('a 主要用于以下方面： line opens the list on the next line: 29.42 of 307.82 is 9.56%, not the printed 9.55%', () => {
    expect(layout.narrative).toContain(
      '一般公共预算财政拨款支出307.82万元，主要用于以下方面：\n一般公共服务支出（类）264.87万元，占86.05%；',
    );
    const shares = report.findings.filter((f) => f.rule === 'narrative.share');
    expect(shares.map((f) => [f.narrative?.text, f.expected, f.actual])).toEqual([['9.55%', 9.56, 9.55]]);
    expect(shares[0].message).toContain('29.42万元÷307.82万元');
  });

  test('"完成年初预算的95.89%" where the same sentence gives 年初预算 0万元', () => {
    expect(layout.narrative).toContain(
      '一般公共预算财政拨款支出年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，完成年初预算的95.89%。',
    );
    const zero = report.findings.filter((f) => f.rule === 'narrative.zero-budget');
    expect(zero.map((f) => f.narrative?.text)).toEqual(['完成年初预算的95.89%']);
    expect(zero[0].message).toMatch(/^“一般公共预算财政拨款支出年初预算为0万元，全年预算/);
  });
});

describe('the 政府采购 section on p22', () => {
  test('中小企业 amounts in reserved and in other projects are parts of the total: 21.07 + 21.07 > 21.07', () => {
    expect(layout.narrative).toContain(
      '在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额21.07万元。',
    );
    const placed = locateFindings(report, layout.places, layout.narrativePlaces);
    const found = placed.findings.filter((f) => f.rule === 'narrative.procurement');
    expect(found.map((f) => [f.severity, f.narrative?.text, f.expected, f.actual, f.pdf?.page])).toEqual([
      ['error', '采购金额21.07万元', 0, 21.07, 22],
    ]);
    expect(found[0].message).toMatch(
      /^“在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额21\.07万元”/,
    );
    expect(found[0].message).toContain('之和 42.14 万元');
  });
});
