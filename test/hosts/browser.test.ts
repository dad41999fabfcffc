/** The browser page's host passes the shared host suite on its in-memory ExcelJS workbook. */

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { InputError } from '../../src/core/errors';
import { checkWorkbook } from '../../src/core/check';
import { marksFromFindings } from '../../src/core/marks';
import type { CellValue } from '../../src/core/snapshot';
import {
  BrowserHost,
  BrowserWorkbook,
  ORIGINALS_SHEET,
  exportAnnotated,
  fillHex,
  noteText,
  openWorkbook,
} from '../../src/hosts/browser';
import { buildGridView } from '../../src/hosts/browser/page/grid-view';
import { typedValue } from '../../src/hosts/browser/page/CellEditor';
import { CORPUS } from '../helpers';
import { hostSuite, type FixtureSheet, type HostHarness } from './host-suite';

function harness(model: BrowserWorkbook): HostHarness {
  const host = new BrowserHost(model);
  return {
    host,
    fill: (sheet, cell) => fillHex(model.cell(sheet, cell)?.fill),
    note: (sheet, cell) => noteText(model.cell(sheet, cell)?.note),
    value: (sheet, cell) => (model.cell(sheet, cell)?.value ?? null) as CellValue,
    selection: () => {
      const s = model.getSelection();
      return s ? { sheet: s.sheet, cell: s.cell } : null;
    },
    userSelect: (sheet, range) => {
      const [first, last] = range.split(':');
      model.select({ sheet, cell: first, related: [], range: last ? range : undefined });
    },
    userEdit: (sheet, cell, value) => model.editByUser(sheet, cell, value),
    reopen: async () => harness(await openWorkbook(await model.toBuffer(), model.name)),
  };
}

function workbookOf(sheets: FixtureSheet[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    if (s.visibility === 'VeryHidden') ws.state = 'veryHidden';
    for (const [a1, v] of Object.entries(s.cells)) ws.getCell(a1).value = v;
    for (const [a1, hex] of Object.entries(s.fills ?? {}))
      ws.getCell(a1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${hex.slice(1)}` } };
    for (const [a1, text] of Object.entries(s.notes ?? {})) ws.getCell(a1).note = text;
    for (const m of s.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  return wb;
}

hostSuite('browser', async (sheets) => harness(new BrowserWorkbook(workbookOf(sheets), 'fixture.xlsx')));

const caseFile = (id: string) => path.join(CORPUS, 'cases', `${id}.xlsx`);

describe('browser host on real workbooks', () => {
  it('opens a corpus workbook from its bytes and never shows its own hidden sheets', async () => {
    const model = await openWorkbook(await readFile(caseFile('danfeng2024-standard')), '丹凤.xlsx');
    const host = new BrowserHost(model);
    const report = checkWorkbook(await host.readSnapshot());
    const marks = marksFromFindings(report.findings);
    assert.ok(marks.length > 0, 'the standard case has marks (tails at least)');
    await host.paintMarks(marks);
    await host.saveState({ ignored: { x: '理由' } });
    const reopened = await openWorkbook(await model.toBuffer(), model.name);
    const hidden = reopened.workbook.worksheets
      .filter((ws) => ws.state === 'veryHidden')
      .map((ws) => ws.name);
    assert.ok(hidden.includes(ORIGINALS_SHEET));
    const snap = await new BrowserHost(reopened).readSnapshot();
    assert.ok(snap.sheets.every((s) => !hidden.includes(s.name)));
    assert.deepEqual(
      checkWorkbook(snap).findings.map((f) => f.message),
      report.findings.map((f) => f.message),
    );
  });

  it('exports an annotated copy with 审核结果 first, fills and notes, and leaves the page workbook alone', async () => {
    const model = await openWorkbook(await readFile(caseFile('danfeng2024-standard')), '丹凤.xlsx');
    const host = new BrowserHost(model);
    const report = checkWorkbook(await host.readSnapshot());
    const first = report.findings.find((f) => f.sheet && f.cell)!;
    const before = fillHex(model.cell(first.sheet!, first.cell!)?.fill);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.load((await exportAnnotated(model, report)) as unknown as ArrayBuffer);
    assert.equal(copy.worksheets[0].name, '审核结果');
    // The copy records the original formats, so 清除标记 can restore them wherever it is opened.
    assert.equal(copy.getWorksheet(ORIGINALS_SHEET)?.state, 'veryHidden');
    const cell = copy.getWorksheet(first.sheet!)!.getCell(first.cell!);
    assert.ok(fillHex(cell.fill));
    assert.match(noteText(cell.note) ?? '', /【勾稽/);
    assert.equal(fillHex(model.cell(first.sheet!, first.cell!)?.fill), before);
  });

  it('shows a sheet as grid rows: merged title, number formats, the marks painted on it', async () => {
    const model = await openWorkbook(await readFile(caseFile('danfeng2024-standard')), '丹凤.xlsx');
    const ws = model.sheet('公开01表')!;
    const before = buildGridView(ws);
    const a1 = before.rows[0].cells[0];
    assert.equal(a1.text, '收入支出决算总表');
    assert.ok(a1.colSpan > 1, 'the merged title spans its columns');
    const c7 = () => buildGridView(ws).rows[6].cells.find((c) => c.address === 'C7')!;
    assert.equal(c7().text, '1049.22');
    assert.equal(c7().numeric, true);
    assert.equal(c7().fill, null);
    const host = new BrowserHost(model);
    await host.paintMarks(
      marksFromFindings([{ rule: 't', severity: 'error', message: '不符', sheet: '公开01表', cell: 'C7' }]),
    );
    assert.equal(c7().fill, '#FFC7CE');
    assert.match(c7().note ?? '', /不符/);
    await host.clearMarks();
    assert.equal(c7().fill, null);
    assert.equal(c7().note, null);
  });

  it('reads a typed cell as a number when it is one, as text otherwise', () => {
    assert.equal(typedValue(' 12.5 '), 12.5);
    assert.equal(typedValue('1,049.22'), '1,049.22');
    assert.equal(typedValue(''), null);
  });

  it('tells in Chinese why a file cannot be opened', async () => {
    const csv = new TextEncoder().encode('项目,金额\n甲,1\n');
    await assert.rejects(
      openWorkbook(csv, '假.xlsx'),
      (e: Error) => e instanceof InputError && /CSV/.test(e.message),
    );
    await assert.rejects(openWorkbook(new Uint8Array(), '空.xlsx'), /空文件/);
  });
});
