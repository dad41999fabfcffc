/**
 * The browser page in engines older than Chromium's: without the built-ins newer than ES2017 (older WPS), and
 * Internet Explorer (old Office), which gets a message in Chinese instead of the bundle.
 */

import assert from 'node:assert/strict';
import { describe, it, jest } from '@jest/globals';
import { cell, useBrowser } from './browser-session';

// Building the page and driving Chromium take minutes on a loaded two-core machine.
jest.setTimeout(300000);

const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';

describe('browser page in old engines', () => {
  const session = useBrowser();

  it('runs the whole check in an engine without the built-ins newer than ES2017 (older WPS)', async () => {
    const page = await session.context.newPage();
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
    await page.goto(`${session.url}/taskpane.html`);
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
    const page = await session.context.newPage();
    // A string, not a function: the test runner's transform would add helpers the page does not have.
    await page.addInitScript({
      content: `Object.defineProperty(navigator, 'userAgent', { get: () => '${IE11}' });`,
    });
    const servedBefore = session.served.length;
    await page.goto(`${session.url}/taskpane.html`);
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
    // The bundle's scripts would be inserted while the page loads and hold its load event: once it fired,
    // none was asked for and none ran.
    await page.waitForLoadState('load');
    const scripts = session.served
      .slice(servedBefore)
      .filter((u) => /\.js(\?|$)/.test(u) && !/office/i.test(u));
    assert.deepEqual(scripts, [], 'the React bundle was not loaded');
    assert.equal(await page.locator('.gj-page, .gj-pane').count(), 0, 'the React bundle did not run');
    await page.close();
  });

  it('asked for nothing outside the local server', () => {
    assert.deepEqual(session.outside, []);
  });
});
