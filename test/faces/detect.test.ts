/** Which face a workbook is read in when the user does not say: a 财政部 workbook is never taken for Shanghai. */

import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { detectFace } from '../../src/core/recognition/detect-face';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { loadCase, SHANGHAI_CASES } from '../helpers';

/** The 财政部 workbook without what marks it as one: no 公开NN markers, no 栏次 row. */
function unmarked(book: WorkbookSnapshot): WorkbookSnapshot {
  const copy: WorkbookSnapshot = structuredClone(book);
  for (const sheet of copy.sheets)
    sheet.values = sheet.values.map((row) =>
      row.map((v) => (typeof v === 'string' && /^(公开0?\d表|栏次)$/.test(v.trim()) ? null : v)),
    );
  return copy;
}

test('a 财政部 workbook without markers, with a “本年度没有…故本表无数据” note, is still 财政部', async () => {
  const book = unmarked(await loadCase('liujiang2022-standard'));
  assert.equal(detectFace(book).id, 'mof');
  const sheet = book.sheets.find((s) => s.name === '公开08表')!;
  sheet.values.push(['说明：本单位本年度没有国有资本经营预算财政拨款收支，故本表无数据。']);
  assert.equal(detectFace(book).id, 'mof');
});

test('the Shanghai cases are still Shanghai', async () => {
  for (const id of SHANGHAI_CASES) assert.equal(detectFace(await loadCase(id)).id, 'shanghai', id);
});
