/**
 * @jest-environment jsdom
 */
/**
 * The pane on real workbooks, driven as a user does: the narrative tied to its workbook (issue 17 item 1),
 * focus after 忽略 (8), what 清除标记 did, one primary button, 关于 (9), Chinese names (6), and the user's
 * corrections of recognition saved in the document (issue 12 item 5).
 */

import { describe, expect, test } from '@jest/globals';
import { render, screen, waitFor, within } from '@testing-library/react';
import { MessageBar, MessageBarType } from '@fluentui/react';
import { App } from '../../src/taskpane/App';
import { TablesList } from '../../src/taskpane/components/TablesList';
import { setUpFluent } from '../../src/taskpane/theme';
import { ALL_RULES, ruleTitle } from '../../src/core/rule-catalog';
import { BrowserHost, checkNow, narrativeText, openCase, renderPane } from './pane-fixtures';

const narrativeBox = () => screen.getByLabelText(/情况说明（粘贴全文/) as HTMLTextAreaElement;

describe('the pane as a reviewer uses it', () => {
  test('opening another workbook clears the narrative checked with the previous one', async () => {
    setUpFluent();
    const first = new BrowserHost(await openCase('danfeng2024-standard'));
    const second = new BrowserHost(await openCase('liujiang2022-standard'));
    const text = narrativeText('danfeng2024');
    const info = first.info;
    const { rerender } = render(
      <App host={first} info={info} initialNarrative={text} workbookName="丹凤.xlsx" />,
    );
    expect(narrativeBox().value).toBe(text);
    rerender(<App host={second} info={info} initialNarrative={text} workbookName="柳江.xlsx" />);
    await waitFor(() => expect(narrativeBox().value).toBe(''));
    expect(screen.getByText(/与“柳江.xlsx”一起审核的情况说明/)).toBeTruthy();
  });

  test('after 忽略 the focus is on the list, not the page; an empty reason is refused', async () => {
    const host = new BrowserHost(await openCase('danfeng2024-standard'));
    host.model.cell('公开01表', 'C7')!.value = 1149.22;
    const { user } = renderPane(host);
    await checkNow(user);
    const cards = () => document.querySelectorAll('.gj-finding');
    const before = cards().length;
    const errorCount = () => Number(/错误 (\d+)/.exec(screen.getByTestId('summary').textContent ?? '')![1]);
    const errorsBefore = errorCount();
    const first = document.querySelector<HTMLElement>('.gj-finding')!;
    expect(first.className).toMatch(/gj-sev-error/);
    first.focus();
    await user.click(within(first).getByRole('button', { name: '忽略…' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: '忽略' }));
    expect(await within(dialog).findByText(/请填写忽略的理由/)).toBeTruthy();
    await user.type(within(dialog).getByLabelText(/理由/), '已与财政部门核对');
    await user.click(within(dialog).getByRole('button', { name: '忽略' }));
    await waitFor(() => expect(cards().length).toBe(before - 1));
    await waitFor(() =>
      expect((document.activeElement as HTMLElement).getAttribute('data-nav')).toBeTruthy(),
    );
    expect(document.activeElement).not.toBe(document.body);
    // The summary follows 忽略: the accepted error is no longer counted.
    expect(errorsBefore).toBeGreaterThan(0);
    expect(errorCount()).toBe(errorsBefore - 1);
  });

  test('清除标记 says what it did; one primary button; 关于 has the version and copies diagnostics', async () => {
    const host = new BrowserHost(await openCase('danfeng2024-standard'));
    host.model.cell('公开01表', 'C7')!.value = 1149.22;
    const { user } = renderPane(host);
    await checkNow(user);
    const primaries = [...document.querySelectorAll('.ms-Button--primary')].filter(
      (b) => b.getAttribute('aria-disabled') !== 'true',
    );
    expect(primaries.length).toBe(1);
    await user.click(screen.getByRole('button', { name: '清除标记' }));
    expect((await screen.findByTestId('status')).textContent).toMatch(/已清除 \d+ 个单元格上的标记/);
    await user.click(screen.getByRole('tab', { name: '关于' }));
    expect(screen.getByTestId('version').textContent).toMatch(/^\d+\.\d+\.\d+/);
    await user.click(screen.getByRole('button', { name: '复制诊断信息' }));
    expect(await screen.findByText(/已复制诊断信息/)).toBeTruthy();
    expect(await navigator.clipboard.readText()).toMatch(/勾稽 \d+\.\d+\.\d+[\s\S]*运行环境/);
  });

  test('no raw rule id or English name where Chinese is expected; no ⛔ glyph', async () => {
    const host = new BrowserHost(await openCase('danfeng2024-standard'));
    const { user } = renderPane(host, narrativeText('danfeng2024'));
    await checkNow(user);
    for (const r of ALL_RULES) expect(ruleTitle(r.id)).not.toBe(r.id);
    expect(ruleTitle('cause.single-cell')).toMatch(/[\u4e00-\u9fff]/);
    const text = document.body.textContent ?? '';
    expect(text).not.toMatch(/\b(completeness|narrative|sum|summary|cross|code)\.[a-z-]+/);
    const names = [...document.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap((el) =>
      ['aria-label', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? ''),
    );
    const english = names.filter((n) => /[A-Za-z]{3,}/.test(n.replace(/\.xlsx|\.docx|\.txt|JSON/g, '')));
    expect(english).toEqual([]);
    render(<MessageBar messageBarType={MessageBarType.error}>出错了</MessageBar>);
    expect(document.body.textContent).not.toContain('⛔');
  });

  test('设为公开05: a sheet assigned to a table is saved in the document and listed', async () => {
    const host = new BrowserHost(await openCase('danfeng2024-standard'));
    const { user } = renderPane(host);
    await checkNow(user);
    await user.click(screen.getByText(/识别到的表格/));
    await user.click(screen.getByRole('combobox', { name: /^工作表/ }));
    await user.click(await screen.findByRole('option', { name: '公开05表' }));
    await user.click(screen.getByRole('combobox', { name: /^是哪张表/ }));
    await user.click(await screen.findByRole('option', { name: /^公开05 / }));
    await user.click(screen.getByRole('button', { name: '设为公开05' }));
    expect((await screen.findByTestId('status')).textContent).toMatch(/已把“公开05表”设为公开05/);
    const state = await host.loadState();
    expect(state!.assignments).toEqual([{ table: '公开05', sheet: '公开05表' }]);
    expect(
      within(screen.getByRole('list', { name: '已指定的表' })).getByText(/“公开05表”是公开05/),
    ).toBeTruthy();
  });

  test('the face each table was read in is shown when the report says it', () => {
    setUpFluent();
    const noop = () => undefined;
    render(
      <TablesList
        tables={[
          {
            id: '公开05',
            title: '一般公共预算财政拨款支出决算表',
            sheet: 'Sheet5',
            range: 'A1:F30',
            face: 'shanghai',
          },
        ]}
        onSelect={noop}
        sheets={['Sheet5']}
        face={null}
        onFace={noop}
        assignments={[]}
        onAssign={noop}
        onUnassign={noop}
      />,
    );
    expect(screen.getByText('按上海格式（九张表）读取')).toBeTruthy();
  });
});
