/**
 * The browser page in Debian's Chromium: open a corpus workbook, check it, see the marks and the findings,
 * go to a finding's cell, clear, export and re-read the annotated copy; cell and narrative text stay text.
 * Fails (never skips) when /usr/bin/chromium is missing: CI installs it (.ci/run).
 */

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, it, jest } from '@jest/globals';
import ExcelJS from 'exceljs';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CORPUS } from '../helpers';
import { ROOT, ensureWebBuild, serveDist } from './web-build';

// Building the page and driving Chromium take minutes on a loaded two-core machine.
jest.setTimeout(300000);

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');
/** The screenshots of the page after checking the sample, at 1280 and 320 px. */
const SCREENSHOTS = path.join(ARTIFACTS, 'screenshots');
const XSS = '<img src=x onerror="window.__gjXss=1">';
const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';

let server: { url: string; close(): Promise<void> };
let context: BrowserContext;
let profile: string;
let work: string;
const outside: string[] = [];

/** A corpus workbook with a planted error (公开01表 C7 raised by 100) and markup typed into a cell. */
async function plantedWorkbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(CORPUS, 'cases', 'danfeng2024-standard.xlsx'));
  const ws = wb.getWorksheet('公开01表')!;
  ws.getCell('C7').value = 1149.22;
  ws.getCell('A2').value = XSS;
  const file = path.join(work, '丹凤-植入错误.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

async function openPage(width: number, height: number): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(`${server.url}/taskpane.html`);
  // Outside Office, office.js never reports Excel: the page falls back to the browser host.
  await page.getByRole('button', { name: '打开 .xlsx…' }).waitFor({ timeout: 15000 });
  return page;
}

const cell = (page: Page, sheet: string, a1: string) =>
  page.locator(`.gj-grid[data-sheet="${sheet}"] td[data-cell="${a1}"]`);

/** Wait, by polling in the page, until a condition holds: never a fixed sleep, never an unwaited check. */
async function waitUntil(page: Page, condition: () => boolean): Promise<void> {
  await page.waitForFunction(condition, undefined, { timeout: 15000 });
}

/** 开始审核 (or 重新审核), then wait for what it found. */
async function check(page: Page): Promise<void> {
  await page.getByTestId('check-button').click();
  await page.locator('[data-testid="summary"]').waitFor({ timeout: 30000 });
}

