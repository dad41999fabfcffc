/** The WPS host over the fake ET object model: the shared host suite, then what is particular to ET. */

import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { markColorHex, marksFromFindings, type Mark } from '../../src/core/marks';
import type { Severity } from '../../src/core/report';
import { connectWps, createWpsHost, watchRibbonCommands } from '../../src/hosts/wps';
import { MAX_COLUMNS, MAX_ROWS } from '../../src/hosts/limits';
import { bgrFromHex, hexFromBgr } from '../../src/hosts/wps/color';
import { COMMAND_DONE_KEY, COMMAND_KEY, takeCommand } from '../../src/hosts/wps/ribbon-commands';
import { STATE_SHEET_NAME } from '../../src/hosts/wps/state-sheet';
import {
  fakeApplication,
  fakeCell,
  fakeSelection,
  FakeApplication,
  WHITE,
  XL_SHEET_VERY_HIDDEN,
} from '../fakes/wps';
import { methodStyle } from '../fakes/wps/method-style';
import { corpusFixture, hostSuite, type FixtureSheet } from './host-suite';
import { wpsHarness } from './host-harnesses';

hostSuite('WPS', async (sheets) => wpsHarness(fakeApplication(sheets)), { otherHost: 'Excel' });
// Builds where every property is a method: Value2() reads, Value2(v) writes.
hostSuite('WPS（属性为方法）', async (sheets) => wpsHarness(fakeApplication(sheets), true), {
  otherHost: 'Excel',
});

/** Waits until `done` holds (polling), failing after a generous timeout on a busy machine. */
async function waitFor(done: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!done()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 5));
  }
}

function mark(sheet: string, cell: string, severity: Severity, text: string): Mark {
  return marksFromFindings([{ rule: 'test.rule', severity, message: text, sheet, cell }])[0];
}

const PLAIN: FixtureSheet[] = [
  { name: '公开01表', cells: { A1: '收入支出决算总表', B5: 12.5, C5: '合计' }, fills: { D5: '#FFFFFF' } },
  { name: '空表', cells: {} },
  { name: '一格', cells: { C3: 7 } },
];

describe('the fake ET follows et-jsapi-declare', () => {
  it('has Cells as a property with Item, and refuses members the typings do not declare', () => {
    const app = fakeApplication(PLAIN);
    const sheet = app.workbook.sheet('一格');
    assert.equal(sheet.Cells.Item(3, 3).Value2, 7);
    assert.equal(sheet.Range('C3').Value2, 7);
    assert.throws(
      () => (sheet as unknown as { Cells(r: number, c: number): unknown }).Cells(3, 3),
      TypeError,
    );
    assert.throws(() => (sheet as unknown as Record<string, unknown>).Value2, /没有成员 Value2/);
    assert.throws(() => {
      (sheet.Range('C3') as unknown as Record<string, unknown>).Row = 2;
    }, /只读/);
  });

  it('in method style, reads with X() and writes with X(v), and refuses assignment', () => {
    const app = fakeApplication(PLAIN);
    const view = methodStyle(app) as unknown as {
      ActiveWorkbook(): { Worksheets(): { Item(i: number): { Range(a: string): Record<string, unknown> } } };
    };
    const cell = view.ActiveWorkbook().Worksheets().Item(3).Range('C3');
    assert.equal((cell.Value2 as () => unknown)(), 7);
    (cell.Value2 as (v: unknown) => void)(8);
    assert.equal(fakeCell(app, '一格', 'C3').value, 8);
    assert.throws(() => {
      cell.Value2 = 9;
    }, /是方法/);
  });
});

