/**
 * The Excel host over the fake Excel object model (test/fakes/excel/): the shared host suite for each
 * way Excel can show a note (notes 1.18, threaded comments 1.10, fill only 1.9), then what only Excel
 * has: the sync bounds, exact restoration across save and reopen, feature detection, connectExcel.
 */

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from '@jest/globals';
import { markColorHex, NOTE_PREFIX } from '../../src/core/marks';
import { toA1 } from '../../src/core/address';
import { HostError } from '../../src/hosts/host';
import { connectExcel, createExcelHost, type ExcelHost } from '../../src/hosts/excel';
import { OWN_CHANGE_WINDOW_MS } from '../../src/hosts/excel/excel-host';
import { MAX_ROWS } from '../../src/hosts/limits';
import { FakeExcel } from '../fakes/excel/fake-excel';
import { loadCase } from '../helpers';
import { fixtureFromSnapshot, hostSuite } from './host-suite';
import { excelFake, excelHarness, type ExcelConfig } from './host-harnesses';

type Config = ExcelConfig;

const CONFIGS: Array<[string, Config]> = [
  ['Excel（Microsoft 365，CDN 的 office.js，ExcelApi 1.18）', { apiMinor: 18 }],
  [
    'Excel（Microsoft 365，本地旧版 office.js：没有 notes 和 RangeAreas.select）',
    { apiMinor: 18, library: 'stale', userNotes: 'comments', legacyNote: true },
  ],
  [
    'Excel（Office 2021，ExcelApi 1.14，工作簿中有旧式批注）',
    { apiMinor: 14, userNotes: 'comments', legacyNote: true },
  ],
  ['Excel（填充读作 pattern null 的版本）', { apiMinor: 18, fillReadings: 'patternNull' }],
  ['Excel（ExcelApi 1.13，批注用线程批注）', { apiMinor: 13, userNotes: 'comments' }],
  ['Excel（ExcelApi 1.9，只填充颜色）', { apiMinor: 9 }],
];

for (const [label, config] of CONFIGS)
  hostSuite(label, async (sheets) => excelHarness(excelFake(sheets, config), config), { otherHost: 'WPS' });

import { documentOf, mark, scattered, waitFor } from './excel-helpers';

describe('Excel host: round trips', () => {
  for (const count of [1, 30])
    it(`reads ${count} sheet(s) in 3 syncs (names, used ranges, values under 4 MB)`, async () => {
      const file = await loadCase('danfeng2024-standard');
      const base = fixtureFromSnapshot(file);
      const sheets = Array.from({ length: count }, (_, i) => ({
        ...base[i % base.length],
        name: `表${i + 1}`,
      }));
      const fake = FakeExcel.create(sheets);
      const host = createExcelHost(fake.run, fake.env);
      const snap = await host.readSnapshot();
      assert.ok(fake.syncs <= 3, `${fake.syncs} syncs`);
      assert.equal(snap.sheets.length, count);
      assert.deepEqual(snap.sheets[count - 1].merges, base[(count - 1) % base.length].merges);
    });

  for (const count of [10, 1000, 10000])
    it(`paints ${count} marks and clears them in syncs that grow with the payload only`, async () => {
      const { sheets, marks } = scattered(count);
      const fake = FakeExcel.create(sheets);
      const before = documentOf(fake);
      const host = createExcelHost(fake.run, fake.env);
      await host.paintMarks(marks);
      // Three phases, the notes in a sync of their own (a refused note stops no other write); more syncs
      // only when a phase carries over 4 MB (10,000 marks with their notes, and their record in
      // gouji_state: several MB of chunks).
      const bound = count <= 1000 ? 4 : 10;
      assert.ok(fake.syncs <= bound, `paint took ${fake.syncs} syncs`);
      for (const m of [marks[0], marks[count - 1]]) {
        assert.equal(fake.fill('数据', m.cell), markColorHex(m.severity));
        assert.match(fake.note('数据', m.cell) ?? '', new RegExp(m.findings[0].message));
      }
      assert.equal(fake.enableEvents, true, 'events are back on');
      const painted = fake.syncs;
      await host.clearMarks();
      // Two syncs more to clear: the head of the record in gouji_state and its chunks; the look for the
      // record a copy made by the command line carries is one more.
      assert.ok(fake.syncs - painted <= bound + 3, `clear took ${fake.syncs - painted} syncs`);
      assert.deepEqual(documentOf(fake), before, 'fills and notes restored exactly');
    });
});

