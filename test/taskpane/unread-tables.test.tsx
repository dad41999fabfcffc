/**
 * @jest-environment jsdom
 */
/**
 * Issue 12 item 4 in the pane: a table read only in part (rule table.unreadable) is shown at the top of
 * the results, above the grouped findings, with its range; a click goes to it.
 */

import { describe, expect, test } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import { BrowserHost, checkNow, openCase, renderPane } from './pane-fixtures';

describe('a table not understood', () => {
  test('is shown above the grouped findings, with its range, and leads to its cell', async () => {
    const model = await openCase('danfeng2024-standard');
    // A column the table should not have, with figures under it.
    model.cell('公开05表', 'F5')!.value = '其他资金';
    model.cell('公开05表', 'F8')!.value = 12.5;
    model.cell('公开05表', 'F9')!.value = 3;
    const host = new BrowserHost(model);
    const { user } = renderPane(host);
    await checkNow(user);
    const notice = await screen.findByRole('region', { name: '未能完全识别的表格' }, { timeout: 10000 });
    expect(notice.textContent).toMatch(/有 1 张表格未能完全识别/);
    expect(notice.textContent).toMatch(/其他资金/);
    expect(notice.textContent).toMatch(/F\d+:F\d+/);
    const findings = screen.getByRole('region', { name: '审核意见' });
    expect(notice.compareDocumentPosition(findings) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const link = within(notice).getByText(/^公开05表!F\d+$/);
    await user.click(link);
    // The pane selects through the host, after its queued work: wait for it.
    await waitFor(() =>
      expect(model.getSelection()).toMatchObject({
        sheet: '公开05表',
        cell: link.textContent!.split('!')[1],
      }),
    );
  });

  test('is not shown when every table was understood', async () => {
    const { user } = renderPane(new BrowserHost(await openCase('danfeng2024-standard')));
    await checkNow(user);
    expect(screen.queryByRole('region', { name: '未能完全识别的表格' })).toBeNull();
  });
});
