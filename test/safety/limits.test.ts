/** Past every limit of src/core/limits.ts: a clear Chinese message and exit 2 (or a notice), never an abort. */

import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from '@jest/globals';
import { strToU8, zipSync } from 'fflate';
import { runJobs } from '../../src/cli/batch/pool';
import { extractMalformed } from '../../src/core/narrative/text-claims';
import { checkWorkbook } from '../../src/core/check';
import { CORPUS } from '../helpers';
import { gouji, noInternalError, repack, tempDir } from './helpers';

const TMP = tempDir('gouji-limits-');
const sample = path.join(CORPUS, 'cases', 'danfeng2024-standard.xlsx');

function hostile(name: string, edit: (part: string, text: string) => string | null): string {
  const file = path.join(TMP, name);
  writeFileSync(file, repack(readFileSync(sample), edit));
  return file;
}

const firstSheet = (edit: (text: string) => string) => (part: string, text: string) =>
  part === 'xl/worksheets/sheet1.xml' ? edit(text) : null;

test('a merge over the whole sheet (22 KB that ExcelJS expands to gigabytes) is refused in Chinese', () => {
  const file = hostile(
    '巨大合并.xlsx',
    firstSheet((t) =>
      t.replace(
        '</sheetData>',
        '</sheetData><mergeCells count="1"><mergeCell ref="A40:XFD1048576"/></mergeCells>',
      ),
    ),
  );
  const r = gouji('check', file);
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /合并了 17,179,\d{3},\d{3} 个单元格，超过 200,000 的上限/);
  assert.ok(noInternalError(r.stderr), r.stderr);
});

test('one stray cell at XFD1048576 is left out, and a notice names it', () => {
  const file = hostile(
    '远处单元格.xlsx',
    firstSheet((t) =>
      t
        .replace('</sheetData>', '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>')
        .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>'),
    ),
  );
  const r = gouji('check', file);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /延伸到第 1048576 行、第 16384 列，勾稽只读取了前 5000 行、前 200 列/);
});

test('a part that decompresses past the limit is refused before ExcelJS expands it', () => {
  const padding = ' '.repeat(70 * 1024 * 1024);
  const file = hostile(
    '解压炸弹.xlsx',
    firstSheet((t) => t.replace('<sheetData>', `<sheetData>${padding}`)),
  );
  const r = gouji('check', file);
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /解压后(过大|超过 64 MB)/);
  assert.ok(noInternalError(r.stderr), r.stderr);
});

test('a .docx narrative whose text part decompresses to 40 MB is refused in Chinese', () => {
  const docx = path.join(TMP, '说明.docx');
  const body = '<w:p><w:r><w:t>本年收入合计 1,049.22 万元。</w:t></w:r></w:p>'.repeat(700_000);
  writeFileSync(
    docx,
    zipSync({
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      ),
      'word/document.xml': strToU8(
        `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
      ),
    }),
  );
  const r = gouji('check', '--narrative', docx);
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /情况说明文件“说明.docx”解压后过大/);
});

test('a narrative past the length limit is refused in Chinese', () => {
  const file = path.join(TMP, '超长.txt');
  writeFileSync(file, '本年收入合计 1,049.22 万元。'.repeat(120_000));
  const r = gouji('check', '--narrative', file);
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /超过 2,000,000 字的上限/);
});

// How long these take is measured by `npm run bench:hostile` (speed lives in the bench, not in tests).
test('a run of 40,000 or 100,000 digits is one malformed figure, and the placeholder is still found', () => {
  for (const n of [40_000, 100_000]) {
    const text = '本年支出' + '1'.repeat(n) + '。XX万元';
    const spans = extractMalformed(text);
    const report = checkWorkbook(null, { narrative: text });
    assert.equal(spans.length, 1);
    assert.ok(
      report.findings.some((f) => f.rule === 'narrative.malformed' || f.narrative),
      'the placeholder is found',
    );
    // The completeness rules read the same sentences: a digit run in a sentence about 政府性基金.
    // The run is no amount at all: the narrative is not said to write 0.
    const fund = checkWorkbook(null, { narrative: `本部门政府性基金预算财政拨款支出${'1'.repeat(n)}。` });
    const note = fund.findings.find(
      (f) => f.rule === 'completeness.empty-note' && /政府性基金/.test(f.message),
    );
    assert.match(note?.message ?? '', /提到政府性基金预算财政拨款收支，但没有写出金额/);
  }
});

test('a workbook that takes too long in a batch becomes a row with its reason', async () => {
  const results = await runJobs([{ file: sample, name: '慢.xlsx', narrative: null }], {
    workers: 1,
    year: null,
    outDir: null,
    fileSeconds: 0.05,
  });
  assert.match(results[0].reason ?? '', /超过 0.05 秒仍未完成，已停止/);
});