describe('Excel host: restoring exactly', () => {
  it('where the pattern reads null, paints over a hatch solid and says in 诊断 that it cannot be restored', async () => {
    const fake = FakeExcel.create([{ name: '表', cells: { A1: 1, B1: 2 } }], { fillReadings: 'patternNull' });
    fake.setFill('表', 'A1', { pattern: 'Gray50', color: '#FFFF00', patternColor: '#FF0000' });
    const host = createExcelHost(fake.run, fake.env);
    await host.paintMarks([mark('表', 'A1', 'error', '甲'), mark('表', 'B1', 'warning', '乙')]);
    assert.equal(fake.fillModel('表', 'A1')?.pattern, 'Solid', 'the mark is not hidden under the hatch');
    assert.equal(fake.fill('表', 'A1'), markColorHex('error'));
    assert.match(host.info.diagnostics?.join('\n') ?? '', /读不出填充图案/);
    await host.clearMarks();
    assert.equal(fake.fillModel('表', 'A1')?.color, '#FFFF00');
    assert.equal(fake.fill('表', 'B1'), null);
  });

  it('restores hatched, tinted and plain fills and notes after save and reopen, repainted in between', async () => {
    const { sheets, marks } = scattered(40);
    const fake = FakeExcel.create(sheets);
    fake.setFill('数据', 'A1', { pattern: 'Gray50', color: '#FFFF00', patternColor: '#FF0000' });
    fake.setFill('数据', 'C1', { pattern: 'Solid', color: '#92D050', tintAndShade: 0.4 });
    const before = documentOf(fake);
    await createExcelHost(fake.run, fake.env).paintMarks(marks);
    assert.equal(fake.fill('数据', 'A1'), markColorHex('error'));
    assert.equal(fake.fillModel('数据', 'A1').pattern, 'Solid', 'a hatched fill does not hide the mark');

    const second = FakeExcel.open(fake.serialize());
    await createExcelHost(second.run, second.env).paintMarks(
      marks.slice(0, 20).map((m) => ({ ...m, severity: 'warning' })),
    );
    assert.equal(second.fill('数据', 'A1'), markColorHex('warning'));
    assert.equal(second.fill('数据', toA1(20, 0)), null, 'cells no longer marked are restored on repaint');

    const third = FakeExcel.open(second.serialize());
    await createExcelHost(third.run, third.env).clearMarks();
    assert.deepEqual(documentOf(third), before);
    assert.equal(third.fill('数据', 'A1'), '#FFFF00');
    assert.equal(third.note('数据', 'A1'), '用户批注 0');
  });

  it('leaves a fill the user changed after marking, and keeps what the user added to a note', async () => {
    const fake = FakeExcel.create([{ name: '表', cells: { A1: 1, B1: 2 }, notes: { B1: '原批注' } }]);
    const host = createExcelHost(fake.run, fake.env);
    await host.paintMarks([mark('表', 'A1', 'error', '甲'), mark('表', 'B1', 'error', '乙')]);
    fake.setFill('表', 'A1', { pattern: 'Solid', color: '#00FF00' });
    fake.doc.sheets[0].notes.B1 += '\n后来补充';
    await host.clearMarks();
    assert.equal(fake.fill('表', 'A1'), '#00FF00');
    assert.equal(fake.note('表', 'B1'), '原批注\n后来补充');
    assert.equal(fake.note('表', 'A1'), null);
  });

  it('with threaded comments, answers under the user comment and removes only its own text', async () => {
    const fake = FakeExcel.create(
      [{ name: '表', cells: { A1: 1, B1: 2 }, comments: { B1: '用户的线程批注' } }],
      {
        apiMinor: 12,
      },
    );
    const before = documentOf(fake);
    const host = createExcelHost(fake.run, fake.env);
    assert.equal(host.info.notes, 'comment');
    await host.paintMarks([mark('表', 'A1', 'error', '甲'), mark('表', 'B1', 'warning', '乙')]);
    assert.ok(fake.syncs <= 4, 'names and the count, a page of comments, the cells, the writes');
    assert.equal(fake.doc.comments.find((c) => c.cell === 'B1')?.replies.length, 1);
    assert.ok(fake.note('表', 'A1')?.startsWith(NOTE_PREFIX));
    const reopened = FakeExcel.open(fake.serialize(), { apiMinor: 12 });
    await createExcelHost(reopened.run, reopened.env).clearMarks();
    assert.deepEqual(documentOf(reopened), before);
  });

  it('says in Chinese when the saved record is damaged, and leaves events on', async () => {
    const fake = FakeExcel.create([{ name: '表', cells: { A1: 1 } }]);
    fake.doc.settings['gouji.marks'] = '{broken';
    const host = createExcelHost(fake.run, fake.env);
    await assert.rejects(
      host.clearMarks(),
      (e: unknown) => e instanceof HostError && /已损坏/.test(e.message),
    );
    assert.equal(fake.enableEvents, true);
  });
});

