/** Valid sheets ExcelJS cannot place (no `r`), hidden sheets and stale copies, symbolic links in a batch. */

import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { Report } from '../../src/core/report';
import { CORPUS } from '../helpers';
import { gouji, repack, tempDir } from './helpers';

const TMP = tempDir('gouji-sheets-');
const sample = path.join(CORPUS, 'cases', 'danfeng2024-standard.xlsx');

const json = (file: string) => {
  const r = gouji('check', file, '--format', 'json');
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  return JSON.parse(r.stdout) as Report;
};
const messages = (report: Report) =>
  report.findings.filter((f) => f.rule !== 'input.notice').map((f) => `${f.sheet}!${f.cell} ${f.message}`);

test('rows and cells without the optional r attribute are read like any other', () => {
  const bytes = repack(readFileSync(sample), (name, text) => {
    if (!name.startsWith('xl/worksheets/')) return null;
    // Every row loses its r; the cells of row 1 (A1…F1, in order) lose theirs too.
    return text.replace(/(<row\b[^>]*?) r="\d+"/g, '$1').replace(/<c r="([A-Z]+)1"/g, '<c');
  });
  const file = path.join(TMP, '无r属性.xlsx');
  writeFileSync(file, bytes);
  assert.doesNotMatch(readFileSync(file).toString('latin1'), /<row r=/);
  assert.deepEqual(messages(json(file)), messages(json(sample)));
});

async function withHiddenCopy(state: 'hidden' | 'veryHidden'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(sample);
  const original = wb.getWorksheet('公开01表')!;
  const stale = wb.addWorksheet('公开01表（旧）');
  original.eachRow((row, r) => row.eachCell((cell, c) => (stale.getCell(r, c).value = cell.value)));
  // A stale figure: the old 本年收入合计.
  stale.eachRow((row) =>
    row.eachCell((cell) => {
      if (typeof cell.value === 'number' && cell.value > 1000) cell.value = cell.value + 7;
    }),
  );
  stale.state = state;
  (stale as unknown as { orderNo: number }).orderNo = -1;
  const file = path.join(TMP, `${state}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

test.each(['hidden', 'veryHidden'] as const)(
  'a %s stale copy of 公开01 is reported and never the reference',
  async (state) => {
    const file = await withHiddenCopy(state);
    const report = json(file);
    assert.deepEqual(messages(report), messages(json(sample)), 'the same findings as without the stale copy');
    const notices = report.findings.filter((f) => f.rule === 'input.notice').map((f) => f.message);
    assert.equal(notices.length, 1, notices.join('\n'));
    assert.match(
      notices[0],
      /工作表“公开01表（旧）”是(深度)?隐藏.*未参与审核.*第二份：公开01（可见的一份在工作表“公开01表”）/,
    );
  },
);

test('a batch follows symbolic links to workbooks and folders, and lists a broken one', () => {
  const elsewhere = path.join(TMP, 'elsewhere');
  mkdirSync(path.join(elsewhere, 'sub'), { recursive: true });
  copyFileSync(sample, path.join(elsewhere, '乙.xlsx'));
  copyFileSync(sample, path.join(elsewhere, 'sub', '丙.xlsx'));
  const dir = path.join(TMP, 'links');
  mkdirSync(dir);
  copyFileSync(sample, path.join(dir, '甲.xlsx'));
  symlinkSync(path.join(elsewhere, '乙.xlsx'), path.join(dir, '乙.xlsx'));
  symlinkSync(path.join(elsewhere, 'sub'), path.join(dir, '子文件夹'));
  symlinkSync(dir, path.join(dir, '回环'));
  symlinkSync(path.join(elsewhere, '不存在.xlsx'), path.join(dir, '断链.xlsx'));
  const r = gouji('check', dir, '--format', 'json', '--workers', '1');
  const batch = JSON.parse(r.stdout) as { files: Array<{ file: string; error: string | null }> };
  assert.deepEqual(
    batch.files.map((f) => [f.file, f.error === null]),
    [
      ['断链.xlsx', false],
      ['甲.xlsx', true],
      ['乙.xlsx', true],
      [path.join('子文件夹', '丙.xlsx'), true],
    ],
  );
  assert.match(batch.files[0].error!, /找不到文件/);
  assert.equal(r.status, 2);
});
