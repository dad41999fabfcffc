/**
 * @jest-environment jsdom
 */
/**
 * 设为公开NN from the selection (issue 12 item 5): "用当前选区" fills the sheet and the range from what the
 * user selected in the workbook; a host that cannot read the selection keeps the typed range.
 */

import { describe, expect, test } from '@jest/globals';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TablesList } from '../../src/taskpane/components/TablesList';
import { setUpFluent } from '../../src/taskpane/theme';
import { BrowserHost, checkNow, openCase, renderPane } from './pane-fixtures';

const rangeBox = () => screen.getByRole('textbox', { name: /^区域/ }) as HTMLInputElement;

describe('用当前选区', () => {
  test('fills sheet and range from the selection, and the assignment keeps that range', async () => {
    const model = await openCase('danfeng2024-standard');
    const host = new BrowserHost(model);
    const { user } = renderPane(host);
    await checkNow(user);
    await user.click(screen.getByText(/识别到的表格/));
    act(() => model.select({ sheet: '公开05表', cell: 'A2', related: [], range: 'A2:F40' }));
    await user.click(screen.getByRole('button', { name: '用当前选区' }));
    expect(rangeBox().value).toBe('A2:F40');
    expect(screen.getByRole('combobox', { name: /^工作表/ }).textContent).toContain('公开05表');
    await user.click(screen.getByRole('combobox', { name: /^是哪张表/ }));
    await user.click(await screen.findByRole('option', { name: /^公开05 / }));
    await user.click(screen.getByRole('button', { name: '设为公开05' }));
    expect((await screen.findByTestId('status')).textContent).toMatch(/设为公开05/);
    expect((await host.loadState())!.assignments).toEqual([
      { table: '公开05', sheet: '公开05表', range: 'A2:F40' },
    ]);

    // One cell names the sheet: the range is left empty (the whole sheet) and the pane says so.
    act(() => model.select({ sheet: '公开06表', cell: 'C7', related: [] }));
    await user.click(screen.getByRole('button', { name: '用当前选区' }));
    expect(rangeBox().value).toBe('');
    expect(screen.getByRole('combobox', { name: /^工作表/ }).textContent).toContain('公开06表');
    expect(screen.getByText(/只选中了一个单元格（C7）：将指定整张工作表/)).toBeTruthy();
  });

  test('says so when nothing is selected', async () => {
    const host = new BrowserHost(await openCase('danfeng2024-standard'));
    const { user } = renderPane(host);
    await checkNow(user);
    await user.click(screen.getByText(/识别到的表格/));
    await user.click(screen.getByRole('button', { name: '用当前选区' }));
    expect(screen.getByText(/没有选中单元格/)).toBeTruthy();
  });

  test('a host that cannot read the selection offers no button; the range is typed', async () => {
    setUpFluent();
    const assigned: unknown[] = [];
    const { getByRole, queryByRole } = render(
      <TablesList
        tables={[]}
        onSelect={() => undefined}
        sheets={['Sheet5']}
        face={null}
        onFace={() => undefined}
        assignments={[]}
        onAssign={(a) => assigned.push(a)}
        onUnassign={() => undefined}
      />,
    );
    expect(queryByRole('button', { name: '用当前选区' })).toBeNull();
    const user = userEvent.setup();
    await user.type(rangeBox(), 'b2:h30');
    await user.click(getByRole('button', { name: /^设为公开/ }));
    expect(assigned).toEqual([{ table: '公开01', sheet: 'Sheet5', range: 'B2:H30' }]);
  });
});