describe('Excel host: painting quietly', () => {
  it('turns events off before the first write and on after the last', async () => {
    const { sheets, marks } = scattered(30);
    const fake = FakeExcel.create(sheets);
    await createExcelHost(fake.run, fake.env).paintMarks(marks);
    const flags = fake.writes.filter((w) => w.target === 'runtime');
    const cellWrites = fake.writes.filter((w) => w.target !== 'runtime' && !w.target.startsWith('setting'));
    assert.deepEqual(
      flags.map((w) => w.value),
      [false, true],
    );
    // Off in an earlier sync than every write; on queued after the last write (in its sync).
    const on = fake.writes.indexOf(flags[1]);
    assert.ok(cellWrites.every((w) => w.sync > flags[0].sync && fake.writes.indexOf(w) < on));
  });

  it('queues the record of originals before any cell write, so a failed batch leaves no unrecorded mark', async () => {
    const { sheets, marks } = scattered(12);
    const fake = FakeExcel.create(sheets);
    const host = createExcelHost(fake.run, fake.env);
    await host.paintMarks(marks.slice(0, 8));
    for (const painted of [marks.slice(4), []]) {
      const from = fake.writes.length;
      await host.paintMarks(painted);
      const writes = fake.writes.slice(from).filter((w) => w.target !== 'runtime');
      // The record lives in the sheet gouji_state: values written there, the sheet added or removed.
      const isRecord = (w: (typeof writes)[number]) =>
        w.property === 'values' || w.target === 'worksheets' || w.target === 'worksheet gouji_state';
      const cellWrites = writes.filter((w) => !isRecord(w));
      assert.ok(cellWrites.length > 0);
      if (painted.length > 0) {
        const first = writes.findIndex(isRecord);
        assert.ok(first >= 0 && first < writes.indexOf(cellWrites[0]), 'the record comes first');
        // That first record covers the old marks still to be restored as well as the new ones.
        const chunk = (writes[first].value as string[][])[0][0];
        const record = JSON.parse(chunk.slice(2)) as { cells: Array<{ sheet: string }> };
        assert.equal(record.cells.filter((c) => c.sheet === '数据').length, 12);
      } else {
        const removal = writes.findIndex(isRecord);
        assert.ok(removal > writes.indexOf(cellWrites[cellWrites.length - 1]), 'the record goes last');
      }
    }
    assert.ok(fake.syncs > 0);
    assert.equal(fake.doc.settings['gouji.marks'], undefined);
  });

  it('ignores its own painting reported late, without triggerSource (before ExcelApi 1.14)', async () => {
    const { sheets, marks } = scattered(6);
    const fake = FakeExcel.create(sheets, { apiMinor: 13 });
    const host = createExcelHost(fake.run, fake.env);
    let edits = 0;
    host.watchEdits(() => edits++);
    await new Promise((r) => setTimeout(r, 0));
    const seen: string[] = [];
    fake.handlers.add(async (args) => void seen.push(args.address));
    await host.paintMarks(marks);
    assert.deepEqual(seen, [], 'Excel reports the changes only after the run');
    await waitFor(() => seen.length > 0); // the fills are reported as changes
    assert.equal(edits, 0, 'painting is not an edit');
    const painted = seen.length;
    await host.clearMarks();
    await waitFor(() => seen.length > painted); // and so are the restored ones
    assert.equal(edits, 0, 'clearing is not an edit');
    // A value typed into a cell just painted is the user's.
    fake.userEdit(marks[0].sheet, marks[0].cell, 12345);
    await new Promise((r) => setTimeout(r, 0));
    assert.equal(edits, 1);
  });

  it('counts a change on a painted cell once the own-change window has passed (before ExcelApi 1.14)', async () => {
    const fake = FakeExcel.create([{ name: '表', cells: { A1: 1, A2: 2, A3: 3 } }], { apiMinor: 13 });
    const host = createExcelHost(fake.run, fake.env);
    let edits = 0;
    host.watchEdits(() => edits++);
    await host.paintMarks([mark('表', 'A1', 'error', '甲'), mark('表', 'A2', 'error', '乙')]);
    await new Promise((r) => setTimeout(r, OWN_CHANGE_WINDOW_MS + 50));
    assert.equal(edits, 0);
    // A change without details (several cells, a paste) on the painted cells is the user's now.
    fake.emitChange('表', 'A1:A2', 'Unknown');
    await new Promise((r) => setTimeout(r, 0));
    assert.equal(edits, 1);
  });
});

