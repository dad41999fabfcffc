/**
 * The fast .xlsx reader (src/hosts/file/xlsx) against ExcelJS: on every .xlsx of test/fixtures, on seeded
 * mutations of them (bench/fuzz/mutate) and on packages written here to hold each kind of cell, its snapshot
 * equals the ExcelJS path's exactly, or it declines (and never where ExcelJS reads a package it declines to
 * differ, never a failure other than a decline).
 */

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from '@jest/globals';
import { strToU8, zipSync } from 'fflate';
import { mutateWorkbook } from '../../../bench/fuzz/mutate';
import { readZip } from '../../../src/export/zip/read-zip';
import { readSheetsWithExcelJS } from '../../../src/hosts/file/exceljs-read';
import { preflightXlsx, type InflatedParts } from '../../../src/hosts/file/preflight-xlsx';
import { readWorkbookFile } from '../../../src/hosts/file/read-workbook';
import { Decline, readXlsxSheets, type SheetsByVisibility } from '../../../src/hosts/file/xlsx/read-xlsx';

const ROOT = path.join(__dirname, '..', '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');

function xlsxUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? xlsxUnder(path.join(dir, e.name))
      : /\.xlsx$/.test(e.name)
        ? [path.join(dir, e.name)]
        : [],
  );
}

type Outcome = { declined: string } | { sheets: SheetsByVisibility };

function fast(prepared: Uint8Array, inflated?: InflatedParts): Outcome {
  try {
    return { sheets: readXlsxSheets(prepared, inflated) };
  } catch (err) {
    assert.ok(err instanceof Decline, `the fast reader failed with ${(err as Error).stack}`);
    return { declined: err.message };
  }
}

async function slow(prepared: Uint8Array): Promise<SheetsByVisibility | 'failed'> {
  try {
    return await readSheetsWithExcelJS(prepared, 'x.xlsx');
  } catch {
    return 'failed';
  }
}

/** Compares both readers on one package; true when the fast reader read it (false: declined or refused). */
async function compare(bytes: Uint8Array, what: string): Promise<boolean> {
  let prepared: Uint8Array;
  const inflated: InflatedParts = new Map();
  try {
    prepared = preflightXlsx(bytes, 'x.xlsx', inflated);
  } catch {
    return false; // refused before either reader runs
  }
  const f = fast(prepared);
  // The parts the preflight inflated, handed on (as readWorkbookFile does), change nothing.
  assert.deepStrictEqual(fast(prepared, inflated), f, `${what}: with the preflight's parts`);
  if ('declined' in f) return false;
  const s = await slow(prepared);
  assert.notEqual(s, 'failed', `${what}: ExcelJS cannot read a package the fast reader read`);
  assert.deepStrictEqual(f.sheets, s, what);
  return true;
}

describe('the fast reader gives the snapshot ExcelJS gives', () => {
  const files = xlsxUnder(FIXTURES);

  test.each(files.map((f) => [path.relative(FIXTURES, f), f]))('fixture %s', async (_name, file) => {
    const read = await compare(readFileSync(file), file);
    // rich.xlsx holds charts, pivot tables, comments and drawings: ExcelJS reads it.
    assert.equal(read, !/rich\.xlsx$/.test(file), 'an ordinary workbook is read by the fast reader');
  });

  test('seeded mutations of every fixture: equal, or declined', async () => {
    let read = 0;
    let total = 0;
    for (const file of files) {
      const bytes = readFileSync(file);
      for (let seed = 0; seed < 12; seed++, total++)
        if (await compare(mutateWorkbook(bytes, 5000 + seed), `${path.basename(file)} seed ${5000 + seed}`))
          read++;
    }
    assert.ok(read > total / 5, `the fast reader read ${read} of ${total} mutations`);
  });
});

// ---- Packages written here: one feature each, read by both readers ----

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>';
const ROOT_RELS =
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
const WS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';

interface Sheet {
  name: string;
  data: string;
  state?: string;
  /** Anything after <sheetData>: merges. */
  after?: string;
}

