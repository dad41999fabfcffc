/**
 * Corpus workbooks printed as departments' printers print them (narrow columns, names and header words wrapped in
 * their cells, codes top-aligned, names centred, figures bottom-aligned, 注 lines tight under the table, with
 * borders or none): each print gives exactly its workbook's findings, and every figure printed in a table lands
 * in a cell.
 */

import { beforeAll, describe, expect, test } from '@jest/globals';
import path from 'path';
import type { Report } from '../../src/core/report';
import { layoutDocument, type PdfLayout } from '../../src/hosts/pdf/geometry/layout';
import type { PageText } from '../../src/hosts/pdf/geometry/types';
import { CORPUS } from '../helpers';
import { checkReport, PDF_FIXTURES, pdfPages, tableSignatures } from './pdf-helpers';
import { unplacedFigures } from './silent-loss';

const STANDARD = (id: string): string => path.join(CORPUS, 'cases', `${id}.xlsx`);

/** Print → the workbook it was printed from, and whether it draws the table's borders. */
const PRINTS: Array<[string, string, 'borders' | 'no borders']> = [
  ['D01.wrap.pdf', path.join(PDF_FIXTURES, 'D01.xlsx'), 'borders'],
  ['danfeng2024-shanghai.wrap-mixed.pdf', path.join(PDF_FIXTURES, 'danfeng2024-shanghai.xlsx'), 'borders'],
  ['liujiang2022-standard.wrap-mixed.pdf', STANDARD('liujiang2022-standard'), 'borders'],
  // Printed by LibreOffice (scripts/print-styled.mjs): narrow columns, wrapped names and headers, codes top /
  // names middle / figures bottom, title and 注 lines unboxed; every table cell boxed, or nothing drawn at all
  // (the tables are then read from where their text stands).
  ['danfeng2024-standard.lo-portrait.pdf', STANDARD('danfeng2024-standard'), 'borders'],
  ['liujiang2022-standard.lo-landscape-bare.pdf', STANDARD('liujiang2022-standard'), 'no borders'],
  ['danfeng2024-shanghai.lo-portrait-bare.pdf', STANDARD('danfeng2024-shanghai'), 'no borders'],
  // A planted error: 公开03's 2101101 基本支出 printed 16.93 for 19.63.
  ['D03.lo-portrait-bare.pdf', STANDARD('D03'), 'no borders'],
];

describe.each(PRINTS)('%s', (print, workbook, borders) => {
  let pdf: Report;
  let xlsx: Report;
  let pages: PageText[];
  let layout: PdfLayout;
  beforeAll(() => {
    pdf = checkReport(path.join(PDF_FIXTURES, print));
    xlsx = checkReport(workbook);
    pages = pdfPages(path.join(PDF_FIXTURES, print));
    layout = layoutDocument(pages, print);
  }, 180000);

  test('exactly the findings of its workbook (rule, table, severity, figures), nothing more', () => {
    const b = tableSignatures(xlsx);
    expect(b.length).toBeGreaterThan(0);
    expect(tableSignatures(pdf)).toEqual(b);
    expect(pdf.tables.map((t) => t.id)).toEqual(xlsx.tables.map((t) => t.id));
  });

  test(`the pages draw the borders they are printed with (${borders})`, () => {
    const ruled = pages.filter((p) => (p.rules ?? []).length > 0).length;
    if (borders === 'borders') expect(ruled).toBeGreaterThan(5);
    else expect(ruled).toBe(0);
  });

  test('every figure printed inside a table lands in a cell of the rebuilt sheet', () => {
    expect(unplacedFigures(pages, layout)).toEqual([]);
  });
});

describe('a row printed on three baselines (wrap-mixed: code top, name centred, figures bottom)', () => {
  let layout: PdfLayout;
  beforeAll(() => {
    layout = layoutDocument(
      pdfPages(path.join(PDF_FIXTURES, 'danfeng2024-shanghai.wrap-mixed.pdf')),
      'x.pdf',
    );
  }, 60000);

  const rowWith = (text: string): string[] => {
    for (const s of layout.snapshot.sheets)
      for (const r of s.values) if (r.includes(text)) return r.map((v) => (v == null ? '' : String(v)));
    throw new Error(`no row with ${text}`);
  };

  test('code, wrapped name and figures are one row', () => {
    expect(rowWith('机关事业单位基本养老保险缴费支出').slice(0, 6)).toEqual([
      '208',
      '05',
      '05',
      '机关事业单位基本养老保险缴费支出',
      '38.50',
      '38.50',
    ]);
  });

  test('a header word wrapped in its cell is one word; the note under the table is a row of its own', () => {
    expect(rowWith('财政拨款收入')).toContain('本年收入合计');
    const sheet = layout.snapshot.sheets.find((s) => s.values.some((r) => r.includes('住房公积金')))!;
    const last = sheet.values.findIndex((r) => r.includes('住房公积金'));
    expect(sheet.values[last][0]).toBe('221');
    expect(String(sheet.values[last + 1][0])).toMatch(/^注：/);
  });
});

