/** Table borders read from pdf.js's operator list, and bordered tables rebuilt cell by cell from them. */

import { describe, expect, test } from '@jest/globals';
import { MAX_PDF_PAGE_OPERATORS } from '../../src/core/limits';
import { cellText, latticeOf } from '../../src/hosts/pdf/geometry/lattice';
import { layoutDocument } from '../../src/hosts/pdf/geometry/layout';
import type { PageText, Rule, TextItem } from '../../src/hosts/pdf/geometry/types';
import { pageText } from '../../src/hosts/pdf/read-pdf';
import { pageRulings } from '../../src/hosts/pdf/rulings';

// pdf.js's operator codes (OPS) and path codes (DrawOPS) as pdf.js 5 numbers them.
const OPS = {
  save: 10,
  restore: 11,
  transform: 12,
  stroke: 20,
  closeStroke: 21,
  fill: 22,
  eoFill: 23,
  fillStroke: 24,
  eoFillStroke: 25,
  closeFillStroke: 26,
  closeEOFillStroke: 27,
  endPath: 28,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
  constructPath: 91,
};
const [M, L, C, Z] = [0, 1, 2, 4];

function path(paint: number, ...buf: number[]): [number, unknown[]] {
  return [OPS.constructPath, [paint, [new Float32Array(buf)], null]];
}

function list(ops: Array<[number, unknown[] | null]>): { fnArray: number[]; argsArray: unknown[] } {
  return { fnArray: ops.map((o) => o[0]), argsArray: ops.map((o) => o[1]) };
}

describe('pageRulings', () => {
  test('stroked lines and rectangle edges, with the current transform applied and restored', () => {
    const segs = pageRulings(
      list([
        [OPS.save, null],
        [OPS.transform, [2, 0, 0, 2, 10, 20]],
        path(OPS.stroke, M, 0, 0, L, 50, 0),
        [OPS.restore, null],
        path(OPS.stroke, M, 0, 0, L, 0, 30),
        path(OPS.closeStroke, M, 100, 100, L, 140, 100, L, 140, 120, L, 100, 120, Z),
      ]),
      OPS,
    );
    expect(segs).toContainEqual({ x0: 10, y0: 20, x1: 110, y1: 20 });
    expect(segs).toContainEqual({ x0: 0, y0: 0, x1: 0, y1: 30 });
    // The rectangle's four edges.
    expect(segs.filter((s) => s.x0 >= 100)).toHaveLength(4);
  });

  test('a thin filled rectangle is a rule; a shaded cell gives its edges; curves, clips and diagonals none', () => {
    const segs = pageRulings(
      list([
        path(OPS.fill, M, 0, 0, L, 200, 0, L, 200, 0.5, L, 0, 0.5, Z),
        path(OPS.fill, M, 0, 100, L, 20, 100, L, 20, 110, L, 0, 110, Z),
        path(OPS.endPath, M, 0, 0, L, 300, 0),
        path(OPS.stroke, M, 0, 0, C, 1, 1, 2, 2, 3, 0),
        path(OPS.stroke, M, 0, 0, L, 30, 40),
      ]),
      OPS,
    );
    expect(segs[0]).toEqual({ x0: 0, y0: 0.25, x1: 200, y1: 0.25 });
    expect(segs).toHaveLength(5);
  });

  test('a form XObject draws in its own matrix', () => {
    const segs = pageRulings(
      list([
        [
          OPS.paintFormXObjectBegin,
          [
            [1, 0, 0, 1, 100, 0],
            [0, 0, 10, 10],
          ],
        ],
        path(OPS.stroke, M, 0, 0, L, 10, 0),
        [OPS.paintFormXObjectEnd, null],
        path(OPS.stroke, M, 0, 5, L, 10, 5),
      ]),
      OPS,
    );
    expect(segs).toEqual([
      { x0: 100, y0: 0, x1: 110, y1: 0 },
      { x0: 0, y0: 5, x1: 10, y1: 5 },
    ]);
  });

  test('past the operator limit, or with an unknown path shape, no rules (the text alone is read)', () => {
    const many = { fnArray: new Array(MAX_PDF_PAGE_OPERATORS + 1).fill(OPS.save), argsArray: [] };
    expect(pageRulings(many, OPS)).toEqual([]);
    expect(pageRulings(list([[OPS.constructPath, [OPS.stroke, ['x'], null]]]), OPS)).toEqual([]);
  });
});

