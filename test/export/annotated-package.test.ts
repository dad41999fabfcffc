/**
 * The annotated copy is the user's package with 勾稽's changes only: every part kept, the untouched ones
 * byte for byte, the original fills and notes recorded for 清除标记, 审核结果 grouped by cause.
 */

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from '@jest/globals';
import { DOMParser } from '@xmldom/xmldom';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import type { Finding, Report } from '../../src/core/report';
import { annotatePackage } from '../../src/export/patch-xlsx';
import { groupedByCause } from '../../src/export/patch-xlsx/results-sheet';
import { readSavedFormats } from '../../src/hosts/browser/saved-formats';
import { BrowserWorkbook } from '../../src/hosts/browser/workbook-model';
import { FIXTURES } from '../helpers';
import { gouji, tempDir } from '../safety/helpers';

const TMP = tempDir('gouji-annotated-');
const RICH = path.join(FIXTURES, 'rich', 'rich.xlsx');

/** The parts 勾稽 may change: the workbook and its index parts, the styles, the marked sheets and their notes. */
const MAY_CHANGE =
  /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/worksheets\/sheet\d+\.xml|xl\/worksheets\/_rels\/sheet\d+\.xml\.rels|xl\/comments\d+\.xml|xl\/drawings\/vmlDrawing\d+\.vml)$/;

function annotated(): {
  before: Record<string, Uint8Array>;
  after: Record<string, Uint8Array>;
  out: string;
  report: Report;
} {
  const out = path.join(TMP, 'rich-标注.xlsx');
  const r = gouji('check', RICH, '--out', out, '--format', 'json');
  assert.equal(r.status, 1, r.stderr);
  return {
    before: unzipSync(readFileSync(RICH)),
    after: unzipSync(readFileSync(out)),
    out,
    report: JSON.parse(r.stdout),
  };
}

const equal = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

test('a workbook with a chart, pivot table, image, threaded comments, external link and validation keeps every part', () => {
  const { before, after } = annotated();
  const missing = Object.keys(before).filter((name) => !(name in after));
  assert.deepEqual(missing, []);
  const changed = Object.keys(before).filter((name) => !equal(before[name], after[name]));
  for (const name of changed) assert.match(name, MAY_CHANGE, `${name} changed`);
  for (const kept of [
    'xl/charts/chart1.xml',
    'xl/drawings/drawing1.xml',
    'xl/media/image1.png',
    'xl/pivotTables/pivotTable1.xml',
    'xl/pivotCache/pivotCacheDefinition1.xml',
    'xl/pivotCache/pivotCacheRecords1.xml',
    'xl/threadedComments/threadedComment1.xml',
    'xl/persons/person.xml',
    'xl/externalLinks/externalLink1.xml',
    'xl/externalLinks/_rels/externalLink1.xml.rels',
    'customXml/item1.xml',
    'docProps/custom.xml',
    'xl/sharedStrings.xml',
    'xl/theme/theme1.xml',
  ])
    assert.ok(equal(before[kept], after[kept]), `${kept} byte for byte`);
  // Every XML part is well-formed.
  for (const name of changed.concat(Object.keys(after).filter((n) => !(n in before))))
    if (/\.(xml|rels)$/.test(name)) {
      const errors: string[] = [];
      new DOMParser({
        onError: (level, msg) => void (level !== 'warning' && errors.push(msg)),
      }).parseFromString(strFromU8(after[name]), 'text/xml');
      assert.deepEqual(errors, [], name);
    }
  // The marked sheet keeps its data validation, drawing and notes references.
  const sheet3 = strFromU8(after['xl/worksheets/sheet3.xml']);
  assert.match(sheet3, /<dataValidations count="1">/);
  assert.match(sheet3, /<drawing r:id="rId1"\/><legacyDrawing r:id="rId2"\/>/);
  const workbook = strFromU8(after['xl/workbook.xml']);
  assert.match(workbook, /<workbookProtection lockStructure="1"\/>/);
  assert.match(
    workbook,
    /<definedName name="本表合计" localSheetId="3">/,
    'sheet-scoped names follow their sheet',
  );
  assert.match(workbook, /<externalReference r:id="rId21"\/>/);
});

test('the copy opens, marks the cells, appends to the existing note and records the original fills', async () => {
  const { out } = annotated();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  assert.deepEqual(
    wb.worksheets.map((w) => [w.name, w.state]).filter(([n]) => n === '审核结果' || n === '勾稽_原格式'),
    [
      ['审核结果', 'visible'],
      ['勾稽_原格式', 'veryHidden'],
    ],
  );
  assert.equal(wb.worksheets[0].name, '审核结果');
  const c28 = wb.getWorksheet('公开03表')!.getCell('C28');
  assert.equal((c28.fill as ExcelJS.FillPattern).fgColor?.argb, 'FFFFC7CE');
  assert.equal(c28.numFmt, '#,##0.00', 'the cell keeps its own number format');
  const note = JSON.stringify(c28.note);
  assert.match(note, /原有批注：请核对行政运行/);
  assert.match(note, /【勾稽·错误】公开03 2101501 行政运行 本年支出合计 344.33/);
  const saved = readSavedFormats(new BrowserWorkbook(wb, 'rich.xlsx'));
  const c28Saved = saved.find((s) => s.sheet === '公开03表' && s.cell === 'C28')!;
  assert.deepEqual(JSON.parse(c28Saved.fill), {
    type: 'pattern',
    pattern: 'solid',
    fgColor: { argb: 'FFFFFF00' },
    bgColor: { indexed: 64 },
  });
  assert.match(JSON.parse(c28Saved.note), /原有批注/);
  const plain = saved.find((s) => s.cell !== 'C28')!;
  assert.equal(plain.fill, '');
  assert.equal(plain.note, '');
});

test('审核结果 puts each consequence under its cause', () => {
  const f = (id: string, extra: Partial<Finding> = {}): Finding => ({
    id,
    rule: 'sum.row',
    severity: 'error',
    message: id,
    ...extra,
  });
  const order = groupedByCause([
    f('f1', { explainedBy: 'f3' }),
    f('f2'),
    f('f3', { rule: 'cause.x', explains: ['f1', 'f4'] }),
    f('f4', { explainedBy: 'f3' }),
  ]);
  assert.deepEqual(
    order.map((x) => `${x.finding.id}${x.consequence ? '↳' : ''}`),
    ['f2', 'f3', 'f1↳', 'f4↳'],
  );
  const bytes = annotatePackage(readFileSync(RICH), {
    schema: 'gouji.report/1',
    workbook: 'rich.xlsx',
    year: 2022,
    tables: [],
    findings: [
      f('f1', { explainedBy: 'f2', sheet: '公开03表', cell: 'D28' }),
      f('f2', { message: '原因', sheet: '公开03表', cell: 'C28' }),
    ],
    summary: { error: 2, warning: 0, info: 0 },
  });
  const parts = unzipSync(bytes);
  const results = Object.entries(parts).find(
    ([n, d]) => n.startsWith('xl/worksheets/') && strFromU8(d).includes('由上一条原因引起'),
  );
  assert.ok(results, 'a consequence row');
  assert.match(
    strFromU8(results[1]),
    /<t xml:space="preserve">原因<\/t>.*<t xml:space="preserve">1\.1<\/t>.*由上一条原因引起：f1/,
  );
});
