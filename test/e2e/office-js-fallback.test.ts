/**
 * The built task pane inside Excel (Excel's host info in the address, and the Win32 host's bridge
 * window.external.GetContext that office.js talks to) with Microsoft's CDN unreachable: office.js and the
 * host files it loads come from the local copy beside the page, and Office.onReady resolves. Refused at
 * once (a proxy) or never answered (a firewall dropping packets, the loader's time limit shortened here);
 * a late answer from the CDN is never run.
 */

import assert from 'node:assert/strict';
import { describe, it, jest } from '@jest/globals';
import type { Page, Route } from 'playwright-core';
import { useBrowser } from './browser-session';

jest.setTimeout(300000);

const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const IN_EXCEL = '?_host_Info=Excel$Win32$16.01$zh-CN$$$$0';

/** What Excel for Windows gives the pane's webview: the bridge office.js asks for the add-in's context. */
function emulateExcelBridge(): void {
  const settings = { Read: () => undefined, Write: () => undefined };
  const context = {
    GetAppType: () => 1, // OSF.AppName.Excel
    GetSolutionRef: () => 'gouji',
    GetAppVersionMajor: () => 16,
    GetAppVersionMinor: () => 0,
    GetAppUILocale: () => 'zh-CN',
    GetAppDataLocale: () => 'zh-CN',
    GetDocUrl: () => '',
    GetAppCapabilities: () => 0,
    GetActivationMode: () => 0,
    GetControlIntegrationLevel: () => 0,
    GetSolutionToken: () => '',
    GetSettings: () => settings,
  };
  (window.external as unknown as { GetContext: () => unknown }).GetContext = () => context;
}

async function openInExcel(page: Page, url: string): Promise<string | null> {
  await page.addInitScript(emulateExcelBridge);
  // Not 'load': a CDN script that never answers holds the page's load event (nothing of the pane waits
  // for it, nor does office.js, which starts on DOMContentLoaded).
  await page.goto(`${url}/taskpane.html${IN_EXCEL}`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(
    () => {
      const w = window as unknown as { __goujiOfficeJs?: string; Office?: unknown };
      return w.__goujiOfficeJs === 'local' && Boolean(w.Office);
    },
    undefined,
    { timeout: 30000 },
  );
  return page.evaluate(async () => {
    const office = (window as unknown as { Office: { onReady(): Promise<{ host: string | null }> } }).Office;
    const info = await Promise.race([
      office.onReady(),
      new Promise<null>((r) => setTimeout(() => r(null), 20000)),
    ]);
    return info ? info.host : null;
  });
}

describe('office.js fallback in Chromium, with the CDN unreachable', () => {
  const session = useBrowser();

  it('loads the host files from the local copy and Office.onReady resolves when the CDN is refused', async () => {
    session.served.length = 0;
    session.outside.length = 0;
    const page = await session.context.newPage();
    try {
      assert.equal(await openInExcel(page, session.url), 'Excel');
      const local = session.served.map((u) => u.slice(session.url.length));
      assert.ok(local.includes('/office-js/office.js'), local.join('\n'));
      assert.ok(local.includes('/office-js/excel-win32-16.01.js'), 'the host file, from the local copy');
      assert.ok(local.includes('/office-js/zh-cn/office_strings.js'), 'the strings, from the local copy');
      assert.deepEqual(session.outside, [CDN], 'only office.js itself was asked of the CDN');
      // The pane stays in Excel: it does not fall back to the browser page.
      await page.locator('.gj-starting').waitFor({ state: 'detached', timeout: 30000 });
      assert.equal(await page.getByRole('button', { name: '打开 .xlsx 或 PDF…' }).count(), 0);
    } finally {
      await page.close();
    }
  });

  it('gives up on a CDN that never answers, and never runs its late answer', async () => {
    session.served.length = 0;
    const page = await session.context.newPage();
    let held = null as Route | null;
    await page.route(CDN, (route) => {
      held = route; // a firewall dropping packets: no answer, no refusal
    });
    await page.addInitScript(() => {
      (window as unknown as { __goujiOfficeJsTimeoutMs: number }).__goujiOfficeJsTimeoutMs = 1500;
    });
    try {
      assert.equal(await openInExcel(page, session.url), 'Excel');
      assert.ok(held, 'the CDN was asked');
      // The CDN is asked with fetch before any script of it goes in: its silence holds no load event.
      await page.waitForFunction(() => document.readyState === 'complete', undefined, { timeout: 15000 });
      const script = 'window.__goujiLateCdn = true;';
      // The late answer delivered in full, then a task of the page's own after it: a script it started
      // would have run by then.
      const finished = page.waitForEvent('requestfinished', (r) => r.url() === CDN);
      await held!.fulfill({ status: 200, contentType: 'text/javascript', body: script });
      await finished;
      await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
      assert.equal(
        await page.evaluate(() => (window as unknown as { __goujiLateCdn?: boolean }).__goujiLateCdn),
        undefined,
      );
      const scripts = await page.evaluate(() =>
        [...document.querySelectorAll('script[src]')].map((s) => (s as HTMLScriptElement).src),
      );
      assert.ok(!scripts.includes(CDN), 'the CDN script is out of the page');
      assert.ok(scripts.some((s) => s.endsWith('/office-js/office.js')));
    } finally {
      await page.close();
    }
  });
});
