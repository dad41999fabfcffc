/** The pure geometry of the PDF reader: positioned text in, rebuilt sheets out (no pdf.js involved). */

import { describe, expect, test } from '@jest/globals';
import { layoutDocument } from '../../src/hosts/pdf/geometry/layout';
import { uprightTurn } from '../../src/hosts/pdf/geometry/matrix';
import type { PageText, TextItem } from '../../src/hosts/pdf/geometry/types';
import { pageText } from '../../src/hosts/pdf/read-pdf';

const H = 10;

/** Width as a CJK font prints it: a full em per ideograph, about half for digits and punctuation. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u3400-\u9fff（）：“”]/.test(ch) ? H : H * 0.55;
  return w;
}

/** A cell: left-aligned text at x, or a figure right-aligned at x (given as ['r', right edge, text]). */
type Cell = [number, string] | ['r', number, string];

function items(lines: Array<[number, Cell[]]>): TextItem[] {
  return lines.flatMap(([y, cells]) =>
    cells.map((c) => {
      const str = c[0] === 'r' ? c[2] : c[1];
      const w = width(str);
      const x = c[0] === 'r' ? c[1] - w : c[0];
      return { str, x, y, w, h: H };
    }),
  );
}

const IDENTITY_TO_PDF = (height: number): PageText['toPdf'] => [1, 0, 0, -1, 0, height];

function page(n: number, lines: Array<[number, Cell[]]>, w = 842, h = 595): PageText {
  return { page: n, width: w, height: h, items: items(lines), toPdf: IDENTITY_TO_PDF(h) };
}

const TITLE_03: Array<[number, Cell[]]> = [
  [40, [[300, '支出决算表']]],
  [
    60,
    [
      [50, '编制单位：某某局'],
      [600, '单位：万元'],
    ],
  ],
];

/** 公开03 as a department prints it: a header over three lines, figures right-aligned, one name wrapped. */
const HEADER_03: Array<[number, Cell[]]> = [
  [
    80,
    [
      [50, '项目'],
      [260, '本年支出'],
      [360, '基本支出'],
      [460, '项目支出'],
    ],
  ],
  [
    86,
    [
      [50, '科目代码'],
      [120, '科目名称'],
    ],
  ],
  [92, [[260, '合计']]],
];

function sheetRows(p: PageText[]): string[][] {
  const layout = layoutDocument(p, 'x.pdf');
  return layout.snapshot.sheets[0].values.map((r) => r.map((v) => (v === null ? '' : String(v))));
}

describe('one table on one page', () => {
  const rows: Array<[number, Cell[]]> = [
    ...TITLE_03,
    ...HEADER_03,
    [
      120,
      [
        [120, '合计'],
        ['r', 320, '1,049.22'],
        ['r', 420, '888.32'],
        ['r', 520, '160.90'],
      ],
    ],
    [
      140,
      [
        [50, '208'],
        [120, '社会保障和就业支出'],
        ['r', 320, '58.10'],
        ['r', 420, '56.10'],
        ['r', 520, '2.00'],
      ],
    ],
    // A name wrapped over three lines with its code and figures on the middle one (cells centred vertically).
    [153, [[120, '机关事业单位基本养老']]],
    [
      160,
      [
        [50, '2080505'],
        [120, '保险缴费'],
        ['r', 320, '38.50'],
        ['r', 420, '38.50'],
      ],
    ],
    [167, [[120, '支出']]],
    // A name wrapped with the code on its first line (cells aligned to the top).
    [
      190,
      [
        [50, '2080506'],
        [120, '机关事业单位职业年金'],
        ['r', 320, '17.60'],
        ['r', 420, '17.60'],
      ],
    ],
    [201, [[120, '缴费支出']]],
    [
      220,
      [
        [50, '210'],
        [120, '卫生健康支出'],
        ['r', 320, '963.03'],
        ['r', 420, '805.23'],
        ['r', 520, '157.80'],
      ],
    ],
  ];
  const grid = sheetRows([page(1, rows)]);

  test('the header over three lines is one row, the figures sit under their headers', () => {
    const header = grid.find((r) => r.includes('科目名称'))!;
    expect(header[0]).toBe('项目科目代码');
    expect(header.slice(2)).toEqual(['本年支出合计', '基本支出', '项目支出']);
    expect(grid.find((r) => r[0] === '208')).toEqual(['208', '社会保障和就业支出', '58.10', '56.10', '2.00']);
  });

  test('a name wrapped over two or three lines is one cell, whichever line holds the code', () => {
    expect(grid.find((r) => r[0] === '2080505')).toEqual([
      '2080505',
      '机关事业单位基本养老保险缴费支出',
      '38.50',
      '38.50',
      '',
    ]);
    expect(grid.find((r) => r[0] === '2080506')).toEqual([
      '2080506',
      '机关事业单位职业年金缴费支出',
      '17.60',
      '17.60',
      '',
    ]);
    expect(grid.find((r) => r[0] === '210')![4]).toBe('157.80');
  });

  test('every cell keeps its page and box, in PDF points with the origin at the bottom left', () => {
    const layout = layoutDocument([page(1, rows)], 'x.pdf');
    const sheet = layout.snapshot.sheets[0];
    const r = sheet.values.findIndex((row) => row[0] === '208');
    const place = layout.places.get(sheet.name)!.get(`${r},2`)!;
    expect(place.page).toBe(1);
    const [x0, y0, x1, y1] = place.box;
    expect(x1).toBeCloseTo(320, 0);
    expect(x0).toBeCloseTo(320 - width('58.10'), 0);
    expect(y0).toBeLessThan(595 - 140 + 2);
    expect(y1).toBeGreaterThan(595 - 140 + 6);
  });
});

