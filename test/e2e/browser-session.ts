/**
 * Shared by the browser page's end-to-end suites: Debian's Chromium over the built page on a local server,
 * every request outside it refused and recorded, and the few steps every suite takes (open the page, check,
 * unfold the list). Fails (never skips) when /usr/bin/chromium is missing: CI installs it (.ci/run).
 */

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from '@jest/globals';
import ExcelJS from 'exceljs';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CORPUS } from '../helpers';
import { ROOT, ensureWebBuild, serveDist } from './web-build';

const CHROMIUM = '/usr/bin/chromium';
/** The screenshots of the page after checking the sample, at 1280 and 320 px. */
export const SCREENSHOTS = path.join(ROOT, 'test', 'artifacts', 'screenshots');
export const XSS = '<img src=x onerror="window.__gjXss=1">';

export interface BrowserSession {
  url: string;
  context: BrowserContext;
  /** A scratch folder for the suite's files, removed afterwards. */
  work: string;
  /** Every request the page made outside the local server (refused). */
  outside: string[];
  /** Every request served by the local server (or a blob: / data: URL). */
  served: string[];
}

/**
 * Start Chromium over the built page before the suite's tests and stop it after them. The session's fields
 * are filled in by beforeAll: read them inside the tests.
 */
export function useBrowser(): BrowserSession {
  const session = { outside: [] as string[], served: [] as string[] } as BrowserSession;
  let server: { url: string; close(): Promise<void> } | undefined;
  let profile: string | undefined;
  beforeAll(async () => {
    assert.ok(
      existsSync(CHROMIUM),
      `找不到 ${CHROMIUM}：端到端测试需要 Debian 的 chromium（apt-get install -y chromium）`,
    );
    ensureWebBuild();
    server = await serveDist();
    session.url = server.url;
    session.work = mkdtempSync(path.join(os.tmpdir(), 'gouji-e2e-'));
    profile = mkdtempSync(path.join(os.tmpdir(), 'gouji-chromium-'));
    mkdirSync(SCREENSHOTS, { recursive: true });
    session.context = await chromium.launchPersistentContext(profile, {
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
    await session.context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(session.url) || url.startsWith('blob:') || url.startsWith('data:')) {
        session.served.push(url);
        return route.continue();
      }
      session.outside.push(url);
      return route.abort();
    });
  }, 600000); // building the page on a loaded machine can take minutes

  afterAll(async () => {
    if (session.context) await session.context.close();
    if (server) await server.close();
    for (const dir of [profile, session.work]) if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return session;
}

/** A corpus workbook with a planted error (公开01表 C7 raised by 100) and markup typed into a cell. */
export async function plantedWorkbook(session: BrowserSession): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(CORPUS, 'cases', 'danfeng2024-standard.xlsx'));
  const ws = wb.getWorksheet('公开01表')!;
  ws.getCell('C7').value = 1149.22;
  ws.getCell('A2').value = XSS;
  const file = path.join(session.work, '丹凤-植入错误.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

export async function openPage(session: BrowserSession, width: number, height: number): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(`${session.url}/taskpane.html`);
  // Outside Office the page loads no office.js and opens on the browser host.
  await page.getByRole('button', { name: '打开 .xlsx 或 PDF…' }).waitFor({ timeout: 15000 });
  return page;
}

export const cell = (page: Page, sheet: string, a1: string) =>
  page.locator(`.gj-grid[data-sheet="${sheet}"] td[data-cell="${a1}"]`);

/** Wait, by polling in the page, until a condition holds: never a fixed sleep, never an unwaited check. */
export async function waitUntil(page: Page, condition: () => boolean): Promise<void> {
  await page.waitForFunction(condition, undefined, { timeout: 15000 });
}

/** 开始审核 (or 重新审核), then wait for what it found. */
export async function check(page: Page): Promise<void> {
  await page.getByTestId('check-button').click();
  await page.locator('[data-testid="summary"]').waitFor({ timeout: 30000 });
}

/** 载入示例, then wait for its first sheet. */
export async function loadSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: /载入示例/ }).click();
  await cell(page, '公开01表', 'A1').waitFor({ timeout: 15000 });
}

/** Open the 情况说明 section of the pane when it is folded. */
export async function openNarrative(page: Page): Promise<void> {
  const toggle = page.locator('.gj-narrative-toggle[aria-controls="gj-narrative-body"]');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await page.locator('#gj-narrative-text').waitFor();
}

/** Unfold every severity section of the findings list (the tails are folded by default). */
export async function unfoldAll(page: Page): Promise<void> {
  const folded = page.locator('.gj-section-toggle[aria-expanded="false"]');
  while ((await folded.count()) > 0) await folded.first().click();
}
