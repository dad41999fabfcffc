/**
 * @jest-environment jsdom
 */
/** Issue 17 item 2 and 9: nothing checked is said as such, never as "错误 0"; 开始审核 needs something to check. */

import { describe, expect, test } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import {
  BrowserHost,
  checkNow,
  narrativeText,
  openCase,
  renderPane,
  unrelatedWorkbook,
} from './pane-fixtures';

describe('a clear state for nothing checked', () => {
  test('开始审核 is disabled with nothing loaded, and the page says what to do', () => {
    renderPane(null);
    const button = screen.getByTestId('check-button');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText(/先打开 .xlsx 公开表或 PDF（或粘贴情况说明），再点“开始审核”/)).toBeTruthy();
  });

  test('a workbook with no disclosure table: no "错误 0", 九张表 not 不适用', async () => {
    const host = new BrowserHost(await unrelatedWorkbook());
    const { user } = renderPane(host);
    await checkNow(user);
    const summary = screen.getByTestId('summary').textContent ?? '';
    expect(summary).not.toMatch(/错误\s*0/);
    expect(summary).toMatch(/未审核.*没有识别到公开表/);
    await user.click(screen.getByRole('tab', { name: '完整性' }));
    const list = screen.getByRole('region', { name: '公开完整性' });
    expect(list.textContent).not.toMatch(/不适用/);
    const nine = within(list).getByText('九张表').parentElement!;
    expect(nine.textContent).toMatch(/未检查（未识别到公开表）/);
  });

  test('no narrative: narrative topics read 未检查（未提供情况说明）', async () => {
    const host = new BrowserHost(await openCase('danfeng2024-standard'));
    const { user } = renderPane(host);
    await checkNow(user);
    await user.click(screen.getByRole('tab', { name: '完整性' }));
    const list = screen.getByRole('region', { name: '公开完整性' });
    const duties = within(list).getByText('部门职责').parentElement!;
    expect(duties.textContent).toMatch(/未检查（未提供情况说明）/);
    expect(list.textContent).not.toMatch(/不适用/);
  });

  test('with the narrative, the counts are shown', async () => {
    const host = new BrowserHost(await openCase('danfeng2024-standard'));
    const { user } = renderPane(host, narrativeText('danfeng2024'));
    await checkNow(user);
    expect(screen.getByTestId('summary').textContent).toMatch(/错误 \d+，警告 \d+，提示 \d+/);
  });
});