describe('an empty table (only its header)', () => {
  test('a header wrapped over two lines above two sub-columns spans them; the sub-columns stay apart', () => {
    const p = page(1, [
      [40, [[300, '财政拨款“三公”经费支出决算表']]],
      [70, [[200, '因公出国']]],
      [
        84,
        [
          [200, '（境）费'],
          [330, '公务接待费'],
        ],
      ],
      [
        110,
        [
          [180, '预算数'],
          [232, '决算数'],
          [310, '预算数'],
          [362, '决算数'],
        ],
      ],
      [140, [[50, '说明：本单位没有财政拨款“三公”经费支出，故本表无数据。']]],
    ]);
    const grid = sheetRows([p]);
    expect(grid.find((r) => r.includes('预算数'))!.filter((v) => v !== '')).toEqual([
      '预算数',
      '决算数',
      '预算数',
      '决算数',
    ]);
  });
});

describe('an empty Shanghai 三公 table (预算数 | 决算数 under each item)', () => {
  test('合计 and 小计 centred in the gap over their pair span it: no empty column, the header over 预算数', () => {
    const p = page(1, [
      [40, [[300, '财政拨款“三公”经费支出决算表']]],
      [
        70,
        [
          [135, '合计'],
          [250, '因公出国'],
          [395, '小计'],
        ],
      ],
      [84, [[250, '（境）费']]],
      [
        110,
        [
          [100, '预算数'],
          [160, '决算数'],
          [230, '预算数'],
          [290, '决算数'],
          [360, '预算数'],
          [420, '决算数'],
        ],
      ],
      [140, [[50, '注：本表反映部门本年度“三公”经费支出预决算情况。']]],
      [154, [[50, '说明：本单位没有财政拨款“三公”经费支出，故本表无数据。']]],
    ]);
    const grid = sheetRows([p]);
    const pairs = grid.find((r) => r.includes('预算数'))!;
    expect(pairs).toEqual(['预算数', '决算数', '预算数', '决算数', '预算数', '决算数']);
    const header = grid.find((r) => r.includes('合计'))!;
    expect(header.indexOf('合计')).toBe(0);
    expect(header.indexOf('因公出国（境）费')).toBe(2);
    expect(header.indexOf('小计')).toBe(4);
  });
});

