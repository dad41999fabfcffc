/** The task pane's logic on real reports: grouping, filtering, search, 忽略, settings, export, narrative files. */

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../src/core/check';
import { findingKey } from '../../src/core/marks';
import type { Finding, Report, Severity } from '../../src/core/report';
import { BrowserHost, BrowserWorkbook, fillHex } from '../../src/hosts/browser';
import { HostError, type Host } from '../../src/hosts/host';
import {
  DEFAULT_FILTER,
  buildFindingsView,
  groupOf,
  searchKey,
} from '../../src/taskpane/logic/findings-view';
import { ignoreFinding, ignoreReasonError, unignoreFinding } from '../../src/taskpane/logic/ignore';
import { exportBaseName, reportForExport, reportWorkbook } from '../../src/taskpane/logic/export-report';
import { decodeNarrativeText, readNarrativeBytes } from '../../src/taskpane/logic/narrative-file';
import { marksToPaint, runCheck } from '../../src/taskpane/logic/run-check';
import {
  DEFAULT_SETTINGS,
  assignTable,
  assignmentsFromState,
  checkOptions,
  parseRangeInput,
  parseYearInput,
  settingsFromState,
  toggleRule,
} from '../../src/taskpane/logic/settings';
import { CORPUS, loadCase, withCells } from '../helpers';

async function narrative(unit: string): Promise<string> {
  return readFile(path.join(CORPUS, 'narratives', `${unit}.txt`), 'utf8');
}

/** The danfeng workbook with a planted error in 公开01 (C7 raised by 100), and its narrative. */
async function plantedReport(): Promise<Report> {
  const snap = withCells(await loadCase('danfeng2024-standard'), [['公开01表', 'C7', 1149.22]]);
  return checkWorkbook(snap, { narrative: await narrative('danfeng2024') });
}

/** The findings the pane counts: every finding but the consequences of a root cause in the same report. */
function topLevel(report: Report): Finding[] {
  const causes = new Set(report.findings.filter((f) => f.explains).map((f) => f.id));
  return report.findings.filter((f) => !(f.explainedBy && causes.has(f.explainedBy)));
}

function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const n: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) n[f.severity]++;
  return n;
}

