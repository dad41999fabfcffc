/**
 * @jest-environment jsdom
 */
/** The narrative box: opened from a file (and refused in Chinese when it is not text), a quote selected in it. */

import { TextDecoder as NodeTextDecoder } from 'node:util';
import { describe, expect, test } from '@jest/globals';
import { render, screen, waitFor } from '@testing-library/react';
import { NarrativePanel } from '../../src/taskpane/components/NarrativePanel';
import { setUpFluent } from '../../src/taskpane/theme';
import { narrativeText, renderPane } from './pane-fixtures';

// jsdom has no TextDecoder; every browser and webview the pane runs in has.
if (typeof globalThis.TextDecoder === 'undefined')
  Object.assign(globalThis, { TextDecoder: NodeTextDecoder });

const box = () => screen.getByLabelText(/情况说明（粘贴全文/) as HTMLTextAreaElement;

describe('the narrative box', () => {
  test('a .txt opened from the disk fills the box; an old .doc renamed .docx is refused with the reason', async () => {
    const { user } = renderPane(null);
    const text = narrativeText('danfeng2024');
    const input = screen.getByTestId('narrative-file') as HTMLInputElement;
    await user.upload(input, new File([text], '丹凤情况说明.txt', { type: 'text/plain' }));
    // A text area reads line breaks as \n whatever the file had.
    const shown = text.replace(/\r\n?/g, '\n');
    await waitFor(() => expect(box().value).toBe(shown));
    expect(screen.getByText(`已读入“丹凤情况说明.txt”，共 ${text.length} 字`)).toBeTruthy();
    expect(screen.getByText(/情况说明：已提供/)).toBeTruthy();
    // With text, 开始审核 is possible even without a workbook.
    expect(screen.getByTestId('check-button').getAttribute('aria-disabled')).not.toBe('true');
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await user.upload(input, new File([ole], '旧文档.docx'));
    expect(await screen.findByText(/不是纯文本|另存为 .docx/)).toBeTruthy();
    expect(box().value).toBe(shown);
  });

  test("a finding's quote is selected in the box", () => {
    setUpFluent();
    const text = narrativeText('danfeng2024');
    const start = text.indexOf('部门职责') >= 0 ? text.indexOf('部门职责') : 10;
    const noop = () => undefined;
    render(
      <NarrativePanel
        narrative={text}
        onChange={noop}
        keep={false}
        onKeep={noop}
        highlight={{ start, end: start + 4, text: text.slice(start, start + 4) }}
        workbook="丹凤.xlsx"
        canKeep
      />,
    );
    expect(document.activeElement).toBe(box());
    expect([box().selectionStart, box().selectionEnd]).toEqual([start, start + 4]);
    expect(screen.getByText(/与“丹凤.xlsx”一起审核的情况说明/)).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: '把情况说明保存在工作簿中' })).toBeTruthy();
  });
});
