/**
 * @jest-environment jsdom
 */
/** 上年决算 in the pane: last year's workbook opened beside this one, kept with the document, its findings listed. */

import { readFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { BrowserHost, checkNow, narrativeText, openCase, renderPane } from './pane-fixtures';
import { writeCase } from '../years/pairs';

test('上年决算: open last year’s .xlsx, check, the carry-over break is listed with both places and kept', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gouji-pane-years-'));
  const lastFile = path.join(dir, '丹凤2023.xlsx');
  // Last year closed with 12.50 of 结转和结余; this year's 公开01 opens with 3.00.
  await writeCase('danfeng2024-standard', lastFile, [
    [['公开01', 'income', 'grandTotal', 'total'], 1006.19],
    [['公开01', 'expense', 'grandTotal', 'total'], 1006.19],
    [['公开04', 'income', 'grandTotal', 'total'], 1006.19],
    ['公开05合计', 1006.19],
    [['公开01', 'expense', 'closingBalance', 'total'], 12.5],
  ]);
  const model = await openCase('danfeng2024-standard');
  model.cell('公开01表', 'C35')!.value = 3;
  const host = new BrowserHost(model);
  const { user } = renderPane(host, narrativeText('danfeng2024'));
  await user.click(screen.getByRole('button', { name: /上年决算：未打开/ }));
  await user.upload(
    screen.getByTestId('last-year-file') as HTMLInputElement,
    new File([readFileSync(lastFile)], '丹凤2023.xlsx'),
  );
  expect(await screen.findByText(/已读入上年决算“丹凤2023.xlsx”，已保存在工作簿中/)).toBeTruthy();
  await waitFor(async () => expect((await host.loadState())?.lastYear?.file).toBe('丹凤2023.xlsx'));
  await checkNow(user);
  // The finding is listed once, in the list of findings, with last year's place on its card; the section's
  // count is the list's.
  expect(screen.queryByRole('list', { name: '跨年问题' })).toBeNull();
  const cards = [...document.querySelectorAll<HTMLElement>('.gj-finding')].filter((c) =>
    /:year\./.test(c.dataset.nav ?? ''),
  );
  expect(cards).toHaveLength(1);
  expect(cards[0].textContent).toMatch(/公开01 年初结转和结余 3\.00.*12\.50/);
  expect(within(cards[0]).getByText(/上年：丹凤2023\.xlsx 公开01表!F35/)).toBeTruthy();
  expect(screen.getAllByText(/^上年：/)).toHaveLength(1);
  expect(
    screen.getByRole('button', { name: /上年决算：丹凤2023\.xlsx（跨年问题 1 条，见审核意见）/ }),
  ).toBeTruthy();
  await user.click(within(cards[0]).getByRole('button', { name: '公开01表!C35' }));
  expect(model.getSelection()?.cell).toBe('C35');
  await user.click(screen.getByRole('button', { name: '移除' }));
  await waitFor(async () => expect((await host.loadState())?.lastYear ?? null).toBeNull());
});

test('上年决算: a file with neither a table nor a narrative is refused, in the command line’s words', async () => {
  const host = new BrowserHost(await openCase('danfeng2024-standard'));
  const { user } = renderPane(host);
  await user.click(screen.getByRole('button', { name: /上年决算：未打开/ }));
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('人员名单').addRow(['姓名', '部门']);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  await user.upload(screen.getByTestId('last-year-file') as HTMLInputElement, new File([bytes], '名单.xlsx'));
  expect(
    await screen.findByText(
      '上年决算“名单.xlsx”中既没有识别到部门决算公开表，也没有情况说明，无法做跨年比较',
    ),
  ).toBeTruthy();
  expect((await host.loadState())?.lastYear ?? null).toBeNull();
  expect(screen.getByRole('button', { name: /上年决算：未打开/ })).toBeTruthy();
});