/** The rows of the sheet rebuilt from the table whose title holds `title`, each cell as text ('' when empty). */
function sheetRows(layout: PdfLayout, title: string): string[][] {
  const sheet = layout.snapshot.sheets.find((s) => String(s.values[0]?.[0] ?? '') === title);
  if (!sheet) throw new Error(`no table titled ${title}`);
  return sheet.values.map((r) => r.map((v) => (v == null ? '' : String(v))));
}

/** The first row holding `text` (in its first cell when `first`) and the rows after it, `count` in all. */
function rowsFrom(rows: string[][], text: string, count: number, first = false): string[][] {
  const i = rows.findIndex((r) => (first ? r[0] === text : r.includes(text)));
  if (i < 0) throw new Error(`no row with ${text}`);
  return rows.slice(i, i + count);
}

describe('a table printed without borders, read from where its text stands (LibreOffice, landscape)', () => {
  let layout: PdfLayout;
  beforeAll(() => {
    layout = layoutDocument(
      pdfPages(path.join(PDF_FIXTURES, 'liujiang2022-standard.lo-landscape-bare.pdf')),
      'x.pdf',
    );
  }, 60000);

  test('two header levels in one column ("收入" above "项目") stay two rows', () => {
    const rows = sheetRows(layout, '收入支出决算总表');
    expect(rowsFrom(rows, '收入', 3)).toEqual([
      ['收入', '', '', '支出', '', ''],
      ['项目', '行次', '金额', '项目', '行次', '金额'],
      ['栏次', '', '1', '栏次', '', '2'],
    ]);
  });

  test('a name wrapped over two lines around its figures is one cell of their row', () => {
    const rows = sheetRows(layout, '收入支出决算总表');
    expect(rowsFrom(rows, '一、一般公共预算财政拨款收入', 1)[0]).toEqual([
      '一、一般公共预算财政拨款收入',
      '1',
      '953.20',
      '一、一般公共服务支出',
      '32',
      '0.12',
    ]);
  });

  test('the 注 line tight under the 总计 row is a row of its own', () => {
    const rows = sheetRows(layout, '收入支出决算总表');
    const [total, note] = rowsFrom(rows, '总计', 2);
    expect(total).toEqual(['总计', '31', '953.20', '总计', '62', '953.20']);
    expect(note[0]).toMatch(/^注：本表反映部门本年度的总收支/);
    expect(note.slice(1).every((v) => v === '')).toBe(true);
  });

  test('an empty table: 合计, 类, 款 and 项 printed one under the other in one column are four rows', () => {
    const rows = sheetRows(layout, '国有资本经营预算财政拨款支出决算表');
    expect(rowsFrom(rows, '合计', 4, true).map((r) => r[0])).toEqual(['合计', '类', '款', '项']);
    expect(rowsFrom(rows, '栏次', 1)[0]).toEqual(['栏次', '', '1', '2', '3']);
  });
});

describe('a Shanghai-face table printed without borders (类 | 款 | 项 code columns, LibreOffice, portrait)', () => {
  let layout: PdfLayout;
  beforeAll(() => {
    layout = layoutDocument(
      pdfPages(path.join(PDF_FIXTURES, 'danfeng2024-shanghai.lo-portrait-bare.pdf')),
      'x.pdf',
    );
  }, 60000);

  test('the 类 | 款 | 项 headers are a row of their own, above the first row of codes', () => {
    const rows = sheetRows(layout, '一般公共预算财政拨款支出决算表');
    expect(rowsFrom(rows, '支出功能分类科目编码', 3)).toEqual([
      ['支出功能分类科目编码', '', '', '科目名称', '小计', '基本支出', '项目支出'],
      ['类', '款', '项', '', '', '', ''],
      ['208', '', '', '社会保障和就业支出', '58.10', '56.10', '2.00'],
    ]);
  });

  test('bare 款 and 项 codes stand in their own columns, apart from the figures', () => {
    const rows = sheetRows(layout, '一般公共预算财政拨款支出决算表');
    expect(rowsFrom(rows, '机关事业单位基本养老保险缴费支出', 1)[0]).toEqual([
      '208',
      '05',
      '05',
      '机关事业单位基本养老保险缴费支出',
      '38.50',
      '38.50',
      '',
    ]);
  });

  test('a code row just above the 合计 row is not joined to it', () => {
    const rows = sheetRows(layout, '一般公共预算财政拨款基本支出决算明细表');
    const [last, total] = rowsFrom(rows, '国家赔偿费用支出', 6).slice(4);
    expect(last.slice(8, 11)).toEqual(['399', '99', '其他支出']);
    expect(total.filter((v) => v !== '')).toEqual(['人员经费合计', '652.05', '公用经费合计', '236.27']);
  });

  test('a header wrapped in its cell ("经济分类科" / "目编码") is one word, the 类 | 款 row under it another row', () => {
    const rows = sheetRows(layout, '一般公共预算财政拨款基本支出决算明细表');
    const [header, codes] = rowsFrom(rows, '科目名称', 2);
    expect(header.filter((v) => v === '经济分类科目编码')).toHaveLength(3);
    expect(codes.filter((v) => v !== '')).toEqual(['类', '款', '类', '款', '类', '款']);
  });
});
