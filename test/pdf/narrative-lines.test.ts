/** A PDF's narrative: the text outside the tables, without the cover, the 目录 and table text left uncut. */

import { expect, test } from '@jest/globals';
import { layoutDocument } from '../../src/hosts/pdf/geometry/layout';
import type { PageText, TextItem } from '../../src/hosts/pdf/geometry/types';

const H = 10;

function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u3400-\u9fff（）：“”。，、]/.test(ch) ? H : H * 0.55;
  return w;
}

/** A portrait page of lines, each a list of [x, text] runs on the baseline y. */
function page(n: number, lines: Array<[number, Array<[number, string]>]>): PageText {
  const items: TextItem[] = lines.flatMap(([y, runs]) =>
    runs.map(([x, str]) => ({ str, x, y, w: width(str), h: H })),
  );
  return { page: n, width: 595, height: 842, items, toPdf: [1, 0, 0, -1, 0, 842] };
}

const SENTENCE_1 = '本部门主要职责是贯彻执行国家和本市有关财政工作的法律法规，';
const SENTENCE_2 = '负责政府财政资金和财政专户管理。';

const pages = [
  // The cover.
  page(1, [
    [300, [[150, '某某区财政局2024年度部门决算']]],
    [400, [[250, '2024年9月']]],
  ]),
  // The table of contents, on two pages.
  page(2, [
    [90, [[270, '目 录']]],
    [150, [[72, '第一部分 部门概况']]],
    [180, [[96, '一、主要职能……………………1']]],
  ]),
  page(3, [
    [90, [[96, '二、部门决算表']]],
    [120, [[96, '三、名词解释']]],
  ]),
  // The narrative, with a small table of units its cutting did not take for one of the nine.
  page(4, [
    [90, [[72, '第一部分 部门概况']]],
    [120, [[72, '一、主要职能']]],
    [150, [[96, SENTENCE_1]]],
    [170, [[72, SENTENCE_2]]],
    [
      200,
      [
        [72, '序号'],
        [200, '单位名称'],
        [420, '备注'],
      ],
    ],
    [
      220,
      [
        [72, '1'],
        [200, '某某区财政局（本级）'],
      ],
    ],
    [
      240,
      [
        [72, '2'],
        [200, '某某区国库收付中心'],
        [420, '并入本级'],
      ],
    ],
  ]),
];

test('the narrative leaves out the cover, the 目录 on its pages, and table text', () => {
  const layout = layoutDocument(pages, 'x.pdf');
  expect(layout.snapshot.sheets).toEqual([]);
  expect(layout.narrative).toBe(`第一部分 部门概况\n一、主要职能\n${SENTENCE_1}${SENTENCE_2}`);
  // Every line of it is placed on page 4, where it is printed.
  expect(layout.narrativePlaces.map((p) => p.place.page)).toEqual([4, 4, 4, 4]);
});

test('a 目录 after a first page of prose is left out up to the next page with a sentence', () => {
  const withProse = [
    page(1, [[120, [[96, SENTENCE_1 + '特此说明。']]]]),
    page(2, [
      [90, [[270, '目录']]],
      [150, [[72, '一、主要职能']]],
    ]),
    page(3, [[120, [[96, '二、收入支出决算总表']]]]),
    page(4, [
      [120, [[72, '一、主要职能']]],
      [150, [[96, SENTENCE_2]]],
    ]),
  ];
  expect(layoutDocument(withProse, 'x.pdf').narrative).toBe(
    `${SENTENCE_1}特此说明。\n一、主要职能\n${SENTENCE_2}`,
  );
});