describe('Excel host: reading', () => {
  it('caps a sheet whose used range runs to the last row, with a Chinese notice', async () => {
    const fake = FakeExcel.create([
      { name: '表', cells: { A1: '标题', B2: 5, XFD1048576: '远处的误输入' } },
      { name: '空表' },
    ]);
    const host = createExcelHost(fake.run, fake.env) as ExcelHost;
    const snap = await host.readSnapshot();
    assert.equal(snap.sheets[0].values[1][1], 5);
    assert.ok(snap.sheets[0].values.length <= MAX_ROWS);
    assert.match(host.lastReadNotices.join(''), /工作表「表」.*只读取了前/);
    assert.deepEqual(snap.notices, host.lastReadNotices, 'the notice travels with the snapshot to the pane');
    assert.deepEqual(snap.sheets[1].values, []);
  });

  it('reads merges only where ExcelApi 1.13 exists', async () => {
    const merges = [{ top: 0, left: 0, bottom: 0, right: 2 }];
    for (const [apiMinor, expected] of [
      [13, merges],
      [12, []],
    ] as const) {
      const fake = FakeExcel.create([{ name: '表', cells: { A1: '标题' }, merges }], { apiMinor });
      const snap = await createExcelHost(fake.run, fake.env).readSnapshot();
      assert.deepEqual(snap.sheets[0].merges, expected);
    }
  });

  it('the fake refuses what real Excel refuses', async () => {
    const fake = FakeExcel.create([{ name: '表', cells: { A1: 1 } }]);
    await assert.rejects(
      fake.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem('表').getRange('A1');
        r.load('values');
        return r.values; // read before sync
      }),
      /PropertyNotLoaded|not available/,
    );
    const many = Array.from({ length: 151 }, (_, i) => `A${i * 2 + 1}`).join(',');
    await assert.rejects(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('表').getRanges(many).format.fill.color = '#FF0000';
        await ctx.sync();
      }),
      /over the limit/,
    );
    await assert.rejects(
      fake.run(async (ctx) => void ctx.workbook.worksheets.getItem('表').activate()),
      /never synced/,
    );
  });

  it('selects the finding cell and its related cells on the same sheet', async () => {
    const fake = FakeExcel.create([{ name: '表', cells: { A1: 1 } }, { name: '另一表' }]);
    const host = createExcelHost(fake.run, fake.env);
    await host.select({ sheet: '表', cell: 'C5' }, [
      { sheet: '表', cell: 'C4' },
      { sheet: '另一表', cell: 'A1' },
    ]);
    assert.deepEqual(
      { sheet: fake.selection?.sheet, cells: fake.selection?.cells },
      { sheet: '表', cells: ['C5', 'C4'] },
    );
    await assert.rejects(host.select({ sheet: '不存在', cell: 'A1' }), /找不到工作表「不存在」/);
  });

  it('reads the selection from getSelectedRange().address, quoted sheet names included', async () => {
    const fake = FakeExcel.create([
      { name: "It's 表", cells: { A1: 1 } },
      { name: 'Plain', cells: {} },
    ]);
    const host = createExcelHost(fake.run, fake.env);
    fake.userSelect("It's 表", 'B2:D9');
    assert.deepEqual(await host.readSelection(), { sheet: "It's 表", range: 'B2:D9' });
    fake.userSelect('Plain', 'C3');
    assert.deepEqual(await host.readSelection(), { sheet: 'Plain', range: 'C3' });
    fake.userSelect('Plain', 'A1:B2,D4');
    await assert.rejects(host.readSelection(), /多个区域/);
    await assert.rejects(
      fake.run(async (ctx) => {
        const r = ctx.workbook.getSelectedRange();
        r.load('address');
        await ctx.sync();
      }),
      /InvalidSelection|invalid/,
      'the fake refuses, as Excel does, one range for a multi-area selection',
    );
  });
});

