/**
 * text.frame on a PDF's pages: the 目录's page numbers against where each part starts, and blank pages. The pages
 * are read from a real disclosure (社会工作部 2024) and, for what no real file at hand shows (a 目录 with page numbers,
 * a blank page after it), built in the same shape.
 */

import assert from 'node:assert/strict';
import path from 'node:path';
import { beforeAll, test } from '@jest/globals';
import { checkWorkbook } from '../../src/core/check';
import type { Finding } from '../../src/core/report';
import type { PageLines, WorkbookSnapshot } from '../../src/core/snapshot';
import { layoutDocument } from '../../src/hosts/pdf/geometry/layout';
import { locateFindings } from '../../src/hosts/pdf/locate';
import { pageLines } from '../../src/hosts/pdf/page-lines';
import { PDF_FIXTURES, pdfPages } from '../pdf/pdf-helpers';

let real: PageLines[];
let findings: Finding[];

beforeAll(() => {
  const pages = pdfPages(path.join(PDF_FIXTURES, 'putuo2024-real.pdf'));
  real = pageLines(pages);
  const layout = layoutDocument(pages, 'putuo2024-real.pdf');
  layout.snapshot.pages = real;
  const report = checkWorkbook(layout.snapshot, { narrative: layout.narrative });
  findings = locateFindings(report, layout.places, layout.narrativePlaces).findings;
}, 60000);

test('the pages of a real PDF as lines: the 目录 on page 2, every page present', () => {
  assert.equal(real.length, 24);
  const squeezed = (l: string) => l.replace(/\s+/g, '');
  assert.deepEqual(real[1].lines.slice(0, 2).map(squeezed), [
    '目录',
    '第一部分中共上海市普陀区委社会工作部概况',
  ]);
  assert.ok(real.every((p, i) => p.page === i + 1 && p.width > 0 && p.height > 0));
});

test('the wording labelled on the real PDF is found on its pages, and nothing else is an alarm', () => {
  const text = findings.filter((f) => f.rule.startsWith('text.') && f.severity !== 'info');
  assert.deepEqual(
    text.map((f) => `${f.rule} p${f.pdf?.page}`),
    ['text.template-residue p15', 'text.template-residue p16', 'text.purpose-copy p20'],
  );
  // Its 目录 has no page numbers and it has no blank page: text.frame has nothing to say.
  assert.deepEqual(
    findings.filter((f) => f.rule === 'text.frame'),
    [],
  );
});

function pdf(pages: string[][]): WorkbookSnapshot {
  return {
    name: 'x.pdf',
    sheets: [],
    pages: pages.map((lines, i) => ({ page: i + 1, lines, width: 595, height: 842 })),
  };
}

const frame = (s: WorkbookSnapshot) => checkWorkbook(s).findings.filter((f) => f.rule === 'text.frame');

const COVER = ['上海市普陀区财政局', '2024 年度部门决算'];
const TOC = [
  '目 录',
  '第一部分 上海市普陀区财政局概况 ........ 1',
  '第二部分 上海市普陀区财政局 2024 年度部门决算表 ........ 3',
  '第三部分 上海市普陀区财政局 2024 年度部门决算情况说明 ........ 14',
  '第四部分 名词解释 ........ 20',
];

function body(toc: string[], blankAfterToc: boolean): string[][] {
  const pages: string[][] = [COVER, toc];
  if (blankAfterToc) pages.push([]);
  const start = pages.length; // printed page 1
  for (let printed = 1; printed <= 21; printed++) {
    const lines = ['正文', String(printed)];
    if (printed === 1) lines.unshift('第一部分 上海市普陀区财政局概况');
    if (printed === 3) lines.unshift('第二部分 上海市普陀区财政局 2024 年度部门决算表');
    if (printed === 14) lines.unshift('第三部分 上海市普陀区财政局 2024 年度部门决算情况说明');
    if (printed === 20) lines.unshift('第四部分 名词解释');
    pages[start + printed - 1] = lines;
  }
  return pages;
}

test('text.frame: a 目录 page number that does not match where its part starts', () => {
  assert.deepEqual(frame(pdf(body(TOC, false))), []);
  const wrong = TOC.map((l) => l.replace('说明 ........ 14', '说明 ........ 12'));
  const f = frame(pdf(body(wrong, false)));
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'warning');
  assert.equal(f[0].pdf?.page, 2);
  assert.equal(f[0].expected, 14);
  assert.equal(f[0].actual, 12);
  assert.match(f[0].message, /标注在第12页，但该部分实际在第14页/);
});

test('text.frame: a blank page after the 目录 (检查表 部门预算, 目录) is a warning; elsewhere a hint', () => {
  const f = frame(pdf(body(TOC, true)));
  // The blank page shifts every part by one: the offsets still agree, only the blank page is reported.
  assert.deepEqual(
    f.map((x) => `${x.severity} p${x.pdf?.page}`),
    ['warning p3'],
  );
  assert.match(f[0].message, /目录后的第3页是空白页/);
  const pages = body(TOC, false);
  pages.splice(10, 0, ['7']);
  assert.deepEqual(
    frame(pdf(pages))
      .filter((x) => /空白页/.test(x.message))
      .map((x) => `${x.severity} p${x.pdf?.page}`),
    ['info p11'],
  );
});
