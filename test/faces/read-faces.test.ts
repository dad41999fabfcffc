/** A workbook in each face is read whole: the face detected, every table of the face found, nothing misread. */

import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { recognizeWorkbook } from '../../src/core/recognition';
import type { CodedTable, Table } from '../../src/core/tables/model';
import { alarms, CASES, check, loadCase, SHANGHAI_CASES } from '../helpers';
import { centralFour, shanghaiOneColumn } from './workbooks';

const NINE = ['公开01', '公开02', '公开03', '公开04', '公开05', '公开06', '公开07', '公开08', '公开09'];
const ids = (tables: Table[]) => tables.map((t) => t.id).sort();
const rowsOf = (tables: Table[], id: string) =>
  (tables.find((t) => t.id === id) as CodedTable).rows.map((r) => `${r.code} ${r.name}`);
const tally = (findings: Array<{ rule: string; severity: string }>) =>
  findings.map((f) => `${f.rule} ${f.severity}`).sort();

test('财政部 face (corpus standard): detected as mof, all nine tables', async () => {
  const r = recognizeWorkbook(await loadCase('danfeng2024-standard'));
  assert.equal(r.face.id, 'mof');
  assert.deepEqual(ids(r.tables), NINE);
  assert.ok(r.tables.every((t) => t.face === 'mof'));
});

test('Shanghai face with 类 | 款 | 项 code columns: detected, nine tables, codes joined, 三公 seventh', async () => {
  const book = await loadCase('danfeng2024-shanghai');
  const r = recognizeWorkbook(book);
  assert.equal(r.face.id, 'shanghai');
  assert.deepEqual(ids(r.tables), NINE);
  // Printed order: 三公 (公开09) before 政府性基金 (公开07) and 国有资本经营 (公开08).
  assert.deepEqual(
    r.tables.map((t) => t.id),
    ['公开01', '公开02', '公开03', '公开04', '公开05', '公开06', '公开09', '公开07', '公开08'],
  );
  const standard = recognizeWorkbook(await loadCase('danfeng2024-standard'));
  for (const id of ['公开02', '公开03', '公开05'])
    assert.deepEqual(rowsOf(r.tables, id), rowsOf(standard.tables, id), id);
  // 公开05's 合计 is its last row; 公开06's codes are joined from 类 | 款.
  const t05 = r.tables.find((t) => t.id === '公开05') as CodedTable;
  assert.ok(t05.total && t05.total.row > Math.max(...t05.rows.map((x) => x.row)));
  const t06 = r.tables.find((t) => t.kind === 'economic');
  assert.ok(t06 && t06.kind === 'economic');
  assert.ok(t06.entries.some((e) => e.code === '30101' && e.name === '基本工资'));
  assert.equal(t06.personnelTotal?.value, 652.05);
  assert.equal(t06.publicTotal?.value, 236.27);
});

test('Shanghai face with one code column and names wrapped over rows: the same tables, names whole', async () => {
  const base = await loadCase('danfeng2024-shanghai');
  const book = await shanghaiOneColumn(base);
  // The names really are wrapped in the built workbook.
  const sheet05 = book.sheets.find((s) => s.name === '一般公共预算财政拨款支出决算表')!;
  assert.ok(sheet05.values.some((row) => row[0] === null && row[1] === '社会保'));
  const r = recognizeWorkbook(book);
  assert.equal(r.face.id, 'shanghai');
  assert.deepEqual(ids(r.tables), NINE);
  const original = recognizeWorkbook(base);
  for (const id of ['公开02', '公开03', '公开05'])
    assert.deepEqual(rowsOf(r.tables, id), rowsOf(original.tables, id), id);
  // 公开06 in one code column per group, its long names wrapped around an unnamed code row.
  const entries = (tables: Table[]) => {
    const t = tables.find((x) => x.kind === 'economic');
    return t && t.kind === 'economic' ? t.entries.map((e) => `${e.code} ${e.name}`).sort() : [];
  };
  const sheet06 = book.sheets.find((s) => s.name === '一般公共预算财政拨款基本支出决算明细表')!;
  assert.ok(sheet06.values.some((row) => row[0] === '30108' && row[1] === null));
  assert.deepEqual(entries(r.tables), entries(original.tables));
  assert.deepEqual(tally(check(book).findings), tally(check(base).findings));
});

test('a four-table central unit: detected as central-4, its four tables found, none missing', async () => {
  const book = await centralFour(await loadCase('danfeng2024-standard'));
  const r = recognizeWorkbook(book);
  assert.equal(r.face.id, 'central-4');
  assert.deepEqual(ids(r.tables), ['公开01', '公开02', '公开03', '公开05']);
  const report = check(book);
  assert.deepEqual(
    report.findings.filter((f) => f.rule === 'completeness.tables'),
    [],
  );
  assert.deepEqual(alarms(report.findings), []);
  assert.ok(report.tables.every((t) => t.face === 'central-4'));
  // Read as the 财政部 face (the setting overrides detection), the same workbook lacks the other five.
  const asMof = check(book, { face: 'mof' });
  const missing = asMof.findings.filter((f) => f.rule === 'completeness.tables').map((f) => f.message);
  for (const id of ['公开04', '公开06', '公开07', '公开08', '公开09'])
    assert.ok(
      missing.some((m) => m.includes(id)),
      `${id} in ${missing.join('；')}`,
    );
});

test('every corpus case is detected in its own face, also with a table left out', async () => {
  for (const id of CASES) assert.equal(recognizeWorkbook(await loadCase(id)).face.id, 'mof', id);
  for (const id of SHANGHAI_CASES)
    assert.equal(recognizeWorkbook(await loadCase(id)).face.id, 'shanghai', id);
  // The template's 类 / 款 / 项 placeholder rows under an empty 公开07 are not the Shanghai header row.
  const full = await loadCase('liujiang2022-standard');
  const without08 = { ...full, sheets: full.sheets.filter((s) => s.name !== '公开08表') };
  assert.equal(recognizeWorkbook(without08).face.id, 'mof');
});