describe('connectExcel', () => {
  const scope = globalThis as { Office?: unknown; Excel?: unknown };
  async function withOffice<T>(office: unknown, excel: unknown, body: () => Promise<T>): Promise<T> {
    scope.Office = office;
    scope.Excel = excel;
    try {
      return await body();
    } finally {
      delete scope.Office;
      delete scope.Excel;
    }
  }
  const office = (host: string | null, apiMinor: number, ready = true) => ({
    onReady: () => (ready ? Promise.resolve({ host, platform: 'PC' }) : new Promise(() => undefined)),
    context: {
      requirements: { isSetSupported: (_: string, v: string) => Number(v.split('.')[1]) <= apiMinor },
    },
  });

  it('is absent without office.js, outside Office, in Word, or when Office.onReady never comes', async () => {
    assert.deepEqual(await connectExcel(), { status: 'absent' });
    assert.deepEqual(await withOffice(office(null, 18), {}, () => connectExcel()), { status: 'absent' });
    assert.deepEqual(await withOffice(office('Word', 18), {}, () => connectExcel()), { status: 'absent' });
    assert.deepEqual(
      await withOffice(office('Excel', 18, false), {}, () => connectExcel({ timeoutMs: 20 })),
      {
        status: 'absent',
      },
    );
  });

  it('explains in Chinese what is missing below ExcelApi 1.9 and the two ways forward', async () => {
    const c = await withOffice(office('Excel', 7), {}, () => connectExcel());
    assert.equal(c.status, 'unsupported');
    const message = c.status === 'unsupported' ? c.message : '';
    assert.match(message, /ExcelApi 1\.7/);
    assert.match(message, /1\.9/);
    assert.match(message, /浏览器页面/);
    assert.match(message, /WPS/);
  });

  it('connects even when Excel.run never answers the probe of the library', async () => {
    const stuck = () => new Promise<never>(() => undefined);
    const c = await withOffice(office('Excel', 18), { run: stuck }, () => connectExcel({ timeoutMs: 30 }));
    assert.equal(c.status, 'ready');
  });

  it('connects a ready host over Excel.run, saying which office.js was loaded and what it lacks', async () => {
    const fake = FakeExcel.create([{ name: '表', cells: { A1: 1 } }], { apiMinor: 18, library: 'stale' });
    (scope as { __goujiOfficeJs?: string }).__goujiOfficeJs = 'local';
    const c = await withOffice(office('Excel', 18), { run: fake.run }, () => connectExcel());
    delete (scope as { __goujiOfficeJs?: string }).__goujiOfficeJs;
    assert.equal(c.status, 'ready');
    if (c.status !== 'ready') return;
    assert.equal(c.host.info.label, 'Excel（ExcelApi 1.18）');
    assert.equal(c.host.info.notes, 'comment', 'the stale library has no notes: known before any paint');
    const lines = c.host.info.diagnostics?.join('\n') ?? '';
    assert.match(lines, /office\.js：加载项自带的本地副本/);
    assert.match(lines, /缺少：Worksheet\.notes/);
    assert.match(lines, /定位：只选中问题单元格/);
    assert.equal((await c.host.readSnapshot()).sheets[0].values[0][0], 1);
  });
});