describe('WPS host on ET specifics', () => {
  it('reads Application.Selection.Address() on the active sheet, and refuses several areas', async () => {
    for (const methods of [false, true]) {
      const app = fakeApplication(PLAIN);
      const host = createWpsHost(methods ? methodStyle(app) : app);
      app.userSelect('一格', 'B2:C3');
      assert.deepEqual(await host.readSelection!(), { sheet: '一格', range: 'B2:C3' });
      app.userSelect('空表', 'D4');
      assert.deepEqual(await host.readSelection!(), { sheet: '空表', range: 'D4' });
      app.userSelect('空表', 'A1:B2,D4');
      await assert.rejects(host.readSelection!(), /多个区域/);
    }
  });

  it('converts ET BGR colours to and from #RRGGBB', () => {
    assert.equal(bgrFromHex('#FFC7CE'), 0xcec7ff);
    assert.equal(hexFromBgr(0xcec7ff), '#FFC7CE');
    assert.equal(hexFromBgr(bgrFromHex('#00b0f0')), '#00B0F0');
  });

  it('reads a single-cell sheet (scalar Value2) and an empty sheet (undefined Value2)', async () => {
    const app = fakeApplication(PLAIN);
    const snap = await createWpsHost(app).readSnapshot();
    const empty = snap.sheets.find((s) => s.name === '空表')!;
    assert.deepEqual(empty.values, []);
    const one = snap.sheets.find((s) => s.name === '一格')!;
    assert.deepEqual([one.originRow, one.originCol, one.values], [2, 2, [[7]]]);
    assert.equal(snap.name, '决算公开表.xlsx');
  });

  it('caps a sheet whose used range runs to the last row, as the Excel host does, with a Chinese notice', async () => {
    const app = fakeApplication([
      { name: '表', cells: { A1: '标题', B2: 5, XFD1048576: '远处的误输入' } },
      { name: '一格', cells: { C3: 7 } },
    ]);
    const snap = await createWpsHost(app).readSnapshot();
    const sheet = snap.sheets.find((s) => s.name === '表')!;
    assert.equal(sheet.values[1][1], 5);
    assert.ok(sheet.values.length <= MAX_ROWS);
    assert.ok(sheet.values.every((row) => row.length <= MAX_COLUMNS));
    assert.equal(snap.notices?.length, 1);
    assert.match(snap.notices![0], /工作表「表」.*1048576.*只读取了前 5000 行、前 200 列/);
    const reads = app.calls.filter((c) => c.startsWith('表!') && c.endsWith(' Value2'));
    assert.ok(reads.length > 0 && reads.every((c) => !/XFD|1048576/.test(c)), reads.join(' '));
    assert.deepEqual(snap.sheets.find((s) => s.name === '一格')!.values, [[7]]);
    const plain = await createWpsHost(fakeApplication(PLAIN)).readSnapshot();
    assert.equal(plain.notices, undefined, 'no notice when every sheet is read whole');
  });

  it('reads each sheet with one Value2 read', async () => {
    const app = fakeApplication(await corpusFixture('danfeng2024-standard'));
    await createWpsHost(app).readSnapshot();
    const reads = app.calls.filter((c) => c.endsWith(' Value2'));
    assert.equal(reads.length, app.workbook.model.sheets.length);
  });

  it('reads merged header cells as merges', async () => {
    const fixture = await corpusFixture('danfeng2024-standard');
    const withMerges = fixture.find((s) => (s.merges ?? []).length > 0);
    assert.ok(withMerges, 'the corpus workbook has merged headers');
    const snap = await createWpsHost(fakeApplication(fixture)).readSnapshot();
    const sheet = snap.sheets.find((s) => s.name === withMerges.name)!;
    const key = (m: { top: number; left: number; bottom: number; right: number }) =>
      `${m.top},${m.left},${m.bottom},${m.right}`;
    assert.deepEqual(sheet.merges.map(key).sort(), (withMerges.merges ?? []).map(key).sort());
  });

  it('keeps the originals on a very hidden sheet that the snapshot leaves out', async () => {
    const app = fakeApplication(PLAIN);
    const host = createWpsHost(app);
    await host.paintMarks([mark('公开01表', 'B5', 'error', '不平')]);
    const state = app.workbook.model.sheets.find((s) => s.name === STATE_SHEET_NAME);
    assert.equal(state?.visible, XL_SHEET_VERY_HIDDEN);
    assert.equal(
      app.workbook.model.sheets[app.workbook.model.sheets.length - 1],
      state,
      'after the last sheet: the user sheets keep their index',
    );
    assert.equal(app.ActiveSheet?.Name, '公开01表', 'the user stays on their sheet');
    const snap = await host.readSnapshot();
    assert.ok(!snap.sheets.some((s) => s.name === STATE_SHEET_NAME));
  });

  it('restores no fill with xlNone, a white fill as white, and never paints white itself', async () => {
    const app = fakeApplication(PLAIN);
    const host = createWpsHost(app);
    await host.paintMarks([mark('公开01表', 'B5', 'error', '一'), mark('公开01表', 'D5', 'warning', '二')]);
    await host.clearMarks();
    assert.equal(fakeCell(app, '公开01表', 'B5').fill, null);
    assert.equal(fakeCell(app, '公开01表', 'D5').fill, '#FFFFFF', 'a white fill the user chose stays white');
    const whiteWrites = app.calls.filter(
      (c) => c.startsWith('公开01表!$B$5') && c.includes(`Color=${WHITE}`),
    );
    assert.deepEqual(whiteWrites, []);
    assert.ok(app.calls.includes('公开01表!$B$5 Interior.ColorIndex=xlNone'));
  });

  it('paints a hatched cell solid (a colour alone keeps the hatch over the mark) and restores the hatch', async () => {
    const app = fakeApplication([{ name: '表', cells: { A1: 1 } }]);
    const sheet = app.workbook.sheet('表');
    sheet.Range('A1').Interior.Color = bgrFromHex('#FFFF00');
    sheet.Range('A1').Interior.Pattern = 17; // xlPatternLightDown
    const host = createWpsHost(app);
    await host.paintMarks([mark('表', 'A1', 'error', '甲')]);
    assert.equal(sheet.Range('A1').Interior.Pattern, 1, 'xlSolid: the mark is not hidden');
    assert.equal(fakeCell(app, '表', 'A1').fill, markColorHex('error'));
    await host.clearMarks();
    assert.equal(sheet.Range('A1').Interior.Pattern, 17);
    assert.equal(fakeCell(app, '表', 'A1').fill, '#FFFF00');
  });

  it('leaves a fill the user changed after marking, and the lines the user added to a comment', async () => {
    const app = fakeApplication([{ name: '表', cells: { A1: 1, A2: 2 }, notes: { A2: '原批注' } }]);
    const host = createWpsHost(app);
    await host.paintMarks([mark('表', 'A1', 'error', '甲'), mark('表', 'A2', 'warning', '乙')]);
    const sheet = app.workbook.sheet('表');
    sheet.Range('A1').Interior.Color = bgrFromHex('#92D050');
    sheet.Range('A2').ClearComments();
    sheet.Range('A2').AddComment(`原批注\n【勾稽·警告】乙\n用户补充`);
    await host.clearMarks();
    assert.equal(fakeCell(app, '表', 'A1').fill, '#92D050');
    assert.equal(fakeCell(app, '表', 'A2').note, '原批注\n用户补充');
    assert.equal(fakeCell(app, '表', 'A2').fill, null);
  });

  it('says in Chinese when a finding points at a sheet that is gone, and when no workbook is open', async () => {
    const host = createWpsHost(fakeApplication(PLAIN));
    await assert.rejects(host.select({ sheet: '公开09表', cell: 'A1' }), /找不到工作表“公开09表”/);
    const none = createWpsHost({ ActiveWorkbook: null });
    await assert.rejects(none.readSnapshot(), /没有打开的工作簿/);
  });

  it('selects the related cells of the same sheet with the finding cell active', async () => {
    const app = fakeApplication(PLAIN);
    await createWpsHost(app).select({ sheet: '一格', cell: 'C3' }, [
      { sheet: '一格', cell: 'C1' },
      { sheet: '公开01表', cell: 'B5' },
    ]);
    assert.equal(app.Selection?.Address(), '$C$3,$C$1');
    assert.deepEqual(fakeSelection(app), { sheet: '一格', cell: 'C3' });
  });

  it('reads, paints, restores and selects where properties are zero-argument methods', async () => {
    const fixture = await corpusFixture('liujiang2022-standard');
    const plain = await createWpsHost(fakeApplication(fixture)).readSnapshot();
    const app = fakeApplication(fixture);
    const host = createWpsHost(methodStyle(app));
    assert.deepEqual(await host.readSnapshot(), plain);
    const sheet = fixture[0].name;
    await host.paintMarks([mark(sheet, 'B5', 'error', '不平')]);
    assert.equal(fakeCell(app, sheet, 'B5').fill, markColorHex('error'));
    await host.clearMarks();
    assert.equal(fakeCell(app, sheet, 'B5').fill, null);
    assert.equal(fakeCell(app, sheet, 'B5').note, null);
    await host.select({ sheet, cell: 'C6' });
    assert.deepEqual(fakeSelection(app), { sheet, cell: 'C6' });
    assert.equal(host.info.label, 'WPS 表格 12.1.0.17827');
    assert.match(host.info.diagnostics?.join('\n') ?? '', /属性以方法提供/);
    assert.match(createWpsHost(app).info.diagnostics?.join('\n') ?? '', /属性直接读写/);
  });

  it('keeps a long narrative in the document across several cells', async () => {
    const app = fakeApplication(PLAIN);
    const narrative = '一、部门基本情况\n'.repeat(3000) + '=1+1';
    await createWpsHost(app).saveState({ ignored: {}, narrative });
    const reopened = FakeApplication.open(app.save());
    const state = await createWpsHost(reopened).loadState();
    assert.equal(state?.narrative, narrative);
    const row = Object.keys(reopened.workbook.sheet(STATE_SHEET_NAME).model.cells).filter((k) =>
      k.startsWith('2,'),
    );
    assert.ok(row.length > 3, 'split over several cells');
  });

  it('connects only inside ET, with the WPS version in the label', () => {
    assert.deepEqual(connectWps({}), { status: 'absent' });
    assert.equal(connectWps({ Application: { ActiveDocument: {} } }).status, 'unsupported');
    const app = fakeApplication(PLAIN);
    const connection = connectWps({ Application: app, navigator: { userAgent: 'Chrome/104' } });
    assert.equal(connection.status, 'ready');
    if (connection.status !== 'ready') return;
    assert.equal(connection.host.info.label, 'WPS 表格 12.1.0.17827');
    assert.equal(connection.host.info.userAgent, 'Chrome/104');
    assert.equal(connection.host.info.kind, 'wps');
  });
});