/** Open the 情况说明 section of the pane when it is folded. */
async function openNarrative(page: Page): Promise<void> {
  const toggle = page.locator('.gj-narrative-toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await page.locator('#gj-narrative-text').waitFor();
}

/** Unfold every severity section of the findings list (the tails are folded by default). */
async function unfoldAll(page: Page): Promise<void> {
  const folded = page.locator('.gj-section-toggle[aria-expanded="false"]');
  while ((await folded.count()) > 0) await folded.first().click();
}

describe('browser page in Chromium', () => {
  beforeAll(async () => {
    assert.ok(
      existsSync(CHROMIUM),
      `找不到 ${CHROMIUM}：端到端测试需要 Debian 的 chromium（apt-get install -y chromium）`,
    );
    ensureWebBuild();
    server = await serveDist();
    work = mkdtempSync(path.join(os.tmpdir(), 'gouji-e2e-'));
    profile = mkdtempSync(path.join(os.tmpdir(), 'gouji-chromium-'));
    mkdirSync(SCREENSHOTS, { recursive: true });
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      acceptDownloads: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    // Nothing may leave the machine: every request outside the local server is recorded and refused.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url) || url.startsWith('blob:') || url.startsWith('data:'))
        return route.continue();
      outside.push(url);
      return route.abort();
    });
  }, 600000); // building the page on a loaded machine can take minutes

  afterAll(async () => {
    if (context) await context.close();
    if (server) await server.close();
    for (const dir of [profile, work]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('checks a workbook: marks, findings, go to cell, 忽略, clear, export', async () => {
    const page = await openPage(1280, 860);
    await page.locator('[data-testid="workbook-file"]').setInputFiles(await plantedWorkbook());
    await cell(page, '公开01表', 'C7').waitFor();

    // Cell text is text: the markup is shown literally and never becomes an element.
    assert.equal(await cell(page, '公开01表', 'A2').textContent(), XSS);

    const narrative = readFileSync(path.join(CORPUS, 'narratives', 'danfeng2024.txt'), 'utf8');
    await openNarrative(page);
    await page.locator('#gj-narrative-text').fill(`${XSS}\n${narrative}`);
    await check(page);
    assert.equal(
      await page.locator('img').count(),
      0,
      'no markup from the workbook or narrative became an image',
    );
    assert.equal(await page.evaluate(() => (window as unknown as { __gjXss?: number }).__gjXss), undefined);

    // The mark on the planted cell: red fill and a note.
    const c7 = cell(page, '公开01表', 'C7');
    assert.equal(await c7.getAttribute('data-fill'), '#FFC7CE');
    assert.match((await c7.getAttribute('title')) ?? '', /【勾稽·错误】/);
    assert.match((await page.locator('[data-testid="summary"]').textContent()) ?? '', /错误 [1-9]/);
    const findings = page.locator('.gj-finding');
    assert.ok((await findings.count()) > 0);
    // Errors first, in table order.
    assert.match((await findings.first().getAttribute('class')) ?? '', /gj-sev-error/);
    assert.match((await findings.first().locator('.gj-where').textContent()) ?? '', /公开01/);

    // A finding's link selects its cell on its sheet; its note is readable below the grid.
    await unfoldAll(page);
    const link = page.locator('.gj-finding .gj-cell-link', { hasText: /^公开03表!/ }).first();
    const target = (await link.textContent())!;
    await link.click();
    const [sheet, a1] = target.split('!');
    await page.locator(`.gj-grid[data-sheet="${sheet}"] td[data-cell="${a1}"].gj-selected`).waitFor();
    assert.equal(await page.locator('.gj-sheet-tab-active').textContent(), sheet);
    await page
      .getByTestId('cell-note')
      .getByText(/【勾稽·/)
      .waitFor();

    // 忽略 with a reason: the finding leaves the list and its count; the focus stays in the list.
    const before = await findings.count();
    await page.getByRole('button', { name: '忽略…' }).last().click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByRole('button', { name: '忽略', exact: true }).click();
    await dialog.getByText('请填写忽略的理由').waitFor();
    await page.getByLabel('理由（保存在工作簿中）').fill('已与财政部门核对');
    await dialog.getByRole('button', { name: '忽略', exact: true }).click();
    await page.getByText('显示已忽略的 1 条').waitFor();
    // The dialog fades out before its layer leaves the page: wait for the layer itself.
    await page.locator('.ms-Modal').waitFor({ state: 'detached' });
    await waitUntil(page, () => document.activeElement?.getAttribute('data-nav') !== null);
    assert.equal(await findings.count(), before - 1);

    // Typing into a cell of the grid: the pane says the results may be out of date.
    await page.locator('.gj-sheet-tab', { hasText: '公开09表' }).click();
    await cell(page, '公开09表', 'A1').dblclick();
    await page.getByLabel('单元格内容').fill('三公经费');
    await page.getByLabel('单元格内容').press('Enter');
    assert.equal(await cell(page, '公开09表', 'A1').textContent(), '三公经费');
    await page.getByText('结果可能已过时').waitFor();

    // 清除标记 restores the cell and says what it did.
    await page.getByRole('button', { name: '清除标记' }).click();
    await page
      .getByTestId('status')
      .getByText(/已清除 \d+ 个单元格上的标记/)
      .waitFor();
    await page.locator('.gj-sheet-tab', { hasText: '公开01表' }).click();
    await c7.waitFor();
    assert.equal(await c7.getAttribute('data-fill'), '');
    assert.equal(await c7.getAttribute('title'), null);

    // The annotated copy: 审核结果 first with the ignored finding and its reason, the planted cell red.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出标注副本' }).click(),
    ]);
    const saved = path.join(work, download.suggestedFilename());
    await download.saveAs(saved);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(saved);
    const results = copy.worksheets[0];
    assert.equal(results.name, '审核结果');
    assert.equal(results.views[0]?.state, 'frozen');
    const rows: string[] = [];
    results.eachRow((row) => rows.push(JSON.stringify(row.values)));
    assert.match(rows.join('\n'), /已与财政部门核对/);
    const marked = copy.getWorksheet('公开01表')!.getCell('C7');
    assert.equal((marked.fill as ExcelJS.FillPattern).fgColor?.argb, 'FFFFC7CE');
    assert.match(JSON.stringify(marked.note), /【勾稽·错误】/);
    assert.equal(marked.value, 1149.22);

    await page.getByRole('tab', { name: '关于' }).click();
    assert.match((await page.locator('[data-testid="user-agent"]').textContent()) ?? '', /Chrome/);
    assert.match((await page.getByTestId('version').textContent()) ?? '', /^\d+\.\d+\.\d+/);
    await page.close();
  });

  it('at 1280 px the pane and the grid scroll on their own, and the keyboard path is short', async () => {
    const page = await openPage(1280, 800);
    const primaries = '.ms-Button--primary:not(.is-disabled)';
    assert.equal(await page.locator(primaries).count(), 1, 'one primary button: 打开 .xlsx');
    assert.equal(await page.getByTestId('check-button').getAttribute('aria-disabled'), 'true');
    // After the sample loads, the focus is on 开始审核, a few Tab stops from the top.
    await page.getByRole('button', { name: /载入示例/ }).click();
    await cell(page, '公开01表', 'A1').waitFor();
    await waitUntil(page, () => document.activeElement?.getAttribute('data-testid') === 'check-button');
    assert.equal(await page.locator(primaries).count(), 1, 'one primary button: 开始审核');
    // Count the stops from the top of the page (its heading holds none).
    await page.locator('.gj-page-header h1').evaluate((el: HTMLElement) => {
      el.tabIndex = -1;
      el.focus();
    });
    let stops = 0;
    for (; stops < 30; stops++) {
      await page.keyboard.press('Tab');
      const at = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
      if (at === 'check-button') break;
    }
    assert.ok(stops + 1 <= 5, `${stops + 1} tab stops up to 开始审核`);
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="summary"]').waitFor({ timeout: 30000 });
    assert.equal(
      await page.evaluate(() => document.activeElement?.textContent),
      '重新审核',
      'the focus stays on the button after the check',
    );

    // The window does not scroll; the pane does, and the grid does.
    const size = await page.evaluate(() => ({
      page: document.documentElement.scrollHeight,
      window: window.innerHeight,
    }));
    assert.ok(size.page <= size.window + 1, `the page is ${size.page}px tall in a ${size.window}px window`);
    await unfoldAll(page);
    const pane = page.locator('.gj-page-pane');
    assert.ok(
      await pane.evaluate((el) => el.scrollHeight > el.clientHeight + 100),
      'the pane has more to scroll',
    );
    const last = page.locator('.gj-finding .gj-cell-link').last();
    await last.scrollIntoViewIfNeeded();
    const paneTop = await pane.evaluate((el) => el.scrollTop);
    assert.ok(paneTop > 0, 'the pane scrolled to the last finding');
    const [sheet, a1] = (await last.textContent())!.split('!');
    await last.click();
    await page.locator(`.gj-grid[data-sheet="${sheet}"] td[data-cell="${a1}"].gj-selected`).waitFor();
    assert.equal(await page.evaluate(() => window.scrollY), 0, 'the window stays where it is');
    assert.equal(await pane.evaluate((el) => el.scrollTop), paneTop, 'the pane stays at the finding');
    // Sheet tabs and column headers stay in sight while the grid scrolls.
    const grid = page.locator('.gj-grid');
    await grid.evaluate((el) => (el.scrollTop = el.scrollHeight));
    const boxes = await page.evaluate(() => {
      const r = (s: string) => document.querySelector(s)!.getBoundingClientRect();
      return { tabs: r('.gj-sheet-tabs'), head: r('.gj-sheet thead th'), grid: r('.gj-grid') };
    });
    assert.ok(boxes.tabs.top >= 0 && boxes.tabs.bottom <= 800, 'sheet tabs in sight');
    assert.ok(Math.abs(boxes.head.top - boxes.grid.top) < 3, 'column headers stick to the top of the grid');

    // One Tab stop for the list, arrow keys within, a 2 px focus ring.
    const firstCard = page.locator('.gj-list [data-nav][tabindex="0"]');
    assert.equal(await firstCard.count(), 1);
    await firstCard.focus();
    await page.keyboard.press('ArrowDown');
    const ring = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { nav: el.getAttribute('data-nav'), width: getComputedStyle(el).outlineWidth };
    });
    assert.ok(ring.nav, 'the arrow key moved to the next card');
    assert.equal(ring.width, '2px');
    await grid.evaluate((el) => (el.scrollTop = 0));
    await pane.evaluate((el) => (el.scrollTop = 0));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'browser-page-1280.png') });
    await page.close();
  });

  it('a narrative quote is scrolled into view in the text box, wrapping included', async () => {
    const page = await openPage(1280, 800);
    await page.getByRole('button', { name: /载入示例/ }).click();
    await cell(page, '公开01表', 'A1').waitFor();
    // A figure near the end of the narrative contradicts the tables: its finding quotes it.
    const box = page.locator('#gj-narrative-text');
    await openNarrative(page);
    const text = await box.inputValue();
    await box.fill(`${text}\n${'说明文字较长，用于换行。'.repeat(40)}\n本年度支出合计 99999.99 万元。`);
    await check(page);
    await unfoldAll(page);
    const quotes = page.locator('.gj-quote');
    const n = await quotes.count();
    assert.ok(n > 0, 'the narrative findings quote the text');
    let deepest = 0;
    for (let i = 0; i < n; i++)
      if (
        Number(await quotes.nth(i).getAttribute('data-start')) >
        Number(await quotes.nth(deepest).getAttribute('data-start'))
      )
        deepest = i;
    await quotes.nth(deepest).locator('a, button').first().click();
    const seen = await box.evaluate((el: HTMLTextAreaElement) => {
      // Lay the text out as the box does to find where the selection is drawn.
      const style = getComputedStyle(el);
      const copy = document.createElement('div');
      for (const p of ['font', 'lineHeight', 'letterSpacing', 'padding', 'wordBreak'] as const)
        copy.style[p] = style[p];
      copy.style.width = `${el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)}px`;
      copy.style.whiteSpace = 'pre-wrap';
      copy.style.overflowWrap = 'break-word';
      copy.style.position = 'absolute';
      copy.textContent = el.value.slice(0, el.selectionStart);
      const mark = document.createElement('span');
      mark.textContent = el.value.slice(el.selectionStart, el.selectionEnd);
      copy.appendChild(mark);
      document.body.appendChild(copy);
      const top = mark.offsetTop - parseFloat(style.paddingTop);
      copy.remove();
      return {
        top,
        scroll: el.scrollTop,
        height: el.clientHeight,
        selected: el.selectionEnd > el.selectionStart,
      };
    });
    assert.ok(seen.selected, 'the quote is selected');
    const inSight = await box.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const pane = el.closest('.gj-page-pane')!.getBoundingClientRect();
      return r.top >= pane.top - 1 && r.bottom <= pane.bottom + 1;
    });
    assert.ok(inSight, 'the text box is in sight in the pane');
    assert.ok(seen.top > seen.height, `the quote is far down the text (${seen.top}px)`);
    assert.ok(
      seen.top >= seen.scroll && seen.top < seen.scroll + seen.height,
      `the quote at ${seen.top}px is in the box's view ${seen.scroll}–${seen.scroll + seen.height}px`,
    );
    await page.close();
  });

  it('opening another workbook leaves the sample narrative behind; a sheet is assigned to a table', async () => {
    const page = await openPage(1280, 800);
    await page.getByRole('button', { name: /载入示例/ }).click();
    await cell(page, '公开01表', 'A1').waitFor();
    await page.getByText(/情况说明：已提供/).waitFor();
    await page
      .locator('[data-testid="workbook-file"]')
      .setInputFiles(path.join(CORPUS, 'cases', 'liujiang2022-standard.xlsx'));
    await page.locator('.gj-file-name', { hasText: 'liujiang2022-standard.xlsx' }).waitFor();
    await page.getByText(/情况说明：未提供/).waitFor();
    await openNarrative(page);
    assert.equal(await page.locator('#gj-narrative-text').inputValue(), '');
    await check(page);
    assert.equal(
      await page.locator('.gj-finding', { hasText: /情况说明/ }).count(),
      0,
      'no narrative was checked',
    );

    // 设为公开05: the choice is saved and used on the next check.
    await page.getByText(/识别到的表格/).click();
    await page.getByRole('combobox', { name: /^工作表/ }).click();
    await page.getByRole('option', { name: '公开05表' }).click();
    await page.getByRole('combobox', { name: /^是哪张表/ }).click();
    await page.getByRole('option', { name: /^公开05 / }).click();
    await page.getByRole('button', { name: '设为公开05' }).click();
    await page
      .getByTestId('status')
      .getByText(/已把“公开05表”设为公开05/)
      .waitFor();
    await page.getByText('结果可能已过时').waitFor();
    await page.getByRole('button', { name: '重新审核' }).click();
    await page.getByText('结果可能已过时').waitFor({ state: 'detached' });
    await page
      .getByRole('list', { name: '已指定的表' })
      .getByText(/“公开05表”是公开05/)
      .waitFor();
    await page.close();
  });

  it('loads the bundled sample with one click and reads well at 320 px', async () => {
    const page = await openPage(320, 900);
    await page.getByRole('button', { name: /载入示例/ }).click();
    await cell(page, '公开01表', 'A1').waitFor();
    await page.getByText(/情况说明：已提供/).waitFor();
    await check(page);
    // What the check found is in sight without scrolling the window.
    const summary = await page.locator('[data-testid="summary"]').boundingBox();
    assert.ok(summary && summary.y >= 0 && summary.y + summary.height <= 900, 'the summary is in sight');
    assert.equal(await page.evaluate(() => window.scrollY), 0);
    // A total over many parts folds its related cells, and unfolds them on request.
    await unfoldAll(page);
    const folded = page.locator('.gj-finding', { has: page.locator('.gj-more') }).first();
    const more = folded.locator('.gj-more');
    const hidden = Number(/另有 (\d+) 个相关单元格/.exec(await more.innerText())?.[1]);
    assert.equal(await folded.locator('.gj-related').count(), 6);
    await more.click();
    assert.equal(await folded.locator('.gj-related').count(), 6 + hidden);
    await more.click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px at 320 px`);
    await page.locator('.gj-page-pane').evaluate((el) => (el.scrollTop = 0));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'browser-page-320.png') });
    await page.getByRole('tab', { name: '完整性' }).click();
    assert.ok((await page.locator('.gj-check').count()) > 0, 'the 公开完整性 checklist is shown');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'browser-page-320-completeness.png') });
    await page.close();
  });

  it('runs the whole check in an engine without the built-ins newer than ES2017 (older WPS)', async () => {
    const page = await context.newPage();
    await page.addInitScript({
      content: [
        'delete String.prototype.matchAll;',
        'delete Array.prototype.flatMap;',
        'delete String.prototype.trimStart;',
        'delete String.prototype.trimEnd;',
      ].join(' '),
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByRole('button', { name: /载入示例/ }).click();
    await cell(page, '公开01表', 'A1').waitFor({ timeout: 15000 });
    await page.getByRole('button', { name: '开始审核' }).click();
    await page.locator('[data-testid="summary"]').waitFor({ timeout: 30000 });
    assert.equal(await page.evaluate(() => typeof ''.matchAll), 'function', 'the polyfill filled the gap');
    assert.deepEqual(errors, []);
    const marked =
      '.gj-grid td[data-fill="#FFC7CE"], .gj-grid td[data-fill="#FFEB9C"], .gj-grid td[data-fill="#E7E6E6"]';
    assert.ok((await page.locator(marked).count()) > 0, 'the findings are marked in the grid');
    await page.close();
  });

  it('in Internet Explorer (old Office) says in Chinese what to do instead, without loading the bundle', async () => {
    const page = await context.newPage();
    // A string, not a function: the test runner's transform would add helpers the page does not have.
    await page.addInitScript({
      content: `Object.defineProperty(navigator, 'userAgent', { get: () => '${IE11}' });`,
    });
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByText('此版本的 Office 无法运行勾稽').waitFor();
    assert.ok(
      await page
        .getByText(/浏览器页面/)
        .first()
        .isVisible(),
    );
    assert.ok(
      await page
        .getByText(/WPS 表格/)
        .first()
        .isVisible(),
    );
    await page.waitForTimeout(300);
    assert.equal(await page.locator('.gj-page, .gj-pane').count(), 0, 'the React bundle did not run');
    await page.close();
  });

  it('asked for nothing outside the local server', () => {
    assert.deepEqual(outside, []);
  });
});