describe('findings view', () => {
  it('puts errors first, then warnings, then tails, each in table order, with counts that add up', async () => {
    const report = await plantedReport();
    const view = buildFindingsView(report.findings, {}, DEFAULT_FILTER);
    const entries = view.sections.flatMap((s) => s.entries);
    // The planted figure is a root cause: its consequences fold under it and are not counted again.
    const top = topLevel(report);
    assert.ok(top.length < report.findings.length, 'the planted error has consequences');
    assert.equal(entries.length, top.length);
    assert.equal(
      entries.length + entries.reduce((n, e) => n + e.consequences.length, 0),
      report.findings.length,
    );
    assert.equal(view.shown, top.length);
    assert.deepEqual(view.totals, countBySeverity(top));
    assert.deepEqual(view.summary, countBySeverity(top));
    assert.ok(view.summary.error < report.summary.error, 'the summary counts causes, not consequences');
    const order = view.sections.map((s) => s.severity);
    assert.deepEqual(
      order,
      ['error', 'warning', 'info'].filter((s) => order.includes(s as never)),
    );
    assert.equal(order[0], 'error', 'the planted error comes first');
    // Today's report has tails (提示) in 公开01 before any warning: none comes before the last warning.
    const firstInfo = entries.findIndex((e) => e.finding.severity === 'info');
    const lastWarning = entries.map((e) => e.finding.severity).lastIndexOf('warning');
    assert.ok(firstInfo > lastWarning, `tails after warnings (${firstInfo} > ${lastWarning})`);
    for (const s of view.sections) {
      assert.ok(s.entries.every((e) => e.finding.severity === s.severity));
      const tables = s.entries.map((e) => groupOf(e.finding)).filter((g) => g.startsWith('公开'));
      assert.deepEqual(tables, [...tables].sort(), `${s.severity}: in 公开01…09 order`);
    }
  });

  it('counts follow 忽略 and the rule and search filters', async () => {
    const report = await plantedReport();
    const top = topLevel(report);
    const f = top.find((x) => x.severity === 'warning' && top.filter((y) => y.rule === x.rule).length > 1)!;
    const ignored = ignoreFinding({}, f, '已核对');
    const view = buildFindingsView(report.findings, ignored, { ...DEFAULT_FILTER, rule: f.rule });
    assert.equal(view.summary.warning, countBySeverity(top).warning - 1);
    const sameRule = top.filter((x) => x.rule === f.rule && x.severity === 'warning').length;
    assert.ok(sameRule > 1);
    assert.equal(view.totals.warning, sameRule - 1);
    // Ignoring a root cause takes it and its consequences out of the count at once.
    const cause = top.find((x) => x.explains)!;
    const noCause = buildFindingsView(report.findings, ignoreFinding({}, cause, '已核对'), DEFAULT_FILTER);
    assert.equal(noCause.summary.error, countBySeverity(top).error - 1);
  });

  it('filters by severity and by rule', async () => {
    const report = await plantedReport();
    const top = topLevel(report);
    const errors = buildFindingsView(report.findings, {}, { ...DEFAULT_FILTER, severities: ['error'] });
    assert.equal(errors.shown, countBySeverity(top).error);
    const rule = 'sum.hierarchy';
    const byRule = buildFindingsView(report.findings, {}, { ...DEFAULT_FILTER, rule });
    assert.equal(byRule.shown, top.filter((f) => f.rule === rule).length);
    assert.ok(byRule.shown > 1);
    assert.ok(byRule.rules.some((r) => r.id === rule && r.count === byRule.shown));
    // Filtering by a consequence's rule shows its cause, with the consequence under it.
    const consequence = report.findings.find((f) => f.explainedBy)!;
    const byConsequence = buildFindingsView(
      report.findings,
      {},
      { ...DEFAULT_FILTER, rule: consequence.rule },
    );
    const entries = byConsequence.sections.flatMap((s) => s.entries);
    assert.ok(
      entries.some(
        (e) =>
          e.finding.id === consequence.explainedBy && e.consequences.some((c) => c.finding === consequence),
      ),
    );
  });

  it('searches message, cell address and rule, folding full-width letters and spaces', async () => {
    const report = await plantedReport();
    const target = report.findings.find((f) => f.sheet === '公开01表' && f.severity === 'error')!;
    const byCell = buildFindingsView(
      report.findings,
      {},
      { ...DEFAULT_FILTER, search: `公开01表!${target.cell}` },
    );
    assert.ok(byCell.sections.some((s) => s.entries.some((e) => e.finding === target)));
    const wide = `公开０１表！${target.cell}`.replace('！', '!');
    assert.equal(searchKey(wide), searchKey(`公开01表!${target.cell}`));
    const none = buildFindingsView(report.findings, {}, { ...DEFAULT_FILTER, search: '不存在的字样xyz' });
    assert.equal(none.shown, 0);
    assert.equal(none.sections.length, 0);
  });

  it('sets accepted findings apart, and shows them with their reason on request', async () => {
    const report = await plantedReport();
    const top = topLevel(report);
    const f = top.find((x) => x.severity === 'error')!;
    assert.ok(ignoreReasonError('  '));
    const ignored = ignoreFinding({}, f, '  已与财政核对  ');
    assert.equal(ignored[findingKey(f)], '已与财政核对');
    const hidden = buildFindingsView(report.findings, ignored, DEFAULT_FILTER);
    assert.equal(hidden.ignored, 1);
    assert.equal(hidden.shown, top.length - 1);
    assert.equal(hidden.totals.error, countBySeverity(top).error - 1);
    const shown = buildFindingsView(report.findings, ignored, { ...DEFAULT_FILTER, showIgnored: true });
    const entry = shown.sections.flatMap((s) => s.entries).find((e) => e.finding === f)!;
    assert.equal(entry.ignoredReason, '已与财政核对');
    assert.deepEqual(unignoreFinding(ignored, f), {});
  });
});