const item = (str: string, x: number, y: number, w = str.length * 10, h = 10): TextItem => ({
  str,
  x,
  y,
  w,
  h,
});
const hRule = (at: number, from: number, to: number): Rule => ({ horizontal: true, at, from, to });
const vRule = (at: number, from: number, to: number): Rule => ({ horizontal: false, at, from, to });

/** A grid of columns at `xs` and rows at `ys` (every cell drawn), in reading space. */
function grid(xs: number[], ys: number[]): Rule[] {
  return [
    ...ys.map((y) => hRule(y, xs[0], xs[xs.length - 1])),
    ...xs.map((x) => vRule(x, ys[0], ys[ys.length - 1])),
  ];
}

describe('latticeOf', () => {
  test('a row on three baselines is one row: code at the top, name wrapped in the middle, figure at the bottom', () => {
    const rules = grid([0, 40, 160, 240], [100, 140, 160]);
    const items = [
      item('208', 2, 111),
      item('机关事业单位基本', 42, 118),
      item('养老保险缴费支出', 42, 130),
      item('38.50', 200, 138, 35),
      item('1.40', 205, 158, 30),
    ];
    const l = latticeOf(rules, items, { left: 0, top: 100, right: 240, bottom: 160 })!;
    expect(l.xs).toEqual([0, 40, 160, 240]);
    const texts = l.cells.map((c) => `${c.top},${c.left}:${cellText(c.items)}`).sort();
    expect(texts).toEqual(['0,0:208', '0,1:机关事业单位基本养老保险缴费支出', '0,2:38.50', '1,2:1.40']);
  });

  test('a merged header cell spans its columns; a note tight under the last row leaves its cell', () => {
    // 合计 spans two columns in the top row; under it 预算数 | 决算数.
    const rules = [
      hRule(0, 0, 200),
      hRule(20, 100, 200),
      hRule(40, 0, 200),
      hRule(60, 0, 200),
      vRule(0, 0, 60),
      vRule(100, 0, 60),
      vRule(150, 20, 60),
      vRule(200, 0, 60),
    ];
    const items = [
      item('项目', 10, 25),
      item('合计', 140, 14, 20),
      item('预算数', 110, 34, 30),
      item('决算数', 160, 34, 30),
      item('总计', 10, 52, 20),
      item('注：本表反映', 2, 59, 60),
      item('5.00', 170, 52, 20),
    ];
    const l = latticeOf(rules, items, { left: 0, top: 0, right: 200, bottom: 70 })!;
    const total = l.cells.find((c) => cellText(c.items) === '合计')!;
    expect([total.left, total.right]).toEqual([1, 3]);
    const name = l.cells.find((c) => c.items.some((it) => it.str === '总计'))!;
    expect(cellText(name.items)).toBe('总计');
    expect(l.notes.map((it) => it.str)).toEqual(['注：本表反映']);
  });

  test('fewer than two rules each way: no lattice', () => {
    expect(
      latticeOf([hRule(0, 0, 100)], [item('1', 5, 5)], { left: 0, top: 0, right: 100, bottom: 10 }),
    ).toBeNull();
  });
});

