/**
 * The browser page opening PDFs in Debian's Chromium: the rebuilt tables in the grid with their marks, the
 * narrative from the same file, the boxed PDF copy; pdf.js's worker and CMaps come from the page's own server.
 */

import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { PDF_FIXTURES, pdfAnnotations } from '../pdf/pdf-helpers';
import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';
import { gouji } from '../helpers';
import { SCREENSHOTS, unfoldAll, useBrowser, waitUntil, type BrowserSession } from './browser-session';

jest.setTimeout(300000);

interface PlacedFinding {
  rule: string;
  severity: string;
  message: string;
  pdf?: { page: number; box: number[] };
}

/** A finding as both the page's export and the command line's JSON give it. */
const findingLine = (f: PlacedFinding) => `${f.rule}|${f.severity}|p${f.pdf ? f.pdf.page : '-'}|${f.message}`;

async function openPage(session: BrowserSession, width = 1280, height = 860): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(`${session.url}/taskpane.html`);
  await page.locator('[data-testid="workbook-file"]').waitFor({ state: 'attached', timeout: 15000 });
  return page;
}

describe('browser page: PDF input', () => {
  const session = useBrowser();

  it('opens a printed disclosure, marks the rebuilt tables and exports the boxed PDF', async () => {
    const page = await openPage(session);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page
      .locator('[data-testid="workbook-file"]')
      .setInputFiles(path.join(PDF_FIXTURES, 'liujiang2022-textnum.pdf'));
    // The PDF is shown as its pages; the rebuilt tables are one click away: 公开03 printed on page 4 is a sheet.
    await page.locator('.gj-pdf-leaf[data-page="4"]').waitFor({ timeout: 60000 });
    await page.getByRole('button', { name: '重建的表格' }).click();
    await page.locator('.gj-sheet-tab', { hasText: '第4页' }).waitFor({ timeout: 60000 });
    await page.getByRole('button', { name: '开始审核' }).click();
    await page.locator('[data-testid="summary"]').waitFor({ timeout: 60000 });
    // This print's findings are all rounding tails (its workbook's), folded under 提示 until opened.
    await unfoldAll(page);
    // A finding's link shows its cell in the rebuilt sheet of its page.
    const link = page.locator('.gj-finding .gj-cell-link').first();
    const [sheet, a1] = (await link.textContent())!.split('!');
    assert.match(sheet, /^第\d+(-\d+)?页/);
    await link.click();
    await page.locator(`.gj-grid[data-sheet="${sheet}"] td[data-cell="${a1}"].gj-selected`).waitFor();
    const marked =
      '.gj-grid td[data-fill="#FFC7CE"], .gj-grid td[data-fill="#FFEB9C"], .gj-grid td[data-fill="#E7E6E6"]';
    assert.ok((await page.locator(marked).count()) > 0, 'the findings are marked in the rebuilt grid');
    assert.ok(
      session.served.some((u) => u.includes('/pdfjs/pdf.worker.min.js')),
      'the worker is served by the page',
    );
    assert.deepEqual(session.outside, []);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出标注副本' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'liujiang2022-textnum-标注.pdf');
    const saved = path.join(session.work, download.suggestedFilename());
    await download.saveAs(saved);
    assert.equal(readFileSync(saved).subarray(0, 5).toString('latin1'), '%PDF-');
    const notes = pdfAnnotations(saved).filter((a) => a.subtype === 'Square');
    assert.ok(notes.length > 5, `the copy carries the findings as notes (${notes.length})`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('reads the narrative of a published disclosure from the same PDF (its Chinese fonts through the CMaps)', async () => {
    const page = await openPage(session);
    await page
      .locator('[data-testid="workbook-file"]')
      .setInputFiles(path.join(PDF_FIXTURES, 'putuo2024-real.pdf'));
    await page.locator('.gj-pdf-leaf[data-page="13"]').waitFor({ timeout: 60000 });
    // The narrative is the section above the tabs, folded: its toggle says when the PDF's prose is in it.
    const toggle = page.getByRole('button', { name: /^情况说明：已提供（\d+ 字）/ });
    await toggle.waitFor({ timeout: 60000 });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    const box = page.getByRole('region', { name: '情况说明' }).locator('textarea');
    await box.waitFor({ state: 'visible', timeout: 15000 });
    assert.match(await box.inputValue(), /本年收入合计307\.82万元/);
    assert.deepEqual(session.outside, []);
    await page.close();
  });

  it('shows a real PDF as its pages, boxes every finding, outlines the selected one and its relation', async () => {
    for (const [width, height] of [
      [1280, 860],
      [350, 760],
    ]) {
      const page = await openPage(session, width, height);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page
        .locator('[data-testid="workbook-file"]')
        .setInputFiles(path.join(PDF_FIXTURES, 'putuo2024-real.pdf'));
      // pdf.js draws the first page in the page's worker (served locally).
      await page.locator('.gj-pdf-leaf[data-page="1"][data-drawn="true"]').waitFor({ timeout: 60000 });
      await page.getByTestId('check-button').click();
      await page.locator('[data-testid="summary"]').waitFor({ timeout: 60000 });
      // Every marked figure is boxed in its severity colour on its page.
      await page.locator('.gj-pdf-box-info').first().waitFor({ state: 'attached' });
      await unfoldAll(page);
      // A tail of 公开06 (商品和服务支出 against its 款): the card's link selects it.
      const card = page.locator('.gj-finding', { hasText: '商品和服务支出' }).first();
      await card.locator('.gj-cell-link').first().click();
      const selected = page.locator('.gj-pdf-box-selected');
      await selected.waitFor();
      const pageNumber = await selected.evaluate((el) =>
        el.closest('.gj-pdf-leaf')!.getAttribute('data-page'),
      );
      assert.equal(pageNumber, '13');
      assert.ok((await page.locator('.gj-pdf-box-related').count()) > 5, 'the figures of its relation');
      // The page of the finding is drawn and the selected figure is inside the view.
      await page.locator('.gj-pdf-leaf[data-page="13"][data-drawn="true"]').waitFor({ timeout: 60000 });
      await waitUntil(page, () => {
        const view = document.querySelector('.gj-pdf-view')!.getBoundingClientRect();
        const box = document.querySelector('.gj-pdf-box-selected')!.getBoundingClientRect();
        return (
          box.top >= view.top &&
          box.bottom <= view.bottom &&
          box.left >= view.left - 1 &&
          box.right <= view.right + 1
        );
      });
      // The selected figure is drawn large enough to read, in a narrow window too: 10 pt print at 13 px.
      const scale = Number(await page.locator('.gj-pdf-view').getAttribute('data-scale'));
      assert.ok(scale >= 1.29, `pages drawn at ${scale} px a point`);
      const figure = (await selected.boundingBox())!;
      assert.ok(figure.height >= 12, `the selected figure is ${figure.height} px tall`);
      await page.screenshot({ path: path.join(SCREENSHOTS, `pdf-pages-${width}.png`) });
      assert.deepEqual(errors, []);
      assert.deepEqual(session.outside, []);

      if (width === 1280) {
        // The exports carry the PDF's source and each finding's page and box, named without ".pdf-".
        const [json] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: '导出 JSON' }).click(),
        ]);
        assert.equal(json.suggestedFilename(), 'putuo2024-real-审核结果.json');
        const saved = path.join(session.work, json.suggestedFilename());
        await json.saveAs(saved);
        const report = JSON.parse(readFileSync(saved, 'utf8'));
        assert.equal(report.source, 'pdf');
        // Every finding on a table has the page and box of its figure (a narrative finding, its sentence's).
        const onTables = report.findings.filter((f: { sheet?: string }) => f.sheet);
        assert.ok(onTables.length >= 5, `findings on the tables (${onTables.length})`);
        assert.ok(onTables.every((f: { pdf?: unknown }) => f.pdf));
        // The narrative's findings are boxed on the pages where the PDF prints their sentences.
        const onNarrative = report.findings.filter(
          (f: { sheet?: string; narrative?: unknown; pdf?: unknown }) => !f.sheet && f.narrative && f.pdf,
        );
        assert.ok(onNarrative.length >= 3, `findings on the narrative (${onNarrative.length})`);
        for (const f of onNarrative)
          assert.ok(
            (await page
              .locator(`.gj-pdf-leaf[data-page="${f.pdf.page}"] .gj-pdf-box[data-cell^="情况说明:"]`)
              .count()) > 0,
            `the narrative finding on page ${f.pdf.page} is boxed`,
          );
        const placed = report.findings.filter((f: { pdf?: unknown }) => f.pdf);
        for (const f of placed) {
          assert.ok(Number.isInteger(f.pdf.page) && f.pdf.page >= 1);
          assert.equal(f.pdf.box.length, 4);
        }
        const [xlsx] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: '导出结果 .xlsx' }).click(),
        ]);
        assert.equal(xlsx.suggestedFilename(), 'putuo2024-real-审核结果.xlsx');
        const book = path.join(session.work, xlsx.suggestedFilename());
        await xlsx.saveAs(book);
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(book);
        const ws = wb.getWorksheet('审核结果')!;
        const headers = (ws.getRow(1).values as unknown[]).map(String);
        const pageCol = headers.indexOf('页');
        assert.ok(pageCol > 0, headers.join(','));
        const pages = [];
        for (let r = 2; r <= report.findings.length + 1; r++) pages.push(ws.getRow(r).getCell(pageCol).value);
        assert.equal(pages.filter((p) => typeof p === 'number').length, placed.length);
        // The rebuilt grid stays one click away, on the selected finding's cell.
        await page.getByRole('button', { name: '重建的表格' }).click();
        await page.locator('.gj-grid td.gj-selected').waitFor();
      }
      await page.close();
    }
  });

  it('gives the command line’s findings for a real PDF, the document’s frame (a blank page) included', async () => {
    // The real 普陀 disclosure with a blank page put in after its 目录: text.frame's finding on page 3.
    const doc = await PDFDocument.load(readFileSync(path.join(PDF_FIXTURES, 'putuo2024-real.pdf')));
    const { width, height } = doc.getPage(0).getSize();
    doc.insertPage(2, [width, height]);
    const file = path.join(session.work, 'putuo2024-blank.pdf');
    writeFileSync(file, await doc.save());
    const cli = gouji('check', file, '--format', 'json');
    assert.ok(cli.status === 0 || cli.status === 1, cli.stderr);
    const expected = JSON.parse(cli.stdout) as { findings: PlacedFinding[] };
    assert.ok(
      expected.findings.some((f) => f.rule === 'text.frame' && f.pdf?.page === 3),
      'the command line finds the blank page',
    );

    const page = await openPage(session);
    await page.locator('[data-testid="workbook-file"]').setInputFiles(file);
    await page.locator('.gj-pdf-leaf[data-page="1"]').waitFor({ timeout: 60000 });
    await page.getByTestId('check-button').click();
    await page.locator('[data-testid="summary"]').waitFor({ timeout: 60000 });
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 JSON' }).click(),
    ]);
    const saved = path.join(session.work, json.suggestedFilename());
    await json.saveAs(saved);
    const got = JSON.parse(readFileSync(saved, 'utf8')) as { findings: PlacedFinding[] };
    assert.deepEqual(got.findings.map(findingLine).sort(), expected.findings.map(findingLine).sort());
    await page.close();
  });

  it('refuses an encrypted PDF with a clear message', async () => {
    const page = await openPage(session);
    await page
      .locator('[data-testid="workbook-file"]')
      .setInputFiles(path.join(PDF_FIXTURES, 'encrypted.pdf'));
    await page.getByText(/设置了密码（已加密）/).waitFor({ timeout: 60000 });
    await page.close();
  });
});
