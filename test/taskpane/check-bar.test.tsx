/**
 * @jest-environment jsdom
 */
/**
 * The summary under 开始审核: a live region that stays mounted while a check runs (only its text changes, so
 * screen readers announce it), and counts taken from the whole report when the tails are hidden.
 */

import { describe, expect, test } from '@jest/globals';
import { render, screen, waitFor } from '@testing-library/react';
import { checkWorkbook } from '../../src/core/check';
import { CheckBar } from '../../src/taskpane/components/CheckBar';
import { buildFindingsView, DEFAULT_FILTER } from '../../src/taskpane/logic/findings-view';
import { setUpFluent } from '../../src/taskpane/theme';
import { BrowserHost, checkNow, narrativeText, openCase, renderPane } from './pane-fixtures';

describe('the summary under 开始审核', () => {
  test('the status region stays mounted through a check; only its text changes', async () => {
    setUpFluent();
    const host = new BrowserHost(await openCase('danfeng2024-standard'));
    const report = checkWorkbook(await host.readSnapshot(), { narrative: narrativeText('danfeng2024') });
    const counts = buildFindingsView(report.findings, {}, DEFAULT_FILTER).summary;
    const noop = () => undefined;
    const bar = (busy: boolean, status: string | null) => (
      <CheckBar
        busy={busy}
        progress={busy ? { label: '正在读取工作表…', fraction: 0.2 } : null}
        report={report}
        counts={counts}
        canCheck
        canClear
        stale={false}
        status={status}
        onCheck={noop}
        onClear={noop}
      />
    );
    const { rerender } = render(bar(true, null));
    const regions = screen.getAllByRole('status');
    const summary = screen.getByTestId('summary-region');
    const status = screen.getByTestId('status-region');
    expect(regions).toContain(summary);
    expect(regions).toContain(status);
    expect(summary.textContent).toBe('');
    rerender(bar(false, null));
    expect(screen.getByTestId('summary-region')).toBe(summary);
    expect(summary.textContent).toMatch(/错误 \d+，警告 \d+，提示 \d+/);
    rerender(bar(false, '已清除 3 个单元格上的标记'));
    expect(screen.getByTestId('status-region')).toBe(status);
    expect(status.textContent).toBe('已清除 3 个单元格上的标记');
    rerender(bar(true, null));
    expect(screen.getByTestId('summary-region')).toBe(summary);
    expect(summary.textContent).toBe('');
  });

  test('with the tails hidden the summary still counts them, and says they are hidden', async () => {
    const host = new BrowserHost(await openCase('danfeng2024-standard'));
    const { user } = renderPane(host, narrativeText('danfeng2024'));
    await checkNow(user);
    const tails = () => Number(/提示 (\d+)/.exec(screen.getByTestId('summary').textContent ?? '')![1]);
    const shown = tails();
    expect(shown).toBeGreaterThan(0);
    expect(screen.getByTestId('summary').textContent).not.toMatch(/未显示/);
    await user.click(screen.getByRole('tab', { name: '设置' }));
    await user.click(screen.getByRole('switch', { name: /显示提示/ }));
    await waitFor(() => expect(screen.getByTestId('summary').textContent).toMatch(/提示未显示/));
    expect(tails()).toBe(shown);
    await user.click(screen.getByRole('tab', { name: '结果' }));
    expect(document.querySelectorAll('.gj-finding.gj-sev-info').length).toBe(0);
    expect(screen.queryByRole('button', { name: /^提示（/ })).toBeNull();
  });
});
