/**
 * Excel with notes (ExcelApi 1.18) on a cell that carries the user's threaded comment: Excel refuses a
 * note there (as its UI does, and so does the fake), so 勾稽's text goes as a reply under the thread, the
 * other cells of the batch get their notes, and 清除标记 leaves the thread as the user wrote it.
 */

import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { markColorHex } from '../../src/core/marks';
import { createExcelHost } from '../../src/hosts/excel';
import { FakeContext } from '../fakes/excel/context';
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

  it('a note refused unpredicted (a co-author started a thread meanwhile) is reported; the fills and the other notes land', async () => {
    const fake = FakeExcel.create([{ name: '表', cells: { A1: 1, A2: 2, A3: 3 } }]);
    const host = createExcelHost(fake.run, fake.env);
    const sync = FakeContext.prototype.sync;
    let started = false;
    // The thread appears once 勾稽 has read the cells and queued its note on A1, before that note is sent.
    FakeContext.prototype.sync = async function (this: FakeContext) {
      if (!started && fake.writes.some((w) => w.target === 'note A1' && w.property === 'add()')) {
        started = true;
        fake.doc.comments.push({ id: '{co}', sheet: '表', cell: 'A1', content: '同事的讨论', replies: [] });
      }
      return sync.call(this);
    };
    try {
      await host.paintMarks(['A1', 'A2', 'A3'].map((c) => mark('表', c, 'error', `问题${c}`)));
    } finally {
      FakeContext.prototype.sync = sync;
    }
    assert.ok(started);
    for (const c of ['A1', 'A2', 'A3']) assert.equal(fake.fill('表', c), markColorHex('error'));
    assert.equal(fake.legacyNote('表', 'A1'), null);
    assert.match(fake.legacyNote('表', 'A2') ?? '', /问题A2/);
    assert.match(fake.legacyNote('表', 'A3') ?? '', /问题A3/);
    assert.deepEqual(host.lastPaint?.refusedNotes, ["'表'!A1"]);
    assert.ok(
      (host.info.diagnostics ?? []).some(
        (l) => l.includes('拒绝写入这些单元格的批注') && l.includes("'表'!A1"),
      ),
    );
    assert.equal(fake.enableEvents, true, 'events back on');
    assert.equal(await host.clearMarks(), 3);
    for (const c of ['A1', 'A2', 'A3']) assert.equal(fake.fill('表', c), null);
    assert.equal(fake.legacyNote('表', 'A2'), null);
  });
});