describe('settings', () => {
  it('reads saved settings defensively and turns them into check options', () => {
    const s = settingsFromState({ year: 1066, disabledRules: ['sum.row', 'no.such.rule'], showInfo: false });
    assert.equal(s.year, null);
    assert.ok(s.disabledRules.length <= 1 && !s.disabledRules.includes('no.such.rule'));
    assert.equal(s.showInfo, false);
    assert.deepEqual(settingsFromState(undefined), DEFAULT_SETTINGS);
    assert.deepEqual(parseYearInput(' ２０２４ '), { year: 2024 });
    assert.deepEqual(parseYearInput(''), { year: null });
    assert.match((parseYearInput('24') as { error: string }).error, /四位年份/);
    const opts = checkOptions({ ...DEFAULT_SETTINGS, year: 2023 }, '   ');
    assert.equal(opts.narrative, null);
    assert.equal(opts.year, 2023);
  });

  it('the face and the table assignments the user chose are read back defensively and passed to every check', () => {
    const s = settingsFromState({ face: 'shanghai' });
    assert.equal(s.face, 'shanghai');
    assert.equal(settingsFromState({ face: 'mars' as never }).face, null);
    const saved = assignmentsFromState([
      { table: '公开05', sheet: 'Sheet5' },
      { table: '公开99', sheet: 'Sheet6' },
      { table: '公开07', sheet: 'Sheet7', range: 'A1:H40' },
      { table: '公开08', sheet: '' },
    ]);
    assert.deepEqual(saved, [
      { table: '公开05', sheet: 'Sheet5' },
      { table: '公开07', sheet: 'Sheet7', range: 'A1:H40' },
    ]);
    // A later choice for the same table or the same place replaces the earlier one.
    const next = assignTable(saved, { table: '公开05', sheet: 'Sheet9' });
    assert.deepEqual(
      next.map((a) => `${a.table}@${a.sheet}`),
      ['公开07@Sheet7', '公开05@Sheet9'],
    );
    assert.deepEqual(parseRangeInput(' a1：h40 '), { range: 'A1:H40' });
    assert.match((parseRangeInput('第三行') as { error: string }).error, /A1:H40/);
    const opts = checkOptions({ ...DEFAULT_SETTINGS, face: 'central-4' }, '', next);
    assert.equal(opts.face, 'central-4');
    assert.deepEqual(opts.assignments, next);
  });

  it('a switched-off rule gives no finding, and hidden tails are not painted', async () => {
    const report = await plantedReport();
    const rule = report.findings.find((f) => f.severity === 'error')!.rule;
    const off = toggleRule(DEFAULT_SETTINGS, rule, false);
    const again = checkWorkbook(
      withCells(await loadCase('danfeng2024-standard'), [['公开01表', 'C7', 1149.22]]),
      checkOptions(off, ''),
    );
    assert.equal(again.findings.filter((f) => f.rule === rule).length, 0);
    assert.deepEqual(toggleRule(off, rule, true).disabledRules, []);
    const noTails = marksToPaint(report, { ...DEFAULT_SETTINGS, showInfo: false }, {});
    assert.ok(noTails.every((m) => m.severity !== 'info'));
  });
});

