/**
 * @jest-environment jsdom
 */
/** 上年决算 in the pane: last year's workbook opened beside this one, kept with the document, its findings listed. */

import { readFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
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
  const list = await screen.findByRole('list', { name: '跨年问题' });
  const items = within(list).getAllByRole('listitem');
  expect(items).toHaveLength(1);
  expect(items[0].textContent).toMatch(/公开01 年初结转和结余 3\.00.*12\.50/);
  expect(within(items[0]).getByText(/上年：丹凤2023\.xlsx 公开01表!F35/)).toBeTruthy();
  expect(screen.getByRole('button', { name: /上年决算：丹凤2023\.xlsx（跨年问题 1 条）/ })).toBeTruthy();
  await user.click(within(items[0]).getByRole('button', { name: '本年 公开01表!C35' }));
  await user.click(screen.getByRole('button', { name: '移除' }));
  await waitFor(async () => expect((await host.loadState())?.lastYear ?? null).toBeNull());
});
