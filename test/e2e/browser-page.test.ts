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
    mkdirSync(ARTIFACTS, { recursive: true });
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
  });

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

    await page.getByRole('tab', { name: '情况说明' }).click();
    const narrative = readFileSync(path.join(CORPUS, 'narratives', 'danfeng2024.txt'), 'utf8');
    await page.locator('#gj-narrative-text').fill(`${XSS}\n${narrative}`);
    await page.getByRole('tab', { name: '结果' }).click();
    await page.getByRole('button', { name: '开始审核' }).click();
    await page.locator('[data-testid="summary"]').waitFor({ timeout: 30000 });
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
    assert.match((await page.locator('.gj-group-name').first().textContent()) ?? '', /公开01/);

    // A finding's link selects its cell on its sheet.
    const link = page.locator('.gj-finding .gj-cell-link', { hasText: /^公开03表!/ }).first();
    const target = (await link.textContent())!;
    await link.click();
    const [sheet, a1] = target.split('!');
    await page.locator(`.gj-grid[data-sheet="${sheet}"] td[data-cell="${a1}"].gj-selected`).waitFor();
    assert.equal(await page.locator('.gj-sheet-tab-active').textContent(), sheet);
    await page.screenshot({ path: path.join(ARTIFACTS, 'browser-page-wide.png') });

    // 忽略 with a reason: the finding leaves the list and its count.
    const before = await findings.count();
    await page.getByRole('button', { name: '忽略…' }).last().click();
    await page.getByRole('alertdialog').getByRole('button', { name: '忽略', exact: true }).click();
    assert.ok(await page.getByText('请填写忽略的理由').isVisible(), 'an empty reason is refused');
    await page.getByLabel('理由（保存在工作簿中）').fill('已与财政部门核对');
    await page.getByRole('alertdialog').getByRole('button', { name: '忽略', exact: true }).click();
    await page.getByText('显示已忽略的 1 条').waitFor();
    // The dialog fades out before its layer leaves the page: wait for the layer itself.
    await page.locator('.ms-Modal').waitFor({ state: 'detached' });
    assert.equal(await findings.count(), before - 1);

    // Typing into a cell of the grid: the pane says the results may be out of date.
    await page.locator('.gj-sheet-tab', { hasText: '公开09表' }).click();
    await cell(page, '公开09表', 'A1').dblclick();
    await page.getByLabel('单元格内容').fill('三公经费');
    await page.getByLabel('单元格内容').press('Enter');
    assert.equal(await cell(page, '公开09表', 'A1').textContent(), '三公经费');
    await page.getByText('工作表已修改').waitFor();

    // 清除标记 restores the cell.
    await page.getByRole('button', { name: '清除标记' }).click();
    await page.locator('.gj-sheet-tab', { hasText: '公开01表' }).click();
    await c7.waitFor();
    assert.equal(await c7.getAttribute('data-fill'), '');
    assert.equal(await c7.getAttribute('title'), null);

    // The annotated copy: 审核结果 first, the planted cell filled red with a note.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出标注副本' }).click(),
    ]);
    const saved = path.join(work, download.suggestedFilename());
    await download.saveAs(saved);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(saved);
    assert.equal(copy.worksheets[0].name, '审核结果');
    const marked = copy.getWorksheet('公开01表')!.getCell('C7');
    assert.equal((marked.fill as ExcelJS.FillPattern).fgColor?.argb, 'FFFFC7CE');
    assert.match(JSON.stringify(marked.note), /【勾稽·错误】/);
    assert.equal(marked.value, 1149.22);

    await page.getByRole('tab', { name: '关于' }).click();
    assert.match((await page.locator('[data-testid="user-agent"]').textContent()) ?? '', /Chrome/);
    await page.close();
  });

  it('loads the bundled sample with one click and reads well at 320 px', async () => {
    const page = await openPage(320, 900);
    await page.getByRole('button', { name: /载入示例/ }).click();
    await cell(page, '公开01表', 'A1').waitFor();
    await page.getByRole('tab', { name: '情况说明' }).click();
    assert.match(await page.locator('#gj-narrative-text').inputValue(), /丹凤县医疗保障局/);
    await page.getByRole('tab', { name: '结果' }).click();
    await page.getByRole('button', { name: '开始审核' }).click();
    await page.locator('[data-testid="summary"]').waitFor({ timeout: 30000 });
    // A total over many parts folds its related cells, and unfolds them on request.
    const folded = page.locator('.gj-finding', { has: page.locator('.gj-more') }).first();
    const more = folded.locator('.gj-more');
    const hidden = Number(/另有 (\d+) 个相关单元格/.exec(await more.innerText())?.[1]);
    assert.equal(await folded.locator('.gj-related').count(), 6);
    await more.click();
    assert.equal(await folded.locator('.gj-related').count(), 6 + hidden);
    await more.click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px at 320 px`);
    await page.screenshot({ path: path.join(ARTIFACTS, 'browser-page-320.png') });
    await page.locator('.gj-page-pane').evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: path.join(ARTIFACTS, 'browser-page-320-pane.png') });
    await page.getByRole('tab', { name: '完整性' }).click();
    assert.ok((await page.locator('.gj-check').count()) > 0, 'the 公开完整性 checklist is shown');
    await page.screenshot({ path: path.join(ARTIFACTS, 'browser-page-320-completeness.png') });
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
