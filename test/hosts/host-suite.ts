/**
 * The one host test suite that every host passes (Excel over a fake object model, WPS over a fake ET
 * object model, the browser page's in-memory workbook). A host test file builds a harness factory and
 * calls hostSuite(name, factory).
 */

import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { checkWorkbook } from '../../src/core/check';
import { marksFromFindings, markColorHex, markFillHex, NOTE_PREFIX, type Mark } from '../../src/core/marks';
import type { CellRange, CellValue, WorkbookSnapshot } from '../../src/core/snapshot';
import { toA1 } from '../../src/core/address';
import type { Host } from '../../src/hosts/host';
import { loadCase } from '../helpers';
import { annotatedCopyOf } from './annotated-copy-fixture';

/** A sheet as the user left it: values, their own fills ('#RRGGBB') and their own notes. */
export interface FixtureSheet {
  name: string;
  cells: Record<string, CellValue>;
  fills?: Record<string, string>;
  notes?: Record<string, string>;
  merges?: CellRange[];
  /** Excel.SheetVisibility: 'VeryHidden' for a sheet the user cannot show (xlSheetVeryHidden). */
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
}

export interface HostHarness {
  host: Host;
  /** The cell's fill as upper-case '#RRGGBB', or null when the cell has no fill. */
  fill(sheet: string, cell: string): string | null;
  /** The cell's note or comment text, or null when it has none. */
  note(sheet: string, cell: string): string | null;
  /** The cell's value as the host holds it (painting must never change it). */
  value(sheet: string, cell: string): CellValue;
  /** The active sheet and the address of the active cell. */
  selection(): { sheet: string; cell: string } | null;
  /** Simulate the user selecting a range ("A1:B3") or a cell on a sheet, as with the mouse. */
  userSelect(sheet: string, range: string): void;
  /** Simulate the user typing a value into a cell (the host's change event fires). */
  userEdit(sheet: string, cell: string, value: CellValue): void;
  /**
   * Whether the host's API sees the notes (legacy comments) a file carries; false for Excel below
   * ExcelApi 1.18, which sees threaded comments only. Absent is true.
   */
  seesNotes?: boolean;
  /** Save, close and reopen the document: a fresh host on what was saved. */
  reopen(): Promise<HostHarness>;
  /** Save the document and open it in the other add-in's host (Excel ↔ WPS), each over its strict fake. */
  inOtherHost?(): Promise<HostHarness>;
  /** The bytes of the document's settings, for hosts that have them (Excel: 2 MB at most). */
  settingsBytes?(): number;
}

export type HarnessFactory = (sheets: FixtureSheet[]) => Promise<HostHarness>;

export interface SuiteFeatures {
  /** The name of the other add-in's host, when the harness can carry the workbook to it. */
  otherHost?: string;
}

/** 2 MB: what Excel keeps of a document's settings (office-js issues 621, 3957). */
const SETTINGS_CAP = 2 * 1024 * 1024;

/** A corpus workbook as fixture sheets (values and merges). */
export async function corpusFixture(id: string): Promise<FixtureSheet[]> {
  return fixtureFromSnapshot(await loadCase(id));
}

export function fixtureFromSnapshot(snapshot: WorkbookSnapshot): FixtureSheet[] {
  return snapshot.sheets.map((s) => {
    const cells: Record<string, CellValue> = {};
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== '') cells[toA1(s.originRow + r, s.originCol + c)] = v;
      }),
    );
    return { name: s.name, cells, merges: s.merges };
  });
}

function comparable(snapshot: WorkbookSnapshot) {
  return checkWorkbook(snapshot).findings.map(
    (f) => `${f.rule} ${f.sheet ?? ''}!${f.cell ?? ''} ${f.message}`,
  );
}

const SMALL: FixtureSheet[] = [
  {
    name: '表一',
    cells: { B3: '项目', C3: '金额', B4: '甲', C4: 1.5, B5: '乙', C5: 2, D9: '远处' },
    fills: { C4: '#00B0F0' },
    notes: { C5: '用户自己的批注' },
  },
  { name: '表 二', cells: { A1: 'x', A2: 3 } },
];

