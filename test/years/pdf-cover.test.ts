/**
 * A PDF's unit and year printed only on its cover page: the narrative read from a PDF starts after the cover,
 * so the cover page itself is read for them (西南大学's cover on one line, 普陀's over three).
 */

import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from '@jest/globals';
import { coverOf, departmentOf } from '../../src/core/years/unit';
import { yearSide } from '../../src/core/years/side';
import { layoutDocument } from '../../src/hosts/pdf/geometry/layout';
import { pageLines } from '../../src/hosts/pdf/page-lines';
import { FIXTURES, gouji } from '../helpers';
import { pdfPages } from '../pdf/pdf-helpers';

function readAsCli(file: string) {
  const pages = pdfPages(file);
  const layout = layoutDocument(pages, path.basename(file));
  layout.snapshot.pages = pageLines(pages);
  return layout;
}

test.each([
  ['swu2023-real.pdf', '西南大学', 2023],
  ['putuo2024-real.pdf', '中共上海市普陀区委社会工作部', 2024],
])('%s: the unit and year of its cover', (name, unit, year) => {
  const layout = readAsCli(path.join(FIXTURES, 'pdf', name));
  // Neither the tables nor the narrative name the unit: only the cover does.
  assert.equal(departmentOf(layout.snapshot), null);
  assert.equal(coverOf(layout.narrative).unit, null);
  const side = yearSide({
    file: '上年.pdf',
    source: 'pdf',
    workbook: layout.snapshot,
    narrative: layout.narrative,
  });
  assert.equal(side.unit, unit);
  assert.equal(side.year, year);
});

test('a batch names a PDF’s unit from its cover', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gouji-pdf-cover-'));
  copyFileSync(path.join(FIXTURES, 'pdf', 'swu2023-real.pdf'), path.join(dir, '决算.pdf'));
  const r = gouji('check', dir, '--workers', '1');
  assert.match(r.stdout, /决算\.pdf（西南大学）/);
});