describe('check run and export', () => {
  it('runs a check through the browser host, paints the marks, reports progress in order', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(CORPUS, 'cases', 'danfeng2024-standard.xlsx'));
    const model = new BrowserWorkbook(wb, 'danfeng.xlsx');
    const steps: number[] = [];
    const { report, notices } = await runCheck(
      { host: new BrowserHost(model), settings: DEFAULT_SETTINGS, narrative: '', ignored: {} },
      (p) => steps.push(p.fraction),
    );
    assert.deepEqual(notices, []);
    assert.deepEqual(
      steps,
      [...steps].sort((a, b) => a - b),
    );
    assert.equal(steps[steps.length - 1], 1);
    const first = report.findings.find((f) => f.sheet && f.cell)!;
    assert.ok(fillHex(model.cell(first.sheet!, first.cell!)!.fill));
  });

  it('delivers the report when painting fails (a protected sheet), with the failure in Chinese', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(CORPUS, 'cases', 'danfeng2024-standard.xlsx'));
    const browser = new BrowserHost(new BrowserWorkbook(wb, 'danfeng.xlsx'));
    let painted = 0;
    const host: Host = {
      info: browser.info,
      readSnapshot: () => browser.readSnapshot(),
      paintMarks: async () => {
        painted++;
        throw new HostError('工作表受保护，无法修改单元格格式。');
      },
      clearMarks: async () => 0,
      select: async () => undefined,
      watchEdits: () => () => undefined,
      loadState: async () => null,
      saveState: async () => undefined,
    };
    const steps: number[] = [];
    const result = await runCheck({ host, settings: DEFAULT_SETTINGS, narrative: '', ignored: {} }, (p) =>
      steps.push(p.fraction),
    );
    assert.equal(painted, 1);
    assert.ok(result.report.findings.length > 0, 'the findings are delivered');
    assert.ok(result.paintError, 'the paint failure is reported');
    assert.match(result.paintError!, /标注/);
    assert.match(result.paintError!, /工作表受保护/);
    assert.equal(steps[steps.length - 1], 1);
  });

  it('reports no paint error when painting succeeds or nothing is painted', async () => {
    const { paintError } = await runCheck(
      { host: null, settings: DEFAULT_SETTINGS, narrative: await narrative('danfeng2024'), ignored: {} },
      () => undefined,
    );
    assert.equal(paintError, null);
  });

  it('checks a narrative alone when no workbook is open', async () => {
    const { report } = await runCheck(
      { host: null, settings: DEFAULT_SETTINGS, narrative: await narrative('danfeng2024'), ignored: {} },
      () => undefined,
    );
    assert.equal(report.workbook, null);
    assert.equal(report.year, 2024);
  });

  it('exports the report without accepted findings and an .xlsx with only 审核结果', async () => {
    const report = await plantedReport();
    const f = report.findings[0];
    const exported = reportForExport(report, ignoreFinding({}, f, '理由'));
    assert.equal(exported.findings.length, report.findings.length - 1);
    assert.equal(exported.ignored[0].reason, '理由');
    assert.equal(exported.schema, 'gouji.report/1');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await reportWorkbook(exported)) as unknown as ArrayBuffer);
    assert.deepEqual(
      wb.worksheets.map((w) => w.name),
      ['审核结果'],
    );
    assert.equal(wb.worksheets[0].getCell('F2').value, exported.findings[0].message);
    assert.equal(exportBaseName({ ...report, workbook: '丹凤.xlsx' }), '丹凤');
  });
});

describe('narrative files', () => {
  it('reads UTF-8 with a BOM and GBK text', async () => {
    const text = await narrative('danfeng2024');
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    assert.equal(await readNarrativeBytes(utf8, '说明.txt'), text);
    // 情况说明 in GBK, as Chinese Windows saves a .txt.
    assert.equal(
      decodeNarrativeText(new Uint8Array([0xc7, 0xe9, 0xbf, 0xf6, 0xcb, 0xb5, 0xc3, 0xf7])),
      '情况说明',
    );
  });

  it('refuses an old .doc and a broken .docx with a Chinese message', async () => {
    await assert.rejects(
      readNarrativeBytes(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), '说明.doc'),
      /另存为 \.docx/,
    );
    await assert.rejects(
      readNarrativeBytes(new TextEncoder().encode('abc'), '说明.docx'),
      /不是有效的 \.docx/,
    );
    await assert.rejects(
      readNarrativeBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]), '坏.docx'),
      /已损坏/,
    );
  });
});