function pkg(sheets: Sheet[], o: { strings?: string; styles?: string; date1904?: boolean } = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(ROOT_RELS),
  };
  // The sheet parts in the reverse order of the workbook: the workbook's order decides.
  [...sheets].reverse().forEach((s) => {
    const i = sheets.indexOf(s) + 1;
    files[`xl/worksheets/sheet${i}.xml`] = strToU8(
      `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${s.data}</sheetData>${s.after ?? ''}</worksheet>`,
    );
  });
  files['xl/workbook.xml'] = strToU8(
    `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${o.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${sheets
      .map(
        (s, i) =>
          `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
      )
      .join('')}</sheets></workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map((_s, i) => `<Relationship Id="rId${i + 1}" Type="${WS}" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join('')}</Relationships>`,
  );
  if (o.strings) files['xl/sharedStrings.xml'] = strToU8(`<?xml version="1.0"?><sst>${o.strings}</sst>`);
  if (o.styles) files['xl/styles.xml'] = strToU8(`<?xml version="1.0"?><styleSheet>${o.styles}</styleSheet>`);
  return zipSync(files);
}

/** Every built-in number format id and a few custom ones, one xf each: xf n has numFmtId n (n < 60). */
const STYLES =
  '<numFmts count="3"><numFmt numFmtId="176" formatCode="yyyy\\-mm\\-dd"/><numFmt numFmtId="177" formatCode="&quot;年&quot;0.00"/><numFmt numFmtId="178" formatCode="[Red]0.00"/></numFmts>' +
  `<cellXfs>${Array.from({ length: 60 }, (_, i) => `<xf numFmtId="${i}"/>`).join('')}<xf numFmtId="176"/><xf numFmtId="177"/><xf numFmtId="178"/></cellXfs>`;

const row = (r: number, cells: string) => `<row r="${r}">${cells}</row>`;
const letter = (i: number) => String.fromCharCode(65 + i);
/** Row r: `count` cells from column A holding `value`, styled with xf first, first + 1, … */
const styledRow = (r: number, first: number, count: number, value: string) =>
  row(
    r,
    Array.from(
      { length: count },
      (_, i) => `<c r="${letter(i)}${r}" s="${first + i}"><v>${value}</v></c>`,
    ).join(''),
  );

