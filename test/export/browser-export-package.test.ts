/**
 * The browser page's annotated copy is the uploaded file patched in place, like the command line's: every
 * zip entry kept, the untouched parts byte for byte; 审核结果 carries the pane's additions (Chinese rule
 * titles, the accepted findings with their reasons, a frozen header with a filter) in both.
 */

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from '@jest/globals';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { checkWorkbook } from '../../src/core/check';
import { annotatePackage } from '../../src/export/patch-xlsx';
import { BrowserHost, exportAnnotated, openWorkbook } from '../../src/hosts/browser';
import { ORIGINALS_SHEET } from '../../src/hosts/browser/workbook-model';
import { reportForExport } from '../../src/taskpane/logic/export-report';
import { ignoreFinding } from '../../src/taskpane/logic/ignore';
import { ruleTitle } from '../../src/core/rule-catalog';
import { marksToPaint } from '../../src/taskpane/logic/run-check';
import { DEFAULT_SETTINGS } from '../../src/taskpane/logic/settings';
import { FIXTURES } from '../helpers';

const RICH = path.join(FIXTURES, 'rich', 'rich.xlsx');
const MAY_CHANGE =
  /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/worksheets\/sheet\d+\.xml|xl\/worksheets\/_rels\/sheet\d+\.xml\.rels|xl\/comments\d+\.xml|xl\/drawings\/vmlDrawing\d+\.vml)$/;
const equal = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

async function exported() {
  const bytes = new Uint8Array(readFileSync(RICH));
  const model = await openWorkbook(bytes, 'rich.xlsx');
  const host = new BrowserHost(model);
  const report = checkWorkbook(await host.readSnapshot(), {});
  const accepted = report.findings.find((f) => f.sheet && f.cell)!;
  const ignored = ignoreFinding({}, accepted, '已与财政部门核对，原表如此');
  // The page shows its marks before the export, as a user sees them.
  await host.paintMarks(marksToPaint(report, DEFAULT_SETTINGS, ignored));
  const kept = reportForExport(report, ignored);
  return { before: bytes, after: await exportAnnotated(model, kept), kept };
}

test('the browser export of a workbook with a chart, pivot table and threaded comments keeps every part', async () => {
  const { before, after, kept } = await exported();
  assert.ok(kept.findings.length > 0);
  const a = unzipSync(before);
  const b = unzipSync(after);
  assert.deepEqual(
    Object.keys(a).filter((n) => !(n in b)),
    [],
  );
  const changed = Object.keys(a).filter((n) => !equal(a[n], b[n]));
  for (const n of changed) assert.match(n, MAY_CHANGE, `${n} changed`);
  for (const n of [
    'xl/charts/chart1.xml',
    'xl/pivotTables/pivotTable1.xml',
    'xl/pivotCache/pivotCacheDefinition1.xml',
    'xl/threadedComments/threadedComment1.xml',
    'xl/persons/person.xml',
    'xl/externalLinks/externalLink1.xml',
    'customXml/item1.xml',
    'docProps/custom.xml',
  ])
    assert.ok(n in a && equal(a[n], b[n]), `${n} byte for byte`);
});

test('审核结果 of the browser export: Chinese rule titles, the accepted finding with its reason, frozen header, filter', async () => {
  const { after, kept } = await exported();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(after as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  assert.equal(ws.name, '审核结果');
  assert.equal(wb.getWorksheet(ORIGINALS_SHEET)?.state, 'veryHidden');
  assert.deepEqual(
    ws.views[0] && { state: ws.views[0].state, ySplit: (ws.views[0] as { ySplit?: number }).ySplit },
    {
      state: 'frozen',
      ySplit: 1,
    },
  );
  assert.ok(ws.autoFilter, 'a filter on the header');
  const rows: string[] = [];
  ws.eachRow((row) => rows.push(JSON.stringify(row.values)));
  const all = rows.join('\n');
  assert.match(all, /已忽略的审核意见（1 条/);
  assert.match(all, /已与财政部门核对，原表如此/);
  assert.ok(all.includes(ruleTitle(kept.findings[0].rule)));
  for (const f of kept.findings) assert.ok(!all.includes(`"${f.rule}"`), `${f.rule} shown as its id`);
});

test('the command line’s 审核结果 names rules by their Chinese titles too', () => {
  const bytes = annotatePackage(readFileSync(RICH), {
    schema: 'gouji.report/1',
    workbook: 'rich.xlsx',
    year: 2022,
    tables: [],
    findings: [
      { rule: 'carryover.balance', severity: 'error', message: '行合计不符', sheet: '公开03表', cell: 'C28' },
    ],
    summary: { error: 1, warning: 0, info: 0 },
  });
  const results = Object.entries(unzipSync(bytes))
    .filter(([n]) => n.startsWith('xl/worksheets/'))
    .map(([, d]) => strFromU8(d))
    .find((x) => x.includes('行合计不符'))!;
  assert.ok(!results.includes('>carryover.balance<'));
  assert.ok(results.includes(`>${ruleTitle('carryover.balance')}<`));
  assert.notEqual(ruleTitle('carryover.balance'), '其他审核规则');
});
