/**
 * The browser page in Debian's Chromium, as a reviewer uses it: open a corpus workbook, check it, see the marks
 * and the findings, go to a finding's cell, 忽略, clear, export and re-read the annotated copy; cell and
 * narrative text stay text; another workbook leaves the narrative behind; a sheet assigned to a table.
 * Layout and keyboard: browser-layout.test.ts; old engines: browser-compat.test.ts.
 */

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it, jest } from '@jest/globals';
import ExcelJS from 'exceljs';
import { CORPUS } from '../helpers';
import {
  XSS,
  cell,
  check,
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

describe('browser page in Chromium', () => {
  const session = useBrowser();

  it('checks a workbook: marks, findings, go to cell, 忽略, clear, export', async () => {
    const page = await openPage(session, 1280, 860);
    await page.locator('[data-testid="workbook-file"]').setInputFiles(await plantedWorkbook(session));
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
    const saved = path.join(session.work, download.suggestedFilename());
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

  it('opening another workbook leaves the sample narrative behind; a sheet is assigned to a table', async () => {
    const page = await openPage(session, 1280, 800);
    await loadSample(page);
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

  it('asked for nothing outside the local server', () => {
    assert.deepEqual(session.outside, []);
  });
});