const cases: Array<[string, Uint8Array]> = [
  [
    'shared strings: plain, rich runs, escapes, phonetic text',
    pkg(
      [
        {
          name: '公开01表',
          data:
            row(1, '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>') +
            row(2, '<c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" t="s"><v>5</v></c>'),
        },
      ],
      {
        strings:
          '<si><t>收入支出决算总表</t></si><si><r><rPr><b/></rPr><t>本年</t></r><r><t xml:space="preserve">收入 </t></r></si>' +
          '<si><t>a_x000D_b&amp;lt;</t></si><si><t>项目</t><rPh sb="0" eb="1"><t>xiang</t></rPh><phoneticPr fontId="1"/></si>' +
          '<si><t/></si><si><r><t>x</t></r><r><rPr/></r></si>',
      },
    ),
  ],
  [
    'numbers, booleans, errors, inline and formula strings, styled empty cells',
    pkg([
      {
        name: 'S',
        data:
          row(
            1,
            '<c r="A1"><v>1049.22</v></c><c r="B1" t="n"><v> 12 </v></c><c r="C1"><v>abc</v></c><c r="D1" t="b"><v>1</v></c><c r="E1" t="b"><v>0</v></c>',
          ) +
          row(
            3,
            '<c r="A3" t="e"><v>#N/A</v></c><c r="B3" t="inlineStr"><is><t>内联 &amp;lt;</t></is></c><c r="C3" t="str"><v>&amp;lt;x&amp;gt;</v></c><c r="D3" s="1"/><c r="E3"/>',
          ) +
          row(4, '<c r="B4" s="2"/>') +
          row(6, '<c r="C6"><v>-0</v></c>'),
      },
    ]),
  ],
  ...[false, true].map((date1904): [string, Uint8Array] => [
    `dates by number format (date1904 ${date1904}), formula results as dates`,
    pkg(
      [
        {
          name: 'D',
          data:
            styledRow(1, 0, 26, '45000.5') +
            styledRow(2, 26, 26, '45000.5') +
            styledRow(3, 52, 11, '1') +
            row(
              4,
              '<c r="A4" s="14"><f>TODAY()</f><v>45001</v></c><c r="B4" s="14" t="b"><f>X()</f><v>1</v></c><c r="C4" s="14" t="str"><f>Y()</f><v>12</v></c>',
            ),
        },
      ],
      { styles: STYLES, date1904 },
    ),
  ]),
  [
    'formulas: cached, cached zero or false (unknown, as ExcelJS drops falsy results), uncached, shared, array',
    pkg([
      {
        name: 'F',
        data:
          row(
            1,
            '<c r="A1"><f>1+1</f><v>2</v></c><c r="B1"><f>1-1</f><v>0</v></c><c r="C1" t="b"><f>1=2</f><v>0</v></c><c r="D1"><f>SUM(A1:A2)</f></c><c r="E1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="F1" t="str"><f>"a"</f><v>a</v></c>',
          ) +
          row(
            2,
            '<c r="A2"><f t="shared" ref="A2:C2" si="0">A1*2</f><v>4</v></c><c r="B2"><f t="shared" si="0"/><v>0</v></c><c r="C2"><f t="shared" si="0"/><v>7</v></c><c r="D2"><f t="array" ref="D2">SUM(A1:C1)</f><v>3</v></c>',
          ),
      },
    ]),
  ],
  [
    'merges: the master keeps its value, the others lose theirs and count their rows, past the last row too',
    pkg([
      {
        name: 'M',
        data:
          row(1, '<c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c>') +
          row(2, '<c r="A2" s="0"/><c r="B2"><v>5</v></c>') +
          row(3, '<c r="C3" s="3"/>'),
        after:
          '<mergeCells count="3"><mergeCell ref="A1:B2"/><mergeCell ref="C3:C6"/><mergeCell ref="E8:F8"/></mergeCells>',
      },
    ]),
  ],
  [
    'hidden and very hidden sheets, the workbook order',
    pkg([
      { name: '公开02表', data: row(1, '<c r="A1"><v>2</v></c>') },
      { name: '旧 &amp;amp; 表', data: row(1, '<c r="A1"><v>1</v></c>'), state: 'hidden' },
      { name: 'V', data: row(1, '<c r="A1"><v>3</v></c>'), state: 'veryHidden' },
      { name: 'E', data: '' },
    ]),
  ],
  [
    'values past MAX_ROWS and MAX_COLUMNS: left out, with the notice',
    pkg([
      {
        name: 'Far',
        data:
          row(2, '<c r="B2"><v>1</v></c><c r="GS2"><v>2</v></c><c r="GT2"><v>3</v></c>') +
          row(4999, '<c r="A4999"><v>4</v></c>') +
          row(5000, '<c r="A5000"><v>5</v></c>') +
          row(5001, '<c r="A5001"><v>6</v></c>') +
          row(1048576, '<c r="XFD1048576"><v>7</v></c>'),
        after: '<mergeCells><mergeCell ref="GT3:GU4"/><mergeCell ref="A5001:B5002"/></mergeCells>',
      },
    ]),
  ],
];

describe('packages holding each kind of cell', () => {
  test.each(cases)('%s', async (what, bytes) => {
    assert.ok(await compare(bytes, what), `${what}: read by the fast reader`);
  });
});

const declines: Array<[string, Uint8Array]> = [
  [
    'a hyperlink',
    pkg([
      {
        name: 'H',
        data: row(1, '<c r="A1" t="str"><v>x</v></c>'),
        after: '<hyperlinks><hyperlink ref="A1" location="H!A1"/></hyperlinks>',
      },
    ]),
  ],
  [
    'a truncated sheet',
    pkg([{ name: 'T', data: row(1, '<c r="A1"><v>1</v></c>') + '<row r="2"><c r="A2"><v' }]),
  ],
  [
    'a shared string past the table',
    pkg([{ name: 'S', data: row(1, '<c r="A1" t="s"><v>3</v></c>') }], { strings: '<si><t>a</t></si>' }),
  ],
  [
    'overlapping merges',
    pkg([
      {
        name: 'O',
        data: row(1, '<c r="A1"><v>1</v></c>'),
        after: '<mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>',
      },
    ]),
  ],
  [
    'two mergeCells elements (ExcelJS keeps the last)',
    pkg([
      {
        name: 'M',
        data: row(1, '<c r="A1"><v>1</v></c><c r="B1"><v>2</v></c>'),
        after:
          '<mergeCells><mergeCell ref="A1:B1"/></mergeCells><mergeCells><mergeCell ref="C3:D3"/></mergeCells>',
      },
    ]),
  ],
  ['a sheet name ExcelJS refuses', pkg([{ name: 'a:b', data: row(1, '<c r="A1"><v>1</v></c>') }])],
];

