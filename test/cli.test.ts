/** The command line as a user runs it: real files in, exit codes, JSON, the annotated copy, bad input. */

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from '@jest/globals';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import XlsxPopulate from 'xlsx-populate';
import type { Report } from '../src/core/report';
import { ALL_RULES } from '../src/core/rule-catalog';
import { CORPUS, gouji } from './helpers';

const TMP = mkdtempSync(path.join(os.tmpdir(), 'gouji-cli-'));

const sample = (id: string) => path.join(CORPUS, 'cases', `${id}.xlsx`);
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

test('check prints a gouji.report/1 object and exits 0 when there is no error', () => {
  const r = gouji('check', sample('danfeng2024-standard'), '--format', 'json');
  assert.equal(r.status, 0, r.stderr);
  const report: Report = JSON.parse(r.stdout);
  assert.equal(report.schema, 'gouji.report/1');
  assert.equal(report.workbook, 'danfeng2024-standard.xlsx');
  assert.deepEqual(
    report.tables.map((t) => t.id),
    ['公开01', '公开02', '公开03', '公开04', '公开05', '公开06', '公开07', '公开08', '公开09'],
  );
  assert.deepEqual(report.tables[2], {
    id: '公开03',
    title: '支出决算表',
    name: '公开03 支出决算表',
    sheet: '公开03表',
    range: 'A1:H31',
    face: 'mof',
  });
  assert.equal(report.summary.error, 0);
});

test('text output is in Chinese, grouped by table', () => {
  const r = gouji('check', sample('liujiang2022-standard'));
  assert.equal(r.status, 0);
  assert.match(r.stdout, /识别到的表（财政部格式（九张表））：/);
  assert.match(r.stdout, /【公开03 支出决算表】\n {2}提示 {2}公开03表!E7/);
  assert.match(r.stdout, /共 19 条：错误 0，警告 0，提示 19/);
});

test('an error gives exit 1; --out writes a marked copy and leaves the input untouched', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(sample('liujiang2022-standard'));
  wb.getWorksheet('公开03表')!.getCell('D28').value = 344.43;
  wb.getWorksheet('公开03表')!.getCell('C28').note = '原有批注';
  const input = path.join(TMP, 'planted.xlsx');
  await wb.xlsx.writeFile(input);
  const before = sha(input);
  const out = path.join(TMP, 'out', '标注.xlsx');
  const r = gouji('check', input, '--out', out);
  assert.equal(r.status, 1, r.stderr);
  assert.equal(sha(input), before, 'the input file is never modified');

  const marked = new ExcelJS.Workbook();
  await marked.xlsx.readFile(out);
  assert.equal(marked.worksheets[0].name, '审核结果');
  const cell = marked.getWorksheet('公开03表')!.getCell('C28');
  assert.equal((cell.fill as ExcelJS.FillPattern).fgColor?.argb, 'FFFFC7CE');
  const note = JSON.stringify(cell.note);
  assert.match(note, /原有批注/);
  assert.match(note, /【勾稽·错误】公开03 2101501 行政运行 本年支出合计 344.33/);
  const tail = marked.getWorksheet('公开03表')!.getCell('E7');
  assert.equal((tail.fill as ExcelJS.FillPattern).fgColor?.argb, 'FFE7E6E6');
  // Links to the cells are internal hyperlinks (a location, no relationship), which ExcelJS does not read.
  const parts = unzipSync(readFileSync(out));
  const resultsXml = Object.entries(parts)
    .filter(([name]) => name.startsWith('xl/worksheets/sheet'))
    .map(([, data]) => strFromU8(data))
    .find((xml) => xml.includes('<hyperlinks>'));
  assert.match(resultsXml ?? '', /<hyperlink ref="E\d+" location="'公开03表'!C28"/);
  // Values are never changed in the copy either.
  assert.equal(marked.getWorksheet('公开03表')!.getCell('D28').value, 344.43);
});

test('--out refuses to overwrite the input', () => {
  const r = gouji('check', sample('danfeng2024-standard'), '--out', sample('danfeng2024-standard'));
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--out“.*”与输入文件“.*”是同一个文件/);
});

test('rules lists every rule id with its Chinese title', () => {
  const r = gouji('rules');
  assert.equal(r.status, 0);
  // Every rule the check runs, wording and cross-year rules included.
  for (const { id } of ALL_RULES)
    assert.match(r.stdout, new RegExp(`^${id.replace(/\./g, '\\.')}\\t`, 'm'), id);
});

async function badInput(name: string, make: (file: string) => Promise<void> | void, expected: RegExp) {
  const file = path.join(TMP, name);
  await make(file);
  const r = gouji('check', file);
  assert.equal(r.status, 2, `${name}: ${r.stdout}`);
  assert.match(r.stderr, expected, name);
  assert.doesNotMatch(r.stderr, /内部错误|at .*\.ts:\d+/, 'no stack trace for bad input');
}

test('unreadable input gives exit 2 and a Chinese message naming the file and the problem', async () => {
  await badInput(
    '名单.xlsx',
    (f) => writeFileSync(f, '科目代码,科目名称,金额\n2010101,行政运行,12.00\n'),
    /“名单.xlsx”不是 .xlsx 工作簿.*CSV/,
  );
  await badInput('空.xlsx', (f) => writeFileSync(f, ''), /空文件/);
  await badInput(
    '空白工作簿.xlsx',
    async (f) => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('Sheet1');
      await wb.xlsx.writeFile(f);
    },
    /工作簿“空白工作簿.xlsx”是空的/,
  );
  await badInput(
    '别的表.xlsx',
    async (f) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('工资表');
      ws.addRow(['姓名', '基本工资']);
      ws.addRow(['张三', 5000]);
      await wb.xlsx.writeFile(f);
    },
    /没有识别到任何部门决算公开表/,
  );
  await badInput(
    '加密.xlsx',
    async (f) => {
      const wb = await XlsxPopulate.fromBlankAsync();
      wb.sheet(0).cell('A1').value('收入支出决算总表');
      await wb.toFileAsync(f, { password: '123456' });
    },
    /设置了打开密码/,
  );
  await badInput(
    '旧格式.xlsx',
    (f) => writeFileSync(f, Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(4096)])),
    /Excel 97-2003（.xls）/,
  );
  await badInput(
    '损坏.xlsx',
    (f) => writeFileSync(f, Buffer.concat([Buffer.from('504b0304', 'hex'), Buffer.alloc(2048, 7)])),
    /无法作为 .xlsx 工作簿读取/,
  );
  await badInput(
    '大文件.xlsx',
    (f) => writeFileSync(f, Buffer.alloc(50 * 1024 * 1024, 1)),
    /50.0 MB，超过 40 MB/,
  );
  const missing = gouji('check', path.join(TMP, '不存在.xlsx'));
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /找不到文件/);
});

test('usage errors exit 2 with the usage text', () => {
  const r = gouji('check', sample('danfeng2024-standard'), '--year', '24');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--year 应为四位年份/);
  assert.match(r.stderr, /用法：/);
});