describe('tables across pages and several on a page', () => {
  test('a table running over two pages with its header repeated is one sheet without the repeat', () => {
    const first = page(1, [
      ...TITLE_03,
      ...HEADER_03,
      [
        120,
        [
          [120, '合计'],
          ['r', 320, '100.00'],
          ['r', 420, '60.00'],
          ['r', 520, '40.00'],
        ],
      ],
      [
        140,
        [
          [50, '201'],
          [120, '一般公共服务支出'],
          ['r', 320, '60.00'],
          ['r', 420, '60.00'],
        ],
      ],
    ]);
    const second = page(2, [
      ...HEADER_03,
      [
        120,
        [
          [50, '210'],
          [120, '卫生健康支出'],
          ['r', 320, '40.00'],
          ['r', 520, '40.00'],
        ],
      ],
      [560, [[410, '- 2 -']]],
    ]);
    const layout = layoutDocument([first, second], 'x.pdf');
    expect(layout.snapshot.sheets.map((s) => s.name)).toEqual(['第1-2页']);
    const grid = layout.snapshot.sheets[0].values;
    expect(grid.filter((r) => r.includes('科目名称'))).toHaveLength(1);
    expect(grid[grid.length - 1]).toEqual(['210', '卫生健康支出', '40.00', null, '40.00']);
    const r = grid.length - 1;
    expect(layout.places.get('第1-2页')!.get(`${r},2`)!.page).toBe(2);
  });

  test('two tables on one page are two sheets, and prose after them is the narrative', () => {
    const p = page(1, [
      [40, [[300, '收入决算表']]],
      [
        60,
        [
          [50, '项目'],
          [260, '本年收入合计'],
          [380, '财政拨款收入'],
        ],
      ],
      [
        80,
        [
          [120, '合计'],
          ['r', 320, '100.00'],
          ['r', 440, '100.00'],
        ],
      ],
      [
        100,
        [
          [50, '201'],
          [120, '一般公共服务支出'],
          ['r', 320, '100.00'],
          ['r', 440, '100.00'],
        ],
      ],
      [140, [[300, '支出决算表']]],
      [
        160,
        [
          [50, '项目'],
          [260, '本年支出合计'],
          [380, '基本支出'],
        ],
      ],
      [
        180,
        [
          [120, '合计'],
          ['r', 320, '100.00'],
          ['r', 440, '100.00'],
        ],
      ],
    ]);
    const prose = page(2, [
      [60, [[50, '一、收入支出决算总体情况说明']]],
      [80, [[70, '本部门2024年度收入、支出总计均为100.00万元。与2023年度相比，收入、支出总计各增加']]],
      [100, [[50, '10.00万元，增长11.11%。']]],
    ]);
    const layout = layoutDocument([p, prose], 'x.pdf');
    expect(layout.snapshot.sheets.map((s) => s.name)).toEqual(['第1页', '第1页(2)']);
    expect(layout.snapshot.sheets[1].values[0]).toContain('支出决算表');
    expect(layout.narrative).toBe(
      '一、收入支出决算总体情况说明\n本部门2024年度收入、支出总计均为100.00万元。与2023年度相比，收入、支出总计各增加10.00万元，增长11.11%。',
    );
  });
});

describe('pages turned landscape', () => {
  test('a table drawn turned on a portrait page is read upright, its boxes given on the page as it is', () => {
    // The text runs down the page (rotated 90°): pdf.js gives each item's matrix in PDF space.
    const W = 595;
    const H2 = 842;
    const upright = page(1, [
      ...TITLE_03,
      ...HEADER_03,
      [
        120,
        [
          [120, '合计'],
          ['r', 320, '100.00'],
          ['r', 420, '60.00'],
          ['r', 520, '40.00'],
        ],
      ],
      [
        140,
        [
          [50, '201'],
          [120, '一般公共服务支出'],
          ['r', 320, '100.00'],
          ['r', 420, '60.00'],
          ['r', 520, '40.00'],
        ],
      ],
    ]);
    // Place the upright page (842 × 595, y down) turned a quarter on a 595 × 842 portrait page (PDF, y up):
    // upright (x, y) → PDF (y, x), so text runs upwards along PDF y.
    const raw = upright.items.map((it) => ({
      str: it.str,
      width: it.w,
      transform: [0, H, -H, 0, it.y, it.x],
    }));
    const viewport = { transform: [1, 0, 0, -1, 0, H2], width: W, height: H2 };
    const read = pageText(1, viewport, raw);
    expect(read.width).toBeCloseTo(842, 0);
    const layout = layoutDocument([read], 'x.pdf');
    const grid = layout.snapshot.sheets[0].values;
    const r = grid.findIndex((row) => row[0] === '201');
    expect(grid[r]).toEqual(['201', '一般公共服务支出', '100.00', '60.00', '40.00']);
    // The figure 100.00 was printed at upright x 320 − width … 320, y 140: in PDF, x ≈ 140, y ≈ 265–320.
    const [x0, y0, x1, y1] = layout.places.get(layout.snapshot.sheets[0].name)!.get(`${r},2`)!.box;
    expect(y1).toBeCloseTo(320, 0);
    expect(y0).toBeCloseTo(320 - width('100.00'), 0);
    expect(x0).toBeLessThan(140);
    expect(x1).toBeGreaterThan(130);
  });

  test('the turn that sets text upright keeps the page inside positive coordinates', () => {
    for (const q of [0, 1, 2, 3]) {
      const t = uprightTurn(q, 595, 842);
      expect([t.width, t.height]).toEqual(q % 2 ? [842, 595] : [595, 842]);
    }
  });
});
