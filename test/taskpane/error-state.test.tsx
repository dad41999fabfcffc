/**
 * @jest-environment jsdom
 */
/** The browser page's error state: a file that is not a workbook is refused in Chinese, and the page goes on. */

import { TextDecoder as NodeTextDecoder } from 'node:util';
import { describe, expect, test } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BrowserPage } from '../../src/hosts/browser/page/BrowserPage';
import { setUpFluent } from '../../src/taskpane/theme';

if (typeof globalThis.TextDecoder === 'undefined')
  Object.assign(globalThis, { TextDecoder: NodeTextDecoder });

describe('the error state', () => {
  test('a CSV renamed .xlsx: a Chinese message naming the file, dismissed with 关闭; nothing checked', async () => {
    setUpFluent();
    render(<BrowserPage />);
    const user = userEvent.setup();
    expect(screen.getByTestId('check-button').getAttribute('aria-disabled')).toBe('true');
    await user.upload(
      screen.getByTestId('workbook-file'),
      new File(['科目编码,科目名称,金额\n201,一般公共服务支出,1.00\n'], '公开表.xlsx'),
    );
    const message = await screen.findByText(/文件“公开表.xlsx”不是 .xlsx 工作簿，看起来是文本或 CSV 文件/);
    expect(message).toBeTruthy();
    expect(screen.getByText('尚未打开工作簿。文件只在本机浏览器中读取，不会上传。')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '关闭' }));
    expect(screen.queryByText(/不是 .xlsx 工作簿/)).toBeNull();
    expect(screen.getByTestId('check-button').getAttribute('aria-disabled')).toBe('true');
  });
});
