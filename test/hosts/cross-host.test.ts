/**
 * A workbook travels between WPS and Excel: marks painted by the WPS add-in are cleared by the Excel
 * add-in from WPS's own record (gouji_state), exactly; and neither host reads 勾稽's own sheets
 * (gouji_state, 勾稽_原格式) as data. The file is carried over as a saved .xlsx keeps it: values, solid
 * fills, notes (WPS's comments are Excel's notes) and sheet visibility.
 */

import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { marksFromFindings, markFillHex, NOTE_PREFIX } from '../../src/core/marks';
import { toA1 } from '../../src/core/address';
import { createExcelHost } from '../../src/hosts/excel';
import { createWpsHost } from '../../src/hosts/wps';
import type { EtApplication } from '../../src/hosts/wps/et';
import { FakeExcel, type FakeSheet } from '../fakes/excel/fake-excel';
import { fakeApplication, fakeCell, hex, XL_NONE, XL_SHEET_HIDDEN, XL_SHEET_VERY_HIDDEN } from '../fakes/wps';
import type { FakeApplication } from '../fakes/wps';
import type { FixtureSheet } from './host-suite';
import { annotatedCopyOf } from './annotated-copy-fixture';

const SHEETS: FixtureSheet[] = [
  {
    name: '表一',
    cells: { B3: '项目', C3: '金额', B4: '甲', C4: 1.5, B5: '乙', C5: 2 },
    fills: { C4: '#00B0F0' },
    notes: { C5: '用户自己的批注' },
  },
  { name: '表 二', cells: { A1: 'x', A2: 3 } },
];

const marks = marksFromFindings([
  { rule: 'test.rule', severity: 'error', message: '甲不对', sheet: '表一', cell: 'C4' },
  { rule: 'test.rule', severity: 'warning', message: '乙可疑', sheet: '表一', cell: 'C5' },
  { rule: 'test.rule', severity: 'info', message: '尾差', sheet: '表 二', cell: 'A2' },
]);

/** The WPS workbook as Excel opens the saved file. */
function inExcel(app: FakeApplication): FakeExcel {
  const sheets: FakeSheet[] = app.workbook.model.sheets.map((s) => {
    const out: FakeSheet = { name: s.name, cells: {}, fills: {}, notes: {} };
    if (s.visible === XL_SHEET_VERY_HIDDEN) out.visibility = 'VeryHidden';
    else if (s.visible === XL_SHEET_HIDDEN) out.visibility = 'Hidden';
    for (const [key, c] of Object.entries(s.cells)) {
      const [row, col] = key.split(',').map(Number);
      const a1 = toA1(row, col);
      if (c.value !== undefined) out.cells![a1] = c.value;
      if (c.fill && c.fill.pattern !== XL_NONE && c.fill.colorIndex !== XL_NONE)
        out.fills![a1] = hex(c.fill.color);
      if (c.comment) out.notes![a1] = c.comment;
    }
    return out;
  });
  return FakeExcel.create(sheets, { apiMinor: 18 });
}

describe('a workbook marked in WPS and cleared in Excel', () => {
  it("restores every cell WPS marked from WPS's record, and empties the record", async () => {
    const app = fakeApplication(SHEETS);
    await createWpsHost(app as unknown as EtApplication).paintMarks(marks);
    assert.equal(fakeCell(app, '表一', 'C4').fill, markFillHex(marks[0]));
    assert.match(fakeCell(app, '表一', 'C5').note ?? '', /乙可疑/);

    const excel = inExcel(app);
    const host = createExcelHost(excel.run, excel.env);
    const snapshot = await host.readSnapshot();
    assert.deepEqual(
      snapshot.sheets.map((s) => s.name),
      ['表一', '表 二'],
      "WPS's gouji_state is not data",
    );
    assert.equal(await host.clearMarks(), 3);
    assert.equal(excel.fill('表一', 'C4'), '#00B0F0');
    assert.equal(excel.fill('表一', 'C5'), null, 'no fill comes back as no fill');
    assert.equal(excel.fill('表 二', 'A2'), null);
    assert.equal(excel.note('表一', 'C5'), '用户自己的批注');
    assert.equal(excel.note('表一', 'C4'), null);
    assert.equal(excel.value('表一', 'C4'), 1.5);
    // A second 清除标记 finds nothing left to restore.
    assert.equal(await host.clearMarks(), 0);
  });

  it('leaves a fill or a note the user changed in Excel after WPS marked it', async () => {
    const app = fakeApplication(SHEETS);
    await createWpsHost(app as unknown as EtApplication).paintMarks(marks);
    const excel = inExcel(app);
    excel.setFill('表一', 'C4', { pattern: 'Solid', color: '#92D050' });
    excel.doc.sheets[0].notes.C5 = '用户在 Excel 里改写的批注';
    await createExcelHost(excel.run, excel.env).clearMarks();
    assert.equal(excel.fill('表一', 'C4'), '#92D050');
    assert.equal(excel.note('表一', 'C5'), '用户在 Excel 里改写的批注');
    assert.equal(excel.fill('表 二', 'A2'), null);
  });

  it("WPS does not read an annotated copy's record 勾稽_原格式 as data", async () => {
    const copy = await annotatedCopyOf(SHEETS, [
      { rule: 'test.rule', severity: 'error', message: '问题', sheet: '表一', cell: 'C4' },
    ]);
    const app = fakeApplication(copy);
    const snapshot = await createWpsHost(app as unknown as EtApplication).readSnapshot();
    assert.deepEqual(
      snapshot.sheets.map((s) => s.name),
      ['表一', '表 二'],
    );
    assert.ok(!snapshot.sheets.some((s) => s.values.flat().some((v) => String(v).includes(NOTE_PREFIX))));
  });
});