describe('what the fast reader does not mirror is left to ExcelJS', () => {
  test.each(declines)('%s', async (what, bytes) => {
    const f = fast(preflightXlsx(bytes, 'x.xlsx'));
    assert.ok('declined' in f, `${what}: declined`);
  });

  test('readWorkbookFile gives ExcelJS verdict on a declined package', async () => {
    const dir = os.tmpdir();
    const file = path.join(dir, `gouji-fast-${process.pid}.xlsx`);
    writeFileSync(file, declines[2][1]);
    await assert.rejects(readWorkbookFile(file), /无法作为 \.xlsx 工作簿读取/);
    writeFileSync(file, declines[0][1]);
    const { snapshot } = await readWorkbookFile(file);
    assert.deepEqual(snapshot.sheets[0].values, [['x']]);
  });
});

test('reading an ordinary workbook does not load ExcelJS', () => {
  const script = `
    const { readWorkbookFile } = require('./src/hosts/file/read-workbook');
    readWorkbookFile(${JSON.stringify(path.join(FIXTURES, 'corpus', 'cases', 'D03.xlsx'))}).then((l) => {
      const loaded = Object.keys(require.cache).filter((m) => /node_modules[\\\\/]exceljs[\\\\/]/.test(m));
      process.stdout.write(JSON.stringify({ sheets: l.snapshot.sheets.length, exceljs: loaded.length }));
    });`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { sheets: number; exceljs: number };
  assert.ok(out.sheets > 0);
  assert.equal(out.exceljs, 0);
});

test('the reader takes the XML parts the preflight inflated; a package it rewrote hands on none', () => {
  const bytes = pkg([{ name: 'S', data: row(1, '<c r="A1" t="s"><v>0</v></c>') }], {
    strings: '<si><t>甲</t></si>',
  });
  const inflated: InflatedParts = new Map();
  const prepared = preflightXlsx(bytes, 'x.xlsx', inflated);
  assert.equal(prepared, bytes);
  const names = readZip(bytes)
    .filter((e) => inflated.has(e.dataStart))
    .map((e) => e.name)
    .sort();
  assert.deepEqual(names, [
    '[Content_Types].xml',
    '_rels/.rels',
    'xl/_rels/workbook.xml.rels',
    'xl/sharedStrings.xml',
    'xl/workbook.xml',
    'xl/worksheets/sheet1.xml',
  ]);
  const value = (parts?: InflatedParts) => readXlsxSheets(prepared, parts).visible[0].values[0][0];
  assert.equal(value(inflated), '甲');
  // The strings part swapped in the map (not in the package) is what the reader reads: it inflates no part again.
  const strings = readZip(bytes).find((e) => e.name === 'xl/sharedStrings.xml')!;
  inflated.set(strings.dataStart, strToU8('<?xml version="1.0"?><sst><si><t>乙</t></si></sst>'));
  assert.equal(value(inflated), '乙');
  assert.equal(value(), '甲');

  // A sheet without r attributes is given them: the package is written anew, and its old parts are not handed on.
  const rewritten: InflatedParts = new Map();
  const patched = preflightXlsx(
    pkg([{ name: 'R', data: '<row><c><v>1</v></c></row>' }]),
    'x.xlsx',
    rewritten,
  );
  assert.equal(rewritten.size, 0);
  assert.deepEqual(readXlsxSheets(patched, rewritten).visible[0].values, [[1]]);
});
