/**
 * Issue 17 items 6 and 7: the pane's export. 审核结果 lists the accepted (忽略) findings with their reasons,
 * has a frozen header row and a filter, names rules in Chinese; an ignored cell carries no empty note; the
 * notes' author is 勾稽.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { checkWorkbook } from '../../src/core/check';
import { findingKey } from '../../src/core/marks';
import { BrowserHost, exportAnnotated, openWorkbook } from '../../src/hosts/browser';
import { reportForExport, reportWorkbook } from '../../src/taskpane/logic/export-report';
import { ignoreFinding } from '../../src/taskpane/logic/ignore';
import { marksToPaint } from '../../src/taskpane/logic/run-check';
import { DEFAULT_SETTINGS } from '../../src/taskpane/logic/settings';
import { CORPUS } from '../helpers';

async function planted() {
  const bytes = new Uint8Array(readFileSync(path.join(CORPUS, 'cases', 'danfeng2024-standard.xlsx')));
  const model = await openWorkbook(bytes, '丹凤.xlsx');
  model.cell('公开01表', 'C7')!.value = 1149.22;
  const host = new BrowserHost(model);
  const report = checkWorkbook(await host.readSnapshot(), {});
  return { model, host, report };
}

function results(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
  return wb.worksheets[0];
}

describe('the exported 审核结果', () => {
  test('the annotated copy: ignored findings with reasons, frozen header, filter, Chinese rules, no empty note', async () => {
    const { model, host, report } = await planted();
    // A cell whose only finding is accepted: its mark goes, and no empty note is left behind.
    const counts = new Map<string, number>();
    for (const f of report.findings)
      if (f.sheet && f.cell)
        counts.set(`${f.sheet}!${f.cell}`, (counts.get(`${f.sheet}!${f.cell}`) ?? 0) + 1);
    const lone = report.findings.find(
      (f) =>
        f.sheet && f.cell && counts.get(`${f.sheet}!${f.cell}`) === 1 && !model.cell(f.sheet, f.cell)!.note,
    )!;
    expect(lone).toBeTruthy();
    await host.paintMarks(marksToPaint(report, DEFAULT_SETTINGS, {}));
    const ignored = ignoreFinding({}, lone, '已与财政部门核对，原表如此');
    await host.paintMarks(marksToPaint(report, DEFAULT_SETTINGS, ignored));
    const bytes = await exportAnnotated(model, reportForExport(report, ignored));

    const copy = new ExcelJS.Workbook();
    await copy.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = results(copy);
    expect(ws.name).toBe('审核结果');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    const rows: string[] = [];
    ws.eachRow((row) => rows.push(JSON.stringify(row.values)));
    const all = rows.join('\n');
    expect(all).toContain('已忽略的审核意见（1 条');
    expect(all).toContain('已与财政部门核对，原表如此');
    expect(all).not.toMatch(/"(sum|summary|cross|code|economic|completeness|narrative)\.[a-z-]+"/);
    const cell = copy.getWorksheet(lone.sheet!)!.getCell(lone.cell!);
    expect(cell.note).toBeUndefined();

    const files = unzipSync(bytes);
    const comments = Object.keys(files).filter((n) => /^xl\/comments\d*\.xml$/.test(n));
    expect(comments.length).toBeGreaterThan(0);
    for (const n of comments) {
      const xml = strFromU8(files[n]);
      expect(xml).toContain('<author>勾稽</author>');
      expect(xml).not.toContain('<author>Author</author>');
      expect(xml).not.toMatch(/<comment ref="[A-Z]+\d+" authorId="0"><text><\/text><\/comment>/);
    }
    expect(findingKey(lone) in ignored).toBe(true);
  });

  test('the .xlsx of Excel and WPS (审核结果 alone) lists the ignored findings too', async () => {
    const { report } = await planted();
    const f = report.findings.find((x) => x.severity === 'error')!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await reportWorkbook(
        reportForExport(report, ignoreFinding({}, f, '原表如此')),
      )) as unknown as ArrayBuffer,
    );
    const ws = results(wb);
    const texts: string[] = [];
    ws.eachRow((row) => texts.push(JSON.stringify(row.values)));
    expect(texts.join('\n')).toContain('原表如此');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  test('issue 22 item 6: 审核结果 lists errors, then warnings, then 提示; completeness rows name their 表', async () => {
    const { model, host } = await planted();
    const narrative = readFileSync(path.join(CORPUS, 'narratives', 'danfeng2024.txt'), 'utf8');
    const report = checkWorkbook(await host.readSnapshot(), { narrative });
    expect(report.findings.some((f) => f.rule.startsWith('completeness.'))).toBe(true);
    const rank: Record<string, number> = { 错误: 0, 警告: 1, 提示: 2 };
    const sheets = [
      await exportAnnotated(model, reportForExport(report, {})),
      await reportWorkbook(reportForExport(report, {})),
    ];
    for (const bytes of sheets) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
      const ws = results(wb);
      const rows: Array<{ level: string; table: string; message: string }> = [];
      for (let r = 2; r <= report.findings.length + 1; r++) {
        const row = ws.getRow(r);
        rows.push({
          level: String(row.getCell(2).value),
          table: String(row.getCell(4).value ?? ''),
          message: String(row.getCell(6).value),
        });
      }
      const levels = rows.map((r) => rank[r.level]);
      expect(levels).toEqual([...levels].sort((a, b) => a - b));
      expect(levels[0]).toBe(0);
      const completeness = report.findings.filter((f) => f.rule.startsWith('completeness.'));
      for (const f of completeness) {
        const row = rows.find((r) => r.message === f.message)!;
        expect(row.table).toBe(f.table ?? '公开完整性');
      }
    }
  });
});
