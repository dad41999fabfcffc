/**
 * The browser page opening PDFs in Debian's Chromium: the rebuilt tables in the grid with their marks, the
 * narrative from the same file, the boxed PDF copy; pdf.js's worker and CMaps come from the page's own server.
 */

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { PDF_FIXTURES, pdfAnnotations } from '../pdf/pdf-helpers';
import { useBrowser, type BrowserSession } from './browser-session';

jest.setTimeout(300000);

async function openPage(session: BrowserSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1280, height: 860 });
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
    // The 公开03 table printed on page 4 is a sheet of the grid.
    await page.locator('.gj-sheet-tab', { hasText: '第4页' }).waitFor({ timeout: 60000 });
    await page.getByRole('button', { name: '开始审核' }).click();
    await page.locator('[data-testid="summary"]').waitFor({ timeout: 60000 });
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
    await page.locator('.gj-sheet-tab', { hasText: '第13页' }).waitFor({ timeout: 60000 });
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

  it('refuses an encrypted PDF with a clear message', async () => {
    const page = await openPage(session);
    await page
      .locator('[data-testid="workbook-file"]')
      .setInputFiles(path.join(PDF_FIXTURES, 'encrypted.pdf'));
    await page.getByText(/设置了密码（已加密）/).waitFor({ timeout: 60000 });
    await page.close();
  });
});
