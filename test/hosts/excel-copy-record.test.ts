/**
 * 清除标记 in Excel on a copy made by the command line or the browser page: the very hidden record 勾稽_原格式
 * is made hidden before it is deleted (Excel refuses to delete a very hidden sheet, and so does the fake), a
 * failed delete is reported in Chinese and never makes a second 清除标记 paint old fills over the user's later
 * changes, and a long record is read and restored in syncs under the payload budget with events off.
 */

import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { markFillHex, NOTE_PREFIX } from '../../src/core/marks';
import type { Finding } from '../../src/core/report';
import { toA1 } from '../../src/core/address';
import { HostError } from '../../src/hosts/host';
import { createExcelHost } from '../../src/hosts/excel';
import { MAX_SYNC_BYTES } from '../../src/hosts/excel/payload';
import { FakeContext, MAX_PAYLOAD_BYTES } from '../fakes/excel/context';
import { FakeExcel } from '../fakes/excel/fake-excel';
import { annotatedCopyOf } from './annotated-copy-fixture';
import type { FixtureSheet } from './host-suite';

const RECORD = '勾稽_原格式';

const finding = (sheet: string, cell: string): Finding => ({
  rule: 'test.rule',
  severity: 'error',
  message: `问题 ${cell}`,
  sheet,
  cell,
});

const SHEETS: FixtureSheet[] = [
  {
    name: '表一',
    cells: { B4: '甲', C4: 1.5, C5: 2, C6: 3 },
    fills: { C4: '#00B0F0' },
    notes: { C5: '用户自己的批注' },
  },
];

describe('Excel host: clearing the marks of an annotated copy', () => {
  it('deletes the very hidden record (made hidden first), as Excel allows', async () => {
    const fake = FakeExcel.create(
      await annotatedCopyOf(SHEETS, [finding('表一', 'C4'), finding('表一', 'C5')]),
    );
    assert.equal(fake.doc.sheets.find((s) => s.name === RECORD)?.visibility, 'VeryHidden');
    const host = createExcelHost(fake.run, fake.env);
    assert.equal(await host.clearMarks(), 2);
    assert.equal(fake.fill('表一', 'C4'), '#00B0F0');
    assert.equal(fake.note('表一', 'C5'), '用户自己的批注');
    assert.deepEqual(
      fake.doc.sheets.map((s) => s.name),
      ['表一'],
    );
    const visibility = fake.writes.filter((w) => w.property === 'visibility').map((w) => w.value);
    assert.deepEqual(visibility, ['Hidden']);
  });

  it('the fake refuses, as Excel does, to delete a very hidden sheet', async () => {
    const fake = FakeExcel.create([
      { name: '表', cells: { A1: 1 } },
      { name: '藏', cells: { A1: 2 }, visibility: 'VeryHidden' },
    ]);
    await assert.rejects(
      fake.run(async (ctx) => {
        (ctx.workbook.worksheets.getItem('藏') as unknown as { delete(): void }).delete();
        await ctx.sync();
      }),
      (e: { code?: string }) => e.code === 'InvalidOperation',
    );
  });

  it("after a refused delete, a second 清除标记 removes the record without painting over the user's changes", async () => {
    const copy = await annotatedCopyOf(SHEETS, [
      finding('表一', 'C4'),
      finding('表一', 'C5'),
      finding('表一', 'C6'),
    ]);
    const fake = FakeExcel.create(copy);
    const host = createExcelHost(fake.run, fake.env);
    fake.refuse.add('worksheet.delete');
    await assert.rejects(host.clearMarks(), (e: unknown) => {
      assert.ok(e instanceof HostError);
      assert.match(e.message, /无法删除隐藏工作表 勾稽_原格式/);
      return true;
    });
    assert.equal(fake.fill('表一', 'C4'), '#00B0F0', 'restored before the delete was refused');
    assert.equal(
      fake.doc.sheets.find((s) => s.name === RECORD)?.visibility,
      'VeryHidden',
      'out of sight again',
    );
    // The user then fills C6 and rewrites the note of C5.
    fake.setFill('表一', 'C6', { pattern: 'Solid', color: '#92D050' });
    fake.doc.sheets[0].notes.C5 = '用户后来改的批注';
    fake.refuse.clear();
    await host.clearMarks();
    assert.equal(fake.fill('表一', 'C6'), '#92D050');
    assert.equal(fake.note('表一', 'C5'), '用户后来改的批注');
    assert.equal(fake.fill('表一', 'C4'), '#00B0F0');
    assert.ok(!fake.doc.sheets.some((s) => s.name === RECORD));
  });

  it('reads and restores a long record in syncs under the budget, with events off while writing', async () => {
    const cells: Record<string, number> = {};
    const notes: Record<string, string> = {};
    const findings: Finding[] = [];
    for (let i = 0; i < 600; i++) {
      const a1 = toA1(i, 1);
      cells[a1] = i;
      notes[a1] = `用户的长批注 ${i}：${'很长的说明文字'.repeat(300)}`;
      findings.push(finding('数据', a1));
    }
    const fake = FakeExcel.create(await annotatedCopyOf([{ name: '数据', cells, notes }], findings));
    const host = createExcelHost(fake.run, fake.env);
    const events: boolean[] = [];
    const write = fake.writes.push.bind(fake.writes);
    fake.writes.push = (...w) => {
      for (const x of w) if (x.property === 'enableEvents') events.push(x.value as boolean);
      return write(...w);
    };
    FakeContext.largestRequest = 0;
    FakeContext.largestResponse = 0;
    assert.equal(fake.fill('数据', 'B1'), markFillHex({ severity: 'error' }));
    await host.clearMarks();
    assert.equal(fake.fill('数据', 'B1'), null);
    assert.equal(fake.note('数据', 'B600'), notes.B600);
    assert.ok(!(fake.note('数据', 'B1') ?? '').includes(NOTE_PREFIX));
    assert.ok(FakeContext.largestResponse > MAX_SYNC_BYTES / 4, 'the record and notes are several MB');
    assert.ok(
      FakeContext.largestRequest <= MAX_PAYLOAD_BYTES && FakeContext.largestResponse <= MAX_PAYLOAD_BYTES,
    );
    assert.deepEqual(events.slice(-2), [false, true], 'events off while restoring, on again after');
  }, 300000);
});
