/**
 * @jest-environment jsdom
 */
/** Issue 17 item 8 on the browser page's grid: sheet tabs move with arrow keys; a cell's note is readable from the keyboard. */

import { describe, expect, test } from '@jest/globals';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SheetGrid } from '../../src/hosts/browser/page/SheetGrid';
import { checkWorkbook } from '../../src/core/check';
import { marksToPaint } from '../../src/taskpane/logic/run-check';
import { DEFAULT_SETTINGS } from '../../src/taskpane/logic/settings';
import { BrowserHost, openCase } from './pane-fixtures';

describe('the page grid from the keyboard', () => {
  test('the sheet tabs are one Tab stop and move with the arrow keys', async () => {
    const model = await openCase('danfeng2024-standard');
    render(<SheetGrid model={model} />);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.filter((t) => t.tabIndex === 0).length).toBe(1);
    const user = userEvent.setup();
    tabs[0].focus();
    await user.keyboard('{ArrowRight}');
    const second = model.sheets()[1].name;
    expect(document.activeElement!.textContent).toBe(second);
    expect(screen.getByRole('tab', { name: second }).getAttribute('aria-selected')).toBe('true');
    expect(document.querySelector('.gj-grid')!.getAttribute('data-sheet')).toBe(second);
    await user.keyboard('{End}');
    expect(document.activeElement!.textContent).toBe(model.sheets()[model.sheets().length - 1].name);
  });

  test("a marked cell's note is shown for the selected cell, not only on hover", async () => {
    const model = await openCase('danfeng2024-standard');
    model.cell('公开01表', 'C7')!.value = 1149.22;
    const host = new BrowserHost(model);
    const report = checkWorkbook(await host.readSnapshot(), {});
    await host.paintMarks(marksToPaint(report, DEFAULT_SETTINGS, {}));
    render(<SheetGrid model={model} />);
    await act(() => host.select({ sheet: '公开01表', cell: 'C33' }));
    const note = screen.getByTestId('cell-note');
    expect(note.textContent).toMatch(/^C33：【勾稽·错误】/);
    const cell = document.querySelector('td[data-cell="C33"]')!;
    expect(cell.getAttribute('aria-describedby')).toBe(note.id);
  });
});

describe('the page grid selects a range for 设为公开NN', () => {
  test('a click selects a cell; a shift-click or a drag selects the rectangle, which the host reads', async () => {
    const model = await openCase('danfeng2024-standard');
    const host = new BrowserHost(model);
    render(<SheetGrid model={model} />);
    const sheet = model.sheets()[0].name;
    const user = userEvent.setup();
    const td = (a1: string) => document.querySelector(`td[data-cell="${a1}"]`)!;
    await user.click(td('B6'));
    expect(await host.readSelection()).toEqual({ sheet, range: 'B6' });
    await user.keyboard('{Shift>}');
    await user.click(td('D9'));
    await user.keyboard('{/Shift}');
    expect(await host.readSelection()).toEqual({ sheet, range: 'B6:D9' });
    expect(td('C7').getAttribute('aria-selected')).toBe('true');
    expect(td('E7').getAttribute('aria-selected')).toBeNull();
    await user.pointer([
      { keys: '[MouseLeft>]', target: td('D10') },
      { target: td('C9') },
      { target: td('A8') },
      { keys: '[/MouseLeft]', target: td('A8') },
    ]);
    expect(await host.readSelection()).toEqual({ sheet, range: 'A8:D10' });
  });
});