function mark(sheet: string, cell: string, severity: Mark['severity'], text: string): Mark {
  const f = { rule: 'test.rule', severity, message: text, sheet, cell };
  return marksFromFindings([f])[0];
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** 2,500 marks on cells whose users' notes are long: more than 2 MB of originals to keep. */
function manyMarks(): { sheets: FixtureSheet[]; marks: Mark[] } {
  const cells: Record<string, CellValue> = {};
  const notes: Record<string, string> = {};
  const fills: Record<string, string> = {};
  const marks: Mark[] = [];
  const severities: Mark['severity'][] = ['error', 'warning', 'info'];
  for (let i = 0; i < 2500; i++) {
    const a1 = toA1(Math.floor(i / 25) * 2, (i % 25) * 2);
    cells[a1] = i;
    notes[a1] = `用户自己的长批注：${'本单元格的数据来自部门决算报表，'.repeat(18)}${a1}`;
    if (i % 7 === 0) fills[a1] = '#00B0F0';
    marks.push(mark('数据', a1, severities[i % 3], `第 ${i} 个问题`));
  }
  return {
    sheets: [
      { name: '数据', cells, notes, fills },
      { name: '说明', cells: { A1: '其他' } },
    ],
    marks,
  };
}

export function hostSuite(name: string, factory: HarnessFactory, features: SuiteFeatures = {}): void {
  describe(`host suite: ${name}`, () => {
    it('paints 2,500 marks over long notes (over 2 MB of originals), every one, and clears them exactly after reopening', async () => {
      const { sheets, marks } = manyMarks();
      const h = await factory(sheets);
      await h.host.paintMarks(marks);
      for (const m of marks) assert.equal(h.fill('数据', m.cell), markFillHex(m), m.cell);
      // Excel's settings hold 2 MB in all (its fake refuses more): the originals are kept elsewhere.
      if (h.settingsBytes) assert.ok(h.settingsBytes() <= SETTINGS_CAP / 8, `${h.settingsBytes()} bytes`);
      const reopened = await h.reopen();
      assert.equal(await reopened.host.clearMarks(), marks.length);
      for (const [a1, fill] of Object.entries(sheets[0].fills ?? {}))
        assert.equal(reopened.fill('数据', a1), fill, a1);
      const notes = sheets[0].notes ?? {};
      for (const m of marks) {
        if (!sheets[0].fills?.[m.cell]) assert.equal(reopened.fill('数据', m.cell), null, m.cell);
        if (reopened.seesNotes !== false) assert.equal(reopened.note('数据', m.cell), notes[m.cell], m.cell);
      }
      assert.deepEqual(
        (await reopened.host.readSnapshot()).sheets.map((s) => s.name),
        ['数据', '说明'],
      );
    }, 300000);

    if (features.otherHost) {
      const other = features.otherHost;
      const painted = () => [
        mark('表一', 'C4', 'error', '甲不对'),
        mark('表一', 'C5', 'warning', '乙可疑'),
        mark('表 二', 'A2', 'info', '尾差'),
      ];
      const assertRestored = (h: HostHarness, seesNotes: boolean) => {
        assert.equal(h.fill('表一', 'C4'), '#00B0F0');
        assert.equal(h.fill('表一', 'C5'), null, 'no fill comes back as no fill, not white');
        assert.equal(h.fill('表 二', 'A2'), null);
        assert.equal(h.value('表一', 'C4'), 1.5);
        if (seesNotes) {
          assert.equal(h.note('表一', 'C5'), '用户自己的批注');
          assert.equal(h.note('表一', 'C4'), null);
        }
      };

      it(`a workbook marked here is cleared in ${other}, exactly, and its record goes`, async () => {
        const h = await factory(SMALL);
        await h.host.paintMarks(painted());
        const there = await h.inOtherHost!();
        assert.equal(there.fill('表一', 'C4'), markFillHex(painted()[0]), 'the marks travel with the file');
        assert.equal(await there.host.clearMarks(), 3);
        assertRestored(there, h.seesNotes !== false && there.seesNotes !== false);
        assert.deepEqual(
          (await there.host.readSnapshot()).sheets.map((s) => s.name),
          ['表一', '表 二'],
        );
        // Back here, nothing is left to restore: the record was emptied there.
        const back = await there.inOtherHost!();
        assert.equal(await back.host.clearMarks(), 0);
        assertRestored(back, h.seesNotes !== false && there.seesNotes !== false);
      });

      it(`a workbook marked in ${other} is cleared here, exactly`, async () => {
        const there = await (await factory(SMALL)).inOtherHost!();
        await there.host.paintMarks(painted());
        const h = await there.inOtherHost!();
        assert.equal(h.fill('表 二', 'A2'), markFillHex(painted()[2]));
        assert.equal(await h.host.clearMarks(), 3);
        assertRestored(h, h.seesNotes !== false && there.seesNotes !== false);
        assert.equal(await h.host.clearMarks(), 0, 'a second 清除标记 finds nothing left');
      });
    }

    it('clears the marks of a copy made by the command line or the browser page, and drops its record', async () => {
      const finding = (cell: string) => ({
        rule: 'test.rule',
        severity: 'error' as const,
        message: `问题 ${cell}`,
        sheet: '表一',
        cell,
      });
      const copy = await annotatedCopyOf(SMALL, [finding('C4'), finding('C5'), finding('B4')]);
      assert.equal(copy.find((s) => s.name === '勾稽_原格式')?.visibility, 'VeryHidden');
      const h = await factory(copy);
      assert.equal(h.fill('表一', 'C4'), markFillHex({ severity: 'error' }));
      await h.host.clearMarks();
      assert.equal(h.fill('表一', 'C4'), '#00B0F0');
      assert.equal(h.fill('表一', 'C5'), null);
      assert.equal(h.fill('表一', 'B4'), null);
      if (h.seesNotes !== false) {
        assert.equal(h.note('表一', 'C5'), '用户自己的批注');
        assert.equal(h.note('表一', 'C4'), null);
      }
      assert.equal(h.value('表一', 'C4'), 1.5);
      const after = await (await h.reopen()).host.readSnapshot();
      assert.deepEqual(
        after.sheets.map((s) => s.name),
        ['表一', '表 二'],
      );
    });

    it('reads every sheet with its origin, values and blanks', async () => {
      const h = await factory(SMALL);
      const snap = await h.host.readSnapshot();
      assert.deepEqual(
        snap.sheets.map((s) => s.name),
        ['表一', '表 二'],
      );
      const one = snap.sheets[0];
      const at = (a1: string): CellValue => {
        const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
        const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
        const row = Number(m[2]) - 1;
        return one.values[row - one.originRow]?.[col - one.originCol] ?? null;
      };
      assert.equal(at('B3'), '项目');
      assert.equal(at('C4'), 1.5);
      assert.equal(at('C5'), 2);
      assert.equal(at('D9'), '远处');
      assert.equal(at('C6'), null);
      assert.ok(one.originRow <= 2 && one.originCol <= 1, 'origin at or before B3');
    });

    it('gives the core the same findings as the file reader on a real corpus workbook', async () => {
      const file = await loadCase('danfeng2024-standard');
      const h = await factory(fixtureFromSnapshot(file));
      const snap = await h.host.readSnapshot();
      assert.deepEqual(comparable(snap), comparable(file));
    });

    it('paints a consequence of a root cause lighter than its culprit, and clears both', async () => {
      const h = await factory(SMALL);
      const culprit = mark('表一', 'C4', 'error', '甲应为 2.5');
      const consequence: Mark = { ...mark('表一', 'C5', 'error', '乙因甲不平'), consequence: true };
      await h.host.paintMarks([culprit, consequence]);
      assert.equal(h.fill('表一', 'C4'), markFillHex(culprit));
      assert.equal(h.fill('表一', 'C5'), markFillHex(consequence));
      assert.notEqual(markFillHex(consequence), markFillHex(culprit));
      await h.host.clearMarks();
      assert.notEqual(h.fill('表一', 'C4'), markFillHex(culprit));
      assert.notEqual(h.fill('表一', 'C5'), markFillHex(consequence));
    });

    it('paints a fill by severity and a note, and never changes a value', async () => {
      const h = await factory(SMALL);
      await h.host.paintMarks([
        mark('表一', 'C4', 'error', '甲不对'),
        mark('表一', 'C5', 'warning', '乙可疑'),
        mark('表 二', 'A2', 'info', '尾差'),
      ]);
      assert.equal(h.fill('表一', 'C4'), markColorHex('error'));
      assert.equal(h.fill('表一', 'C5'), markColorHex('warning'));
      assert.equal(h.fill('表 二', 'A2'), markColorHex('info'));
      assert.equal(h.value('表一', 'C4'), 1.5);
      assert.equal(h.value('表 二', 'A2'), 3);
      if (h.host.info.notes !== 'none') {
        assert.match(h.note('表一', 'C4') ?? '', /甲不对/);
        const kept = h.note('表一', 'C5') ?? '';
        assert.match(kept, /用户自己的批注/, "the user's own note is kept");
        assert.match(kept, /乙可疑/);
        assert.ok(kept.includes(NOTE_PREFIX));
      }
    });

    it('restores fills and notes exactly on clear', async () => {
      const h = await factory(SMALL);
      await h.host.paintMarks([
        mark('表一', 'C4', 'error', '甲不对'),
        mark('表一', 'C5', 'warning', '乙可疑'),
      ]);
      assert.equal(await h.host.clearMarks(), 2);
      assert.equal(h.fill('表一', 'C4'), '#00B0F0');
      assert.equal(h.fill('表一', 'C5'), null, 'no fill comes back as no fill, not white');
      assert.equal(h.note('表一', 'C5'), '用户自己的批注');
      assert.equal(h.note('表一', 'C4'), null);
    });

    it('restores exactly after the workbook was saved, closed and reopened', async () => {
      const h = await factory(SMALL);
      await h.host.paintMarks([
        mark('表一', 'C4', 'error', '甲不对'),
        mark('表一', 'C5', 'warning', '乙可疑'),
      ]);
      const reopened = await h.reopen();
      assert.equal(reopened.fill('表一', 'C4'), markColorHex('error'), 'marks are saved with the workbook');
      assert.equal(await reopened.host.clearMarks(), 2, 'the cells of the earlier session are counted');
      assert.equal(reopened.fill('表一', 'C4'), '#00B0F0');
      assert.equal(reopened.fill('表一', 'C5'), null);
      assert.equal(reopened.note('表一', 'C5'), '用户自己的批注');
      assert.equal(reopened.note('表一', 'C4'), null);
    });

    it('painting twice keeps the first originals (no mark is taken for a user fill)', async () => {
      const h = await factory(SMALL);
      await h.host.paintMarks([mark('表一', 'C4', 'error', '一')]);
      await h.host.paintMarks([mark('表一', 'C4', 'warning', '二'), mark('表一', 'B4', 'info', '三')]);
      assert.equal(h.fill('表一', 'C4'), markColorHex('warning'));
      if (h.host.info.notes !== 'none') assert.doesNotMatch(h.note('表一', 'C4') ?? '', /一$/m);
      await h.host.clearMarks();
      assert.equal(h.fill('表一', 'C4'), '#00B0F0');
      assert.equal(h.fill('表一', 'B4'), null);
    });

    it('selects the cell of a finding on its sheet', async () => {
      const h = await factory(SMALL);
      await h.host.select({ sheet: '表 二', cell: 'A2' });
      assert.deepEqual(h.selection(), { sheet: '表 二', cell: 'A2' });
      await h.host.select({ sheet: '表一', cell: 'C5' }, [{ sheet: '表一', cell: 'C4' }]);
      assert.equal(h.selection()?.sheet, '表一');
    });

    it("reads the user's selection as its sheet and one rectangle (设为公开NN 用当前选区)", async () => {
      const h = await factory(SMALL);
      const host = h.host;
      assert.ok(host.readSelection, 'the host can read the selection');
      h.userSelect('表 二', 'A1:B3');
      assert.deepEqual(await host.readSelection(), { sheet: '表 二', range: 'A1:B3' });
      h.userSelect('表一', 'C4');
      assert.deepEqual(await host.readSelection(), { sheet: '表一', range: 'C4' });
      await host.select({ sheet: '表 二', cell: 'A2' });
      assert.deepEqual(await host.readSelection(), { sheet: '表 二', range: 'A2' }, 'what the pane selected');
    });

    it('tells of user edits, not of its own painting, and stops when asked', async () => {
      const h = await factory(SMALL);
      let edits = 0;
      const stop = h.host.watchEdits(() => edits++);
      await h.host.paintMarks([mark('表一', 'C4', 'error', '甲不对')]);
      await h.host.clearMarks();
      await tick(); // hosts raise change events after the batch that made them
      assert.equal(edits, 0, 'painting and clearing are not edits');
      h.userEdit('表一', 'C4', 9);
      await tick();
      assert.equal(edits, 1);
      stop();
      h.userEdit('表一', 'C4', 10);
      await tick();
      assert.equal(edits, 1);
    });

    it('keeps the document state (忽略 with reasons) in the document', async () => {
      const h = await factory(SMALL);
      assert.equal(await h.host.loadState(), null);
      await h.host.saveState({ ignored: { 'sum.row|表一!C4||': '已与财政核对' }, settings: { year: 2024 } });
      const reopened = await h.reopen();
      const state = await reopened.host.loadState();
      assert.equal(state?.ignored['sum.row|表一!C4||'], '已与财政核对');
      assert.equal(state?.settings?.year, 2024);
    });
  });
}
