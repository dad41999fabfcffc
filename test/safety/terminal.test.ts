/** What reaches a terminal: no control characters, Chinese messages only, no "∞" and no null for huge values. */

import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { Report } from '../../src/core/report';
import { CORPUS } from '../helpers';
import { gouji, noInternalError, tempDir } from './helpers';

const TMP = tempDir('gouji-terminal-');
const sample = path.join(CORPUS, 'cases', 'danfeng2024-standard.xlsx');

async function plantedFile(name: string, cells: Array<[string, string, ExcelJS.CellValue]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(sample);
  for (const [sheet, address, value] of cells) wb.getWorksheet(sheet)!.getCell(address).value = value;
  const file = path.join(TMP, name);
  await wb.xlsx.writeFile(file);
  return file;
}

/** English words left in a message once the names a Chinese user also uses are removed. */
function englishWords(text: string): string[] {
  return (
    text
      .replace(/\.xlsx|\.xls|\.docx|\.doc|\.txt|\.csv|gouji|Excel|WPS|Word|UTF-?(8|16)|GB18030|GBK|MB/g, '')
      .match(/[A-Za-z]{3,}/g) ?? []
  );
}

test('escape sequences in cells (_x001B_ in the file) never reach the terminal', async () => {
  const file = await plantedFile('转义.xlsx', [
    ['公开03表', 'D28', '12_x001B_]0;被改的标题_x0007__x001B_[2J_x001B_[1A'],
    ['公开03表', 'D29', '\u202e34'],
  ]);
  const r = gouji('check', file);
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stdout, /公开03表!D28/, 'the finding is printed');
  // eslint-disable-next-line no-control-regex
  assert.doesNotMatch(r.stdout, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
  assert.match(r.stdout, /“12\]0;被改的标题\[2J\[1A”/);
});

test('values near 1e308: a finding, never "∞" in text nor null in JSON', async () => {
  const file = await plantedFile('极大值.xlsx', [['公开03表', 'D28', 1.7e308]]);
  const text = gouji('check', file);
  assert.doesNotMatch(text.stdout, /∞|Infinity|NaN/);
  assert.match(text.stdout, /超出可核对的范围/);
  const r = gouji('check', file, '--format', 'json');
  const report: Report = JSON.parse(r.stdout);
  for (const f of report.findings)
    for (const key of ['expected', 'actual', 'difference'] as const)
      assert.ok(f[key] === undefined || Number.isFinite(f[key]), `${f.message}: ${key} ${f[key]}`);
  assert.doesNotMatch(r.stdout, /"(expected|actual|difference)": null/);
});

test('exit-2 messages are in Chinese only, with no library text', async () => {
  const broken = path.join(TMP, '损坏.xlsx');
  writeFileSync(broken, Buffer.concat([Buffer.from('504b0304', 'hex'), Buffer.alloc(2048, 7)]));
  const docx = path.join(TMP, '说明.docx');
  writeFileSync(docx, Buffer.concat([Buffer.from('504b0304', 'hex'), Buffer.alloc(512, 3)]));
  for (const args of [
    ['check', broken],
    ['check', '--narrative', docx],
  ]) {
    const r = gouji(...args);
    assert.equal(r.status, 2);
    assert.ok(noInternalError(r.stderr), r.stderr);
    assert.deepEqual(englishWords(r.stderr), [], r.stderr);
  }
});
