/**
 * The harnesses of the shared host suite for Excel (over the fake office.js) and WPS (over the fake ET),
 * and the carrying of a saved workbook from one to the other as a saved .xlsx keeps it: values, solid
 * fills, notes (WPS's comments are Excel's notes) and sheet visibility. Threaded comments stay behind:
 * the fake ET has none.
 */

import { toA1 } from '../../src/core/address';
import { createExcelHost } from '../../src/hosts/excel';
import { createWpsHost } from '../../src/hosts/wps';
import type { EtApplication } from '../../src/hosts/wps/et';
import type { FillReadings, LibrarySurface } from '../fakes/excel/context';
import { FakeExcel, type FakeSheet } from '../fakes/excel/fake-excel';
import {
  fakeApplication,
  fakeCell,
  fakeSelection,
  FakeApplication,
  hex,
  XL_NONE,
  XL_SHEET_HIDDEN,
  XL_SHEET_VERY_HIDDEN,
} from '../fakes/wps';
import { methodStyle } from '../fakes/wps/method-style';
import type { FixtureSheet, HostHarness } from './host-suite';

export interface ExcelConfig {
  apiMinor: number;
  library?: LibrarySurface;
  fillReadings?: FillReadings;
  /** Where the fixture's notes go: notes (批注, default) or threaded comments (评论). */
  userNotes?: 'notes' | 'comments';
  /** A legacy note on '表 二'!A2 (a marked cell) that an API below 1.18 cannot see. */
  legacyNote?: boolean;
}

/** The bytes of a document's settings, as the 2 MB cap counts them. */
export function settingsBytes(fake: FakeExcel): number {
  return Object.entries(fake.doc.settings).reduce(
    (n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(JSON.stringify(v)),
    0,
  );
}

type ToOther<T> = (saved: T) => HostHarness;

/** `toOther`: how the saved workbook opens in WPS (by default in a WPS that carries it back here). */
export function excelHarness(
  fake: FakeExcel,
  config: ExcelConfig,
  toOther: ToOther<FakeExcel> = (saved) =>
    wpsHarness(excelToWps(saved), false, (app) => excelHarness(wpsToExcel(app, config.apiMinor), config)),
): HostHarness {
  const options = { apiMinor: config.apiMinor, library: config.library, fillReadings: config.fillReadings };
  return {
    host: createExcelHost(fake.run, fake.env),
    seesNotes: config.apiMinor >= 18 && config.library !== 'stale' && config.userNotes !== 'comments',
    fill: (sheet, cell) => fake.fill(sheet, cell),
    // The legacy note planted by the configuration is not the fixture's: the suite sees the rest.
    note: (sheet, cell) =>
      config.legacyNote && sheet === '表 二' && cell === 'A2'
        ? fake.thread(sheet, cell)
        : fake.note(sheet, cell),
    value: (sheet, cell) => fake.value(sheet, cell),
    selection: () =>
      fake.selection && fake.activeSheet === fake.selection.sheet
        ? { sheet: fake.selection.sheet, cell: fake.selection.cells[0] }
        : null,
    userSelect: (sheet, range) => fake.userSelect(sheet, range),
    userEdit: (sheet, cell, value) => fake.userEdit(sheet, cell, value),
    settingsBytes: () => settingsBytes(fake),
    reopen: async () => excelHarness(FakeExcel.open(fake.serialize(), options), config, toOther),
    inOtherHost: async () => toOther(FakeExcel.open(fake.serialize(), options)),
  };
}

export function excelFake(sheets: FixtureSheet[], config: ExcelConfig): FakeExcel {
  const fake = FakeExcel.create(
    sheets.map((s) =>
      config.userNotes === 'comments' ? { ...s, notes: undefined, comments: s.notes } : { ...s },
    ),
    { apiMinor: config.apiMinor, library: config.library, fillReadings: config.fillReadings },
  );
  const second = fake.doc.sheets.find((s) => s.name === '表 二');
  if (config.legacyNote && second) second.notes.A2 = '旧式批注（API 1.18 以下看不到）';
  return fake;
}

/** `toOther`: how the saved workbook opens in Excel (by default ExcelApi 1.18, carrying it back here). */
export function wpsHarness(
  app: FakeApplication,
  methods = false,
  toOther: ToOther<FakeApplication> = (saved) =>
    excelHarness(wpsToExcel(saved, 18), { apiMinor: 18 }, (fake) => wpsHarness(excelToWps(fake), methods)),
): HostHarness {
  return {
    host: createWpsHost(methods ? methodStyle(app) : (app as unknown as EtApplication), {
      userAgent: 'fake ET',
    }),
    fill: (sheet, cell) => fakeCell(app, sheet, cell).fill,
    note: (sheet, cell) => fakeCell(app, sheet, cell).note,
    value: (sheet, cell) => fakeCell(app, sheet, cell).value,
    selection: () => fakeSelection(app),
    userSelect: (sheet, range) => app.userSelect(sheet, range),
    userEdit: (sheet, cell, value) => app.userEdit(sheet, cell, value),
    reopen: async () => wpsHarness(FakeApplication.open(app.save()), methods, toOther),
    inOtherHost: async () => toOther(FakeApplication.open(app.save())),
  };
}

/** The WPS workbook as Excel opens the saved file. */
export function wpsToExcel(app: FakeApplication, apiMinor = 18): FakeExcel {
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
  return FakeExcel.create(sheets, { apiMinor });
}

/** The Excel workbook as WPS opens the saved file (threaded comments left behind). */
export function excelToWps(fake: FakeExcel): FakeApplication {
  const sheets: FixtureSheet[] = fake.doc.sheets.map((s) => {
    const out: FixtureSheet = { name: s.name, cells: {}, fills: {}, notes: { ...s.notes } };
    if (s.visibility && s.visibility !== 'Visible') out.visibility = s.visibility;
    for (const [a1, c] of Object.entries(s.cells)) {
      if (c.value !== undefined && c.value !== null && c.value !== '') out.cells[a1] = c.value;
      if (c.fill && c.fill.pattern !== 'None') out.fills![a1] = c.fill.color;
    }
    return out;
  });
  const app = fakeApplication(sheets);
  // fakeApplication shows a Hidden sheet: hide it again as the file keeps it.
  for (const s of fake.doc.sheets)
    if (s.visibility === 'Hidden') {
      const model = app.workbook.model.sheets.find((m) => m.name === s.name);
      if (model) model.visible = XL_SHEET_HIDDEN;
    }
  return app;
}
