/**
 * Excel with notes (ExcelApi 1.18) on a cell that carries the user's threaded comment: Excel refuses a
 * note there (as its UI does, and so does the fake), so 勾稽's text goes as a reply under the thread, the
 * other cells of the batch get their notes, and 清除标记 leaves the thread as the user wrote it.
 */

import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { markColorHex } from '../../src/core/marks';
import { createExcelHost } from '../../src/hosts/excel';
import { FakeExcel } from '../fakes/excel/fake-excel';
import { mark } from './excel-helpers';

describe('Excel host: a note beside a threaded comment', () => {
  it('the fake refuses a note on a cell with a threaded comment', async () => {
    const fake = FakeExcel.create([{ name: '表', cells: { A1: 1 }, comments: { A1: '用户的讨论' } }]);
    await assert.rejects(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('表').notes.add('A1', '批注');
        await ctx.sync();
      }),
      (e: { code?: string }) => e.code === 'InvalidOperation',
    );
  });

  it("writes 勾稽's text as a reply there, notes elsewhere, and clears back to the user's thread", async () => {
    const fake = FakeExcel.create([
      {
        name: '表',
        cells: { A1: 1, A2: 2, A3: 3 },
        comments: { A2: '用户的讨论' },
        notes: { A3: '用户批注' },
      },
    ]);
    const host = createExcelHost(fake.run, fake.env);
    await host.paintMarks(['A1', 'A2', 'A3'].map((c) => mark('表', c, 'error', `问题${c}`)));
    for (const c of ['A1', 'A2', 'A3']) assert.equal(fake.fill('表', c), markColorHex('error'));
    assert.match(fake.legacyNote('表', 'A1') ?? '', /问题A1/);
    assert.equal(fake.legacyNote('表', 'A2'), null);
    assert.match(fake.thread('表', 'A2') ?? '', /^用户的讨论\n.*问题A2/);
    assert.match(fake.legacyNote('表', 'A3') ?? '', /^用户批注\n.*问题A3/);
    assert.equal(await host.clearMarks(), 3);
    assert.equal(fake.thread('表', 'A2'), '用户的讨论');
    assert.equal(fake.legacyNote('表', 'A1'), null);
    assert.equal(fake.legacyNote('表', 'A3'), '用户批注');
    for (const c of ['A1', 'A2', 'A3']) assert.equal(fake.fill('表', c), null);
  });
});
