/**
 * The browser page's layout and keyboard in Debian's Chromium: at 1280 px the pane and the grid scroll on their
 * own and the list is one Tab stop with arrow keys; a narrative quote is scrolled into view; at 320 px the
 * results are in sight. Writes the screenshots at 1280 and 320 px to test/artifacts/screenshots.
 */

import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it, jest } from '@jest/globals';
import {
  SCREENSHOTS,
  check,
  cell,
  loadSample,
  openNarrative,
  openPage,
  plantedWorkbook,
  unfoldAll,
  useBrowser,
  waitUntil,
} from './browser-session';

// Building the page and driving Chromium take minutes on a loaded two-core machine.
jest.setTimeout(300000);

describe('browser page layout and keyboard in Chromium', () => {
  const session = useBrowser();

  it('at 1280 px the pane and the grid scroll on their own, and the keyboard path is short', async () => {
    const page = await openPage(session, 1280, 800);
    const primaries = '.ms-Button--primary:not(.is-disabled)';
    assert.equal(await page.locator(primaries).count(), 1, 'one primary button: 打开 .xlsx');
    assert.equal(await page.getByTestId('check-button').getAttribute('aria-disabled'), 'true');
    // After the sample loads, the focus is on 开始审核, a few Tab stops from the top.
    await loadSample(page);
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
    const firstNav = await firstCard.getAttribute('data-nav');
    await firstCard.focus();
    await page.keyboard.press('ArrowDown');
    const ring = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return {
        nav: el.getAttribute('data-nav'),
        card: el.classList.contains('gj-finding'),
        width: getComputedStyle(el).outlineWidth,
      };
    });
    assert.ok(ring.nav && ring.nav !== firstNav, `the arrow key moved on from ${firstNav} (now ${ring.nav})`);
    assert.ok(ring.card, 'the heading is followed by its first card');
    assert.equal(await page.locator('.gj-list [data-nav][tabindex="0"]').getAttribute('data-nav'), ring.nav);
    assert.equal(ring.width, '2px');
    await grid.evaluate((el) => (el.scrollTop = 0));
    await pane.evaluate((el) => (el.scrollTop = 0));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'browser-page-1280.png') });
    await page.close();
  });

  it('a narrative quote is scrolled into view in the text box, wrapping included', async () => {
    const page = await openPage(session, 1280, 800);
    await loadSample(page);
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

  it('loads the bundled sample with one click and reads well at 320 px', async () => {
    const page = await openPage(session, 320, 900);
    await loadSample(page);
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

  it('the second review’s smaller items: no blank above the pane, item names that read, the first finding and confirmations in view', async () => {
    // 350 px, nothing open: the pane follows the opener, with no blank part of the window above it.
    let page = await openPage(session, 350, 760);
    const gap = await page.evaluate(() => {
      const main = document.querySelector('.gj-page-main')!;
      const last = main.lastElementChild!.getBoundingClientRect();
      return document.querySelector('.gj-page-pane')!.getBoundingClientRect().top - last.bottom;
    });
    assert.ok(gap < 30, `${Math.round(gap)} px of blank above the pane`);

    // A workbook without a narrative: the checklist's long statuses (未检查（未提供情况说明）) leave the names whole.
    await page.locator('[data-testid="workbook-file"]').setInputFiles(await plantedWorkbook(session));
    await cell(page, '公开01表', 'A1').waitFor({ timeout: 15000 });
    await check(page);
    await page.getByRole('tab', { name: '完整性' }).click();
    await page
      .getByText(/未检查（未提供情况说明）/)
      .first()
      .waitFor();
    const narrow = await page.$$eval('.gj-check-topic', (els) =>
      els.filter((el) => el.getBoundingClientRect().width < 100).map((el) => el.textContent),
    );
    assert.deepEqual(narrow, [], 'item names squeezed to a character or two a line');

    // 设为公开05 far down the pane: its confirmation and 结果可能已过时 are in view, not at the pane's top.
    await page.getByRole('tab', { name: '结果' }).click();
    await page.getByText(/识别到的表格/).click();
    await page.getByRole('combobox', { name: /^工作表/ }).click();
    await page.getByRole('option', { name: '公开05表' }).click();
    await page.getByRole('combobox', { name: /^是哪张表/ }).click();
    await page.getByRole('option', { name: /^公开05 / }).click();
    await page.getByRole('button', { name: '设为公开05' }).click();
    await page.getByTestId('status').waitFor();
    const inView = (selector: string) =>
      page.evaluate((sel) => {
        const r = document.querySelector(sel)!.getBoundingClientRect();
        if (r.top < 0 || r.bottom > window.innerHeight || r.left < 0 || r.right > window.innerWidth)
          return false;
        // Not cut off by a scrolling part of the page either.
        for (let p = document.querySelector(sel)!.parentElement; p; p = p.parentElement) {
          const style = getComputedStyle(p);
          if (style.position === 'fixed') return true;
          if (!/(auto|scroll|hidden)/.test(style.overflowY)) continue;
          const b = p.getBoundingClientRect();
          if (r.top < b.top || r.bottom > b.bottom) return false;
        }
        return true;
      }, selector);
    const paneScrolled = await page.locator('.gj-page-pane').evaluate((el) => el.scrollTop);
    assert.ok(paneScrolled > 0, 'the pane was scrolled down to 设为公开05');
    assert.ok(await inView('[data-testid="status"]'), 'the confirmation is in view');
    assert.ok(await inView('.gj-stale'), '结果可能已过时 is in view');
    // The confirmations cover none of the page's controls (设为公开05 among them): the page ends above them.
    const covered = await page.evaluate(() => {
      const toasts = [
        ...document.querySelectorAll('.gj-toasts .gj-toast:not(.gj-toast-empty), .gj-toasts .gj-stale'),
      ]
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width > 0 && r.height > 0);
      const controls = document.querySelectorAll(
        'button, input, textarea, select, a[href], [role="combobox"], [role="tab"], [tabindex]',
      );
      const out: string[] = [];
      for (const el of controls) {
        if (el.closest('.gj-toasts')) continue;
        let { top, bottom, left, right } = el.getBoundingClientRect();
        // The part of it not scrolled out of a scrolling ancestor.
        for (let p = el.parentElement; p; p = p.parentElement) {
          if (!/(auto|scroll|hidden)/.test(getComputedStyle(p).overflowY)) continue;
          const b = p.getBoundingClientRect();
          top = Math.max(top, b.top);
          bottom = Math.min(bottom, b.bottom);
          left = Math.max(left, b.left);
          right = Math.min(right, b.right);
        }
        if (bottom <= top || right <= left) continue;
        if (toasts.some((t) => t.top < bottom && t.bottom > top && t.left < right && t.right > left))
          out.push((el.getAttribute('aria-label') || el.textContent || el.tagName).trim().slice(0, 30));
      }
      return out;
    });
    assert.deepEqual(covered, [], 'controls under the confirmations');
    // 设为公开05, just used, is still in view: above the confirmations, not pushed out of the pane.
    await page
      .getByRole('button', { name: '设为公开05' })
      .evaluate((el) => el.setAttribute('data-just-used', ''));
    const toast = (await page.locator('.gj-toasts').boundingBox())!;
    const set = (await page.locator('[data-just-used]').boundingBox())!;
    assert.ok(
      set.y + set.height <= toast.y,
      `设为公开05 at ${set.y}–${set.y + set.height}, the toasts from ${toast.y}`,
    );
    assert.ok(await inView('[data-just-used]'), '设为公开05 is in view');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'browser-page-350-confirmation.png') });
    await page.getByRole('button', { name: '关闭提示' }).click();
    await page.getByTestId('status').waitFor({ state: 'detached' });
    await page.close();

    // 1280×860 with the narrative open: the first finding starts above the fold.
    page = await openPage(session, 1280, 860);
    await loadSample(page);
    await openNarrative(page);
    await check(page);
    const first = await page.locator('.gj-finding').first().boundingBox();
    assert.ok(first && first.y + 20 <= 860, `the first finding starts at ${first && Math.round(first.y)} px`);
    await page.close();
  });

  it('the first review’s smaller items at 350 px: whole rule names, readable links on an error card, buttons apart', async () => {
    const page = await openPage(session, 350, 760);
    await page.locator('[data-testid="workbook-file"]').setInputFiles(await plantedWorkbook(session));
    await cell(page, '公开01表', 'A1').waitFor({ timeout: 15000 });
    await check(page);
    await unfoldAll(page);

    // The rule filter: every rule's title and count shown whole, inside the window.
    await page.getByRole('combobox', { name: '按规则筛选' }).click();
    await page.getByRole('option').first().waitFor();
    const cut = await page.$$eval('[role="option"]', (els) =>
      els
        .filter((el) => {
          const text = el.querySelector('.ms-Dropdown-optionText') ?? el;
          const r = el.getBoundingClientRect();
          return (
            text.scrollWidth > text.clientWidth + 1 ||
            text.scrollHeight > text.clientHeight + 1 ||
            r.left < 0 ||
            r.right > window.innerWidth
          );
        })
        .map((el) => el.textContent),
    );
    assert.ok((await page.getByRole('option').count()) > 3, 'the rules are listed');
    assert.deepEqual(cut, [], 'rule names or counts cut off');
    await page.keyboard.press('Escape');
    await page.getByRole('option').first().waitFor({ state: 'detached' });

    // The cell links on the pink error card: at least 4.5:1 against the card (12 px text).
    const contrast = await page.evaluate(() => {
      const link = document.querySelector('.gj-finding.gj-sev-error .gj-cell-link')!;
      const rgb = (c: string) => c.match(/[\d.]+/g)!.map(Number);
      let back = link.parentElement;
      while (back && rgb(getComputedStyle(back).backgroundColor)[3] === 0) back = back.parentElement;
      const lum = (c: string) => {
        const [r, g, b] = rgb(c).map((v) => {
          const x = v / 255;
          return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const a = lum(getComputedStyle(link).color);
      const b = lum(getComputedStyle(back ?? document.body).backgroundColor);
      return {
        ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05),
        size: getComputedStyle(link).fontSize,
      };
    });
    assert.equal(contrast.size, '12px');
    assert.ok(contrast.ratio >= 4.5, `links on the error card at ${contrast.ratio.toFixed(2)}:1`);

    // 它引起的… and 忽略… on the planted cause's card do not touch.
    const gaps = await page.$$eval('.gj-ignore-row', (rows) =>
      rows
        .map((row) => [...row.querySelectorAll('button')].map((b) => b.getBoundingClientRect()))
        .filter((bs) => bs.length > 1)
        .map((bs) => {
          const [a, b] = bs;
          // Side by side, or the second wrapped under the first.
          return b.top >= a.bottom ? b.top - a.bottom : b.left - a.right;
        }),
    );
    assert.ok(gaps.length > 0, 'a card with 它引起的… and 忽略…');
    assert.ok(Math.min(...gaps) >= 4, `buttons ${Math.min(...gaps)} px apart`);
    await page.close();
  });

  it('asked for nothing outside the local server', () => {
    assert.deepEqual(session.outside, []);
  });
});
