/**
 * The Excel host under the payload limit of Excel on the web (5 MB a request and a response): big
 * reads, big paints, and the reads that used to go unbudgeted (comments, notes, the saved record).
 */

import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { markColorHex, type Mark } from '../../src/core/marks';
import { toA1 } from '../../src/core/address';
import { createExcelHost } from '../../src/hosts/excel';
import { FakeExcel, type FakeSheet } from '../fakes/excel/fake-excel';
import { FakeContext } from '../fakes/excel/context';
import { MAX_SETTINGS_BYTES } from '../fakes/excel/workbook';
import { summarySheets } from '../../bench/synth';
import type { CellValue } from '../../src/core/snapshot';
import { documentOf, mark, scattered, SEVERITIES } from './excel-helpers';

describe('Excel host: payload under the 5 MB cap of Excel on the web', () => {
  it('reads 1,000 × 100 cells of text (over 6 MB of values) in several syncs under the cap', async () => {
    const cells: Record<string, string> = {};
    for (let r = 0; r < 1000; r++)
      for (let c = 0; c < 100; c++) cells[toA1(r, c)] = `一般公共预算财政拨款收入第${r}行${c}`;
    const fake = FakeExcel.create([{ name: '大表', cells }]);
    const snap = await createExcelHost(fake.run, fake.env).readSnapshot();
    assert.equal(snap.sheets[0].values.length, 1000);
    assert.equal(snap.sheets[0].values[999][99], cells[toA1(999, 99)]);
    assert.ok(fake.syncs > 3, 'the values came in several syncs');
  });

  it('reads rows of numbers, then rows of Chinese text (about 7 MB) under the cap', async () => {
    const cells: Record<string, string | number> = {};
    for (let r = 0; r < 5000; r++)
      for (let c = 0; c < 40; c++) cells[toA1(r, c)] = r < 3000 ? r + c : `${'说明文字'.repeat(6)}${r}`;
    const fake = FakeExcel.create([{ name: '先数后文', cells }]);
    const snap = await createExcelHost(fake.run, fake.env).readSnapshot();
    assert.equal(snap.sheets[0].values.length, 5000);
    assert.equal(snap.sheets[0].values[2999][39], 3038);
    // The text rows weigh more than the numbers read before them: an answer refused is read again in halves.
    assert.equal(snap.sheets[0].values[4999][0], cells[toA1(4999, 0)]);
  });

  it('reads 2,000 × 40 cells of long Chinese text (about 9.5 MB) by halving the blocks', async () => {
    const cells: Record<string, string> = {};
    for (let r = 0; r < 2000; r++)
      for (let c = 0; c < 40; c++)
        cells[toA1(r, c)] =
          `说明文字第${r}行第${c}列：本部门收支总体情况较上年有所增加，主要原因是人员经费增加`;
    const fake = FakeExcel.create([{ name: '说明', cells }]);
    const snap = await createExcelHost(fake.run, fake.env).readSnapshot();
    assert.equal(snap.sheets[0].values.length, 2000);
    assert.equal(snap.sheets[0].values[1999][39], cells[toA1(1999, 39)]);
  });

  it('paints and clears 10,000 findings with long messages (over 5 MB of notes) under the cap', async () => {
    const { sheets, marks } = scattered(10000);
    const long = marks.map((m, i) => ({
      ...m,
      note: `${m.note}${'收支不平衡，请核对本表与公开01表的对应数。'.repeat(10)}${i}`,
    }));
    const fake = FakeExcel.create(sheets);
    const before = documentOf(fake);
    const host = createExcelHost(fake.run, fake.env);
    await host.paintMarks(long);
    assert.match(fake.note('数据', long[9999].cell) ?? '', /9999$/);
    await host.clearMarks();
    assert.deepEqual(documentOf(fake), before);
  });

  it('below ExcelApi 1.18, repaints and clears 10,000 long threaded comments (over 8 MB) in pages', async () => {
    const { sheets, marks } = scattered(10000);
    const long = marks.map((m, i) => ({
      ...m,
      note: `${m.note}${'收支不平衡，请核对本表与公开01表的对应数。'.repeat(10)}${i}`,
    }));
    const fake = FakeExcel.create(
      sheets.map((s) => ({ ...s, notes: undefined, comments: s.notes })),
      { apiMinor: 14 },
    );
    const before = documentOf(fake);
    const host = createExcelHost(fake.run, fake.env);
    await host.paintMarks(long);
    await host.paintMarks(long.slice(0, 9000));
    assert.equal(fake.thread('数据', long[9998].cell), null);
    assert.match(fake.thread('数据', long[8999].cell) ?? '', /8999$/);
    await host.clearMarks();
    assert.deepEqual(documentOf(fake), before);
  });

  it('on ExcelApi 1.18, clears 10,000 notes of about 500 Chinese characters (over 6 MB of reads)', async () => {
    const { sheets, marks } = scattered(10000);
    const long = marks.map((m, i) => ({
      ...m,
      note: `${m.note}${'收支不平衡，请核对本表与公开01表的对应数。'.repeat(30)}${i}`,
    }));
    const fake = FakeExcel.create(sheets, { apiMinor: 18 });
    const before = documentOf(fake);
    const host = createExcelHost(fake.run, fake.env);
    await host.paintMarks(long);
    await host.clearMarks();
    assert.deepEqual(documentOf(fake), before);
  });

  it('with the structure protected (no gouji_state), keeps the record under the 2 MB of settings: marks what fits, errors first, says so; a later Excel restores all from it', async () => {
    const { sheets, marks } = scattered(10000);
    const notes: Record<string, string> = {};
    for (const m of marks)
      notes[m.cell] = `用户自己的长批注：${'本单元格的数据来自部门决算报表，'.repeat(12)}${m.cell}`;
    const fake = FakeExcel.create([{ ...sheets[0], notes }], { apiMinor: 18 });
    const before = documentOf(fake);
    const host = createExcelHost(fake.run, fake.env);
    fake.refuse.add('structure');
    await assert.rejects(host.paintMarks(marks), (e: Error) => {
      assert.match(e.message, /个单元格没有标记：Excel 的工作簿设置最多保存 2 MB/);
      return true;
    });
    const settings = fake.doc.settings as Record<string, unknown>;
    const total = Object.entries(settings).reduce(
      (n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(JSON.stringify(v)),
      0,
    );
    assert.ok(total <= MAX_SETTINGS_BYTES && total > MAX_SETTINGS_BYTES / 2, `${total} bytes of settings`);
    const painted = marks.filter(
      (m) => fake.fill('数据', m.cell) !== null && fake.fill('数据', m.cell) !== '#00B0F0',
    );
    const unmarked = host.lastPaint?.unmarked ?? 0;
    assert.ok(unmarked > 0 && painted.length > 1000, `${painted.length} painted, ${unmarked} not`);
    // The errors alone need more than the settings hold: the marks painted are errors only.
    assert.ok(
      painted.every((m) => m.severity === 'error'),
      'errors first',
    );
    assert.ok(painted.every((m) => fake.fill('数据', m.cell) === markColorHex('error')));
    const reopened = FakeExcel.open(fake.serialize(), { apiMinor: 18 });
    await createExcelHost(reopened.run, reopened.env).clearMarks();
    assert.deepEqual(documentOf(reopened), before);
    assert.deepEqual(
      Object.keys(reopened.doc.settings).filter((k) => k.startsWith('gouji.marks')),
      [],
    );
  });

  it("keeps ignores and settings when last year's file is too large for the settings: it alone is left out, and said", async () => {
    const fake = FakeExcel.create([{ name: '表', cells: { A1: 1 } }]);
    const host = createExcelHost(fake.run, fake.env);
    const values: CellValue[][] = Array.from({ length: 8000 }, (_, r) => [
      `第${r}行的科目名称`,
      r * 1.25,
      '说明文字',
    ]);
    const lastYear = {
      file: '上年.xlsx',
      source: 'xlsx' as const,
      snapshot: {
        name: '上年.xlsx',
        sheets: [{ name: '公开01', originRow: 0, originCol: 0, values, merges: [] }],
      },
      narrative: null,
    };
    await assert.rejects(
      host.saveState({ ignored: { f1: '已说明' }, narrative: '情况说明', lastYear }),
      /上年决算“上年.xlsx”超过工作簿设置能保存的长度/,
    );
    const saved = await host.loadState();
    assert.deepEqual(saved?.ignored, { f1: '已说明' });
    assert.equal(saved?.narrative, '情况说明', 'the narrative fits once last year is left out');
    assert.equal(saved?.lastYear ?? null, null);
  });

  it('the fake refuses, as Excel does, settings past 2 MB', async () => {
    const fake = FakeExcel.create([{ name: '表', cells: { A1: 1 } }]);
    await assert.rejects(
      fake.run(async (ctx) => {
        ctx.workbook.settings.add('a', 'x'.repeat(1024 * 1024));
        ctx.workbook.settings.add('b', 'y'.repeat(1024 * 1024));
        await ctx.sync();
      }),
      (e: { code?: string }) => e.code === 'InvalidArgument',
    );
    assert.deepEqual(Object.keys(fake.doc.settings), ['a'], 'the first stays, as a batch stopped part-way');
  });
});

describe('Excel on the web: a 200-unit 汇总 and 10,000 findings under the 5 MB cap', () => {
  it('reads the 汇总 whole, paints 10,000 marks and restores every cell exactly', async () => {
    const { sheets: plans } = await summarySheets({ units: 200 });
    const sheets: FakeSheet[] = plans.map((p) => {
      const cells: Record<string, CellValue> = {};
      p.rows.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v !== null && v !== '') cells[toA1(r, c)] = v;
        }),
      );
      return { name: p.name, cells, merges: p.merges };
    });
    FakeContext.largestRequest = 0;
    FakeContext.largestResponse = 0;
    const fake = FakeExcel.create(sheets, { fillReadings: 'patternNull' });
    const before = documentOf(fake);
    const host = createExcelHost(fake.run, fake.env);
    const snap = await host.readSnapshot();
    assert.equal(snap.sheets.length, plans.length);
    const last = plans[plans.length - 1];
    assert.equal(snap.sheets[plans.length - 1].values.length, last.rows.length);
    const readSyncs = fake.syncs;
    // Pages sized from the answers' own weight (3.6 MB of values), not from their longest cell.
    assert.ok(readSyncs <= 6, `read in ${readSyncs} syncs`);
    assert.ok(Math.max(FakeContext.largestRequest, FakeContext.largestResponse) <= 4 * 1024 * 1024);
    // 10,000 findings on the figures of the unit sheets.
    const marks: Mark[] = [];
    for (const s of snap.sheets.slice(1)) {
      s.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (marks.length < 10000 && typeof v === 'number')
            marks.push(
              mark(
                s.name,
                toA1(s.originRow + r, s.originCol + c),
                SEVERITIES[marks.length % 3],
                `第 ${marks.length} 个问题：与部门汇总不一致`,
              ),
            );
        }),
      );
    }
    assert.equal(marks.length, 10000);
    await host.paintMarks(marks);
    assert.equal(fake.fill(marks[9999].sheet, marks[9999].cell), markColorHex(marks[9999].severity));
    await host.clearMarks();
    assert.deepEqual(documentOf(fake), before);
    assert.ok(Math.max(FakeContext.largestRequest, FakeContext.largestResponse) < 4.5 * 1024 * 1024);
    assert.ok(readSyncs >= 3 && fake.syncs > readSyncs);
  });
});