describe('ribbon commands through PluginStorage', () => {
  it('hands each command to the pane once, and drops stale ones', () => {
    const app = fakeApplication(PLAIN);
    const storage = app.PluginStorage;
    storage.setItem(COMMAND_KEY, JSON.stringify({ seq: 1, action: 'check', at: 1000 }));
    assert.equal(takeCommand(storage, 2000), 'check');
    assert.equal(takeCommand(storage, 2100), null, 'done once');
    storage.setItem(COMMAND_KEY, JSON.stringify({ seq: 2, action: 'clear', at: 1000 }));
    assert.equal(takeCommand(storage, 1000 + 120_000), null, 'stale');
    assert.equal(storage.getItem(COMMAND_DONE_KEY), '2');
    storage.setItem(COMMAND_KEY, '{broken');
    assert.equal(takeCommand(storage, 3000), null);
  });

  it("reaches the pane through the host's watchCommands, so the pane needs no WPS code", () => {
    const seen: string[] = [];
    const app = fakeApplication(PLAIN);
    const host = createWpsHost(app);
    assert.ok(host.watchCommands, 'the WPS host offers commands');
    host.watchCommands((a) => seen.push(a))();
    assert.equal(seen.length, 0, 'no command pending');
    app.PluginStorage.setItem(COMMAND_KEY, JSON.stringify({ seq: 1, action: 'check', at: Date.now() }));
    host.watchCommands((a) => seen.push(a))();
    assert.deepEqual(seen, ['check']);
  });

  it('runs a command left before the pane opened, then polls', async () => {
    const app = fakeApplication(PLAIN);
    app.PluginStorage.setItem(COMMAND_KEY, JSON.stringify({ seq: 7, action: 'clear', at: Date.now() }));
    const seen: string[] = [];
    const stop = watchRibbonCommands(app, (a) => seen.push(a), { intervalMs: 5 });
    assert.deepEqual(seen, ['clear']);
    app.PluginStorage.setItem(COMMAND_KEY, JSON.stringify({ seq: 8, action: 'check', at: Date.now() }));
    await waitFor(() => seen.length === 2);
    stop();
    assert.deepEqual(seen, ['clear', 'check']);
  });
});

describe('marks colours', () => {
  it('paints the core colours as BGR', async () => {
    const app = fakeApplication(PLAIN);
    await createWpsHost(app).paintMarks([mark('公开01表', 'B5', 'error', 'x')]);
    assert.equal(
      app.workbook.sheet('公开01表').model.cells['4,1'].fill?.color,
      bgrFromHex(markColorHex('error')),
    );
  });
});