describe('a bordered table through the layout', () => {
  test('header words wrapped in their cells are one word; the wrapped row is one row of the sheet', () => {
    const xs = [50, 90, 250, 330, 410];
    const ys = [100, 130, 160, 190, 220];
    const page: PageText = {
      page: 1,
      width: 595,
      height: 842,
      toPdf: [1, 0, 0, -1, 0, 842],
      rules: grid(xs, ys),
      items: [
        item('收入决算表', 200, 80, 50, 14),
        item('科目编码', 52, 118, 36),
        item('科目名称', 92, 118, 40),
        item('本年收入合', 252, 112, 50),
        item('计', 252, 126, 10),
        item('财政拨款收', 332, 112, 50),
        item('入', 332, 126, 10),
        item('合计', 92, 150, 20),
        item('58.10', 290, 158, 35),
        item('58.10', 370, 158, 35),
        item('208', 52, 168, 20),
        item('社会保障和就业', 92, 176, 70),
        item('支出', 92, 186, 20),
        item('58.10', 290, 188, 35),
        item('58.10', 370, 188, 35),
        item('20805', 52, 198, 30),
        item('行政事业单位养老支出', 92, 206, 100),
        item('58.10', 290, 218, 35),
        item('58.10', 370, 218, 35),
      ],
    };
    // 5 columns edges → 4 columns; the page's text fits them.
    const sheet = layoutDocument([page], 'x.pdf').snapshot.sheets[0];
    const rows = sheet.values.map((r) => r.map((v) => v ?? ''));
    expect(rows).toContainEqual(['科目编码', '科目名称', '本年收入合计', '财政拨款收入']);
    expect(rows).toContainEqual(['208', '社会保障和就业支出', '58.10', '58.10']);
    expect(rows).toContainEqual(['20805', '行政事业单位养老支出', '58.10', '58.10']);
  });

  test('a table ruled only across: the text between two rules is one row; columns from the text', () => {
    const ys = [100, 130, 160, 190];
    const page: PageText = {
      page: 1,
      width: 595,
      height: 842,
      toPdf: [1, 0, 0, -1, 0, 842],
      rules: ys.map((y) => hRule(y, 50, 410)),
      items: [
        item('一般公共预算财政拨款支出决算表', 150, 80, 210, 14),
        item('科目编码', 52, 118, 40),
        item('科目名称', 112, 118, 40),
        item('决算数', 372, 118, 30),
        item('208', 52, 140, 30),
        item('社会保障和就业', 112, 146, 70),
        item('支出', 112, 156, 20),
        item('58.10', 372, 158, 35),
        item('20805', 52, 170, 50),
        item('行政事业单位养老', 112, 176, 80),
        item('支出', 112, 186, 20),
        item('56.10', 372, 188, 35),
        item('注：本表反映部门本年度支出情况。', 52, 204, 170),
      ],
    };
    const rows = layoutDocument([page], 'x.pdf').snapshot.sheets[0].values.map((r) => r.map((v) => v ?? ''));
    expect(rows).toContainEqual(['208', '社会保障和就业支出', '58.10']);
    expect(rows).toContainEqual(['20805', '行政事业单位养老支出', '56.10']);
    expect(rows[rows.length - 1][0]).toMatch(/^注：/);
  });

  test('outer borders only: the grid does not draw the columns, the text does', () => {
    const page: PageText = {
      page: 1,
      width: 595,
      height: 842,
      toPdf: [1, 0, 0, -1, 0, 842],
      rules: [hRule(100, 50, 410), hRule(190, 50, 410), vRule(50, 100, 190), vRule(410, 100, 190)],
      items: [
        item('一般公共预算财政拨款支出决算表', 150, 80, 210, 14),
        item('科目编码', 52, 118, 40),
        item('科目名称', 112, 118, 40),
        item('决算数', 372, 118, 30),
        item('208', 52, 148, 30),
        item('社会保障和就业支出', 112, 148, 90),
        item('58.10', 372, 148, 35),
        item('20805', 52, 178, 50),
        item('行政事业单位养老支出', 112, 178, 100),
        item('56.10', 372, 178, 35),
      ],
    };
    const rows = layoutDocument([page], 'x.pdf').snapshot.sheets[0].values.map((r) => r.map((v) => v ?? ''));
    expect(rows).toContainEqual(['208', '社会保障和就业支出', '58.10']);
  });

  test("pageText turns the page's segments into reading space with its text", () => {
    const read = pageText(
      1,
      { transform: [1, 0, 0, -1, 0, 842], width: 595, height: 842 },
      [],
      [
        { x0: 10, y0: 800, x1: 200, y1: 800 },
        { x0: 10, y0: 800, x1: 10, y1: 700 },
      ],
    );
    expect(read.rules).toEqual([
      { horizontal: true, at: 42, from: 10, to: 200 },
      { horizontal: false, at: 10, from: 42, to: 142 },
    ]);
  });
});