it('the structural office.js types are satisfied by @types/office-js', () => {
  const root = path.join(__dirname, '..', '..');
  const r = spawnSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', path.join(__dirname, 'office-types', 'tsconfig.json')],
    { cwd: root, encoding: 'utf8' },
  );
  assert.equal(r.status, 0, r.stdout + r.stderr);
});

describe('Excel host: the loaded office.js', () => {
  it('with a stale local office.js on ExcelApi 1.18, writes threaded comments and says so in 诊断', async () => {
    const fake = FakeExcel.create([{ name: '表', cells: { A1: 1, B1: 2 } }], { library: 'stale' });
    const host = createExcelHost(fake.run, fake.env);
    await host.paintMarks([mark('表', 'A1', 'error', '甲')]);
    assert.equal(host.info.notes, 'comment');
    assert.match(host.info.diagnostics?.join('\n') ?? '', /缺少：Worksheet\.notes、RangeAreas\.select/);
    assert.match(fake.thread('表', 'A1') ?? '', /甲/);
    await host.select({ sheet: '表', cell: 'A1' }, [{ sheet: '表', cell: 'B1' }]);
    assert.deepEqual(
      { sheet: fake.selection?.sheet, cells: fake.selection?.cells },
      { sheet: '表', cells: ['A1'] },
      'the main cell only',
    );
  });

  it('below ExcelApi 1.18, a legacy note the API cannot see does not stop the paint', async () => {
    const fake = FakeExcel.create(
      [{ name: '表', cells: { A1: 1, A2: 2, A3: 3 }, notes: { A2: '旧式批注' } }],
      { apiMinor: 14 },
    );
    const host = createExcelHost(fake.run, fake.env);
    const marks = ['A1', 'A2', 'A3'].map((c) => mark('表', c, 'error', `问题${c}`));
    await host.paintMarks(marks);
    for (const c of ['A1', 'A2', 'A3']) assert.equal(fake.fill('表', c), markColorHex('error'));
    assert.match(fake.thread('表', 'A3') ?? '', /问题A3/);
    assert.deepEqual(host.lastPaint?.refusedComments, ["'表'!A2"]);
    await host.clearMarks();
    assert.equal(fake.legacyNote('表', 'A2'), '旧式批注');
    assert.equal(fake.fill('表', 'A2'), null);
    assert.equal(fake.thread('表', 'A3'), null);
  });
});
