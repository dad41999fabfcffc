/**
 * A workbook travels between WPS and Excel. Marked in one and cleared in the other, both ways, is a case
 * of the shared host suite (host-suite.ts, over each host's strict fake); here what is particular: a
 * change the user made in Excel after WPS marked is left alone, and neither host reads 勾稽's own sheets
 * (gouji_state, 勾稽_原格式) as data.
 */

import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { marksFromFindings, NOTE_PREFIX } from '../../src/core/marks';
import { createExcelHost } from '../../src/hosts/excel';
import { createWpsHost } from '../../src/hosts/wps';
import type { EtApplication } from '../../src/hosts/wps/et';
import { FakeExcel } from '../fakes/excel/fake-excel';
import { fakeApplication, fakeCell } from '../fakes/wps';
import { excelToWps, wpsToExcel } from './host-harnesses';
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

describe('a workbook marked in WPS and cleared in Excel', () => {
  it('leaves a fill or a note the user changed in Excel after WPS marked it', async () => {
    const app = fakeApplication(SHEETS);
    await createWpsHost(app as unknown as EtApplication).paintMarks(marks);
    const excel = wpsToExcel(app);
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

  it('marked in Excel, marked again in WPS (which first restores what Excel painted), cleared in Excel: the originals', async () => {
    const excel = FakeExcel.create(SHEETS);
    await createExcelHost(excel.run, excel.env).paintMarks(marks.slice(0, 2));
    const app = excelToWps(FakeExcel.open(excel.serialize()));
    await createWpsHost(app as unknown as EtApplication).paintMarks(marks.slice(1));
    assert.equal(
      fakeCell(app, '表一', 'C4').fill,
      '#00B0F0',
      "WPS put back the user's fill Excel had covered",
    );
    const back = wpsToExcel(app);
    const host = createExcelHost(back.run, back.env);
    assert.equal(await host.clearMarks(), 2);
    assert.equal(back.fill('表一', 'C4'), '#00B0F0');
    assert.equal(back.fill('表一', 'C5'), null);
    assert.equal(back.fill('表 二', 'A2'), null);
    assert.equal(back.note('表一', 'C5'), '用户自己的批注');
    assert.ok(
      !back.doc.sheets.some((s) => s.name === 'gouji_state'),
      'the record sheet went with the last mark',
    );
  });
});
