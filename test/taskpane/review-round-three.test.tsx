/**
 * @jest-environment jsdom
 */
/**
 * The pane and the page after the second review (issue 22, what was left): the 设为 confirmation in the face's
 * words (3), closing the tab with unexported 忽略 reasons asks first (4), the pages view frees pdf.js's
 * drawing document when it goes (5).
 */

import { TextDecoder as NodeTextDecoder } from 'node:util';
import { describe, expect, test } from '@jest/globals';
import { render, screen, waitFor, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { PdfWorkbook, type PdfRenderDocument } from '../../src/hosts/browser/open-pdf';
import { PdfPages } from '../../src/hosts/browser/page/PdfPages';
import { BrowserHost, checkNow, openCase, renderPane } from './pane-fixtures';

if (typeof globalThis.TextDecoder === 'undefined')
  Object.assign(globalThis, { TextDecoder: NodeTextDecoder });

const cards = () => [...document.querySelectorAll<HTMLElement>('.gj-finding')];

/** Whether the page would ask before the tab closes. */
function asksBeforeClosing(): boolean {
  const e = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(e);
  return e.defaultPrevented;
}

describe('issue 22, round two leftovers', () => {
  test('3. 设为… says the table as the face names it (上海: 表N), not 公开NN', async () => {
    const host = new BrowserHost(await openCase('danfeng2024-shanghai'));
    const { user } = renderPane(host);
    await checkNow(user);
    await user.click(screen.getByText(/识别到的表格/));
    await user.click(screen.getByRole('combobox', { name: /^工作表/ }));
    await user.click((await screen.findAllByRole('option'))[0]);
    await user.click(screen.getByRole('combobox', { name: /^是哪张表/ }));
    await user.click((await screen.findAllByRole('option'))[4]);
    const button = screen.getByRole('button', { name: /^设为/ });
    const called = button.textContent!.replace(/^设为/, '');
    expect(called).not.toMatch(/公开0/);
    await user.click(button);
    const status = (await screen.findByTestId('status')).textContent!;
    expect(status).toContain(`设为${called}，`);
    expect(status).not.toMatch(/公开0\d/);
    // The list of assignments says it the same way.
    expect(screen.getByRole('list', { name: '已指定的表' }).textContent).toContain(`是${called}`);
  });

  test('4. with a 忽略 reason not yet exported, closing the tab asks first; after 导出 JSON it does not', async () => {
    // The download as the page starts it (an <a download> clicked), recorded instead of navigating.
    const created: string[] = [];
    Object.assign(URL, { createObjectURL: () => 'blob:gouji', revokeObjectURL: () => undefined });
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      created.push(this.download);
    };
    // A planted error on 公开01 (C7 raised by 100): a card to accept.
    const host = new BrowserHost(await openCase('danfeng2024-standard'));
    const c7 = host.model.cell('公开01表', 'C7')!;
    c7.value = Number(c7.value) + 100;
    const { user } = renderPane(host);
    await checkNow(user);
    expect(asksBeforeClosing()).toBe(false);
    await user.click(within(cards()[0]).getByRole('button', { name: '忽略…' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.type(within(dialog).getByLabelText(/理由/), '已与财政部门核对');
    await user.click(within(dialog).getByRole('button', { name: '忽略' }));
    await screen.findByRole('checkbox', { name: '显示已忽略的 1 条' }, { timeout: 15000 });
    expect(asksBeforeClosing()).toBe(true);
    await user.click(screen.getByRole('button', { name: '导出 JSON' }));
    expect(created).toEqual(['danfeng2024-standard-审核结果.json']);
    expect(asksBeforeClosing()).toBe(false);
  });

  test('5. the pages view destroys its pdf.js document when it goes, and opens a fresh one when it comes back', async () => {
    // jsdom has no 2D canvas: the page is "drawn" by the fake document below without one.
    HTMLCanvasElement.prototype.getContext = (() => null) as never;
    const destroyed: number[] = [];
    let opened = 0;
    class CountedPdf extends PdfWorkbook {
      protected override async openForDrawing(): Promise<PdfRenderDocument> {
        const id = ++opened;
        const viewport = (scale: number) => ({
          width: 595 * scale,
          height: 842 * scale,
          convertToViewportRectangle: (r: number[]) => r.map((v) => v * scale),
        });
        return {
          numPages: 2,
          getPage: async () => ({
            getViewport: ({ scale }: { scale: number }) => viewport(scale),
            render: () => ({ promise: Promise.resolve(), cancel: () => undefined }),
          }),
          destroy: async () => {
            destroyed.push(id);
          },
        };
      }
    }
    const model = new CountedPdf(new ExcelJS.Workbook(), 'x.pdf', {
      bytes: new Uint8Array([37, 80, 68, 70]),
      places: new Map(),
      narrative: '',
    });
    const first = render(<PdfPages model={model} />);
    await waitFor(() => expect(document.querySelector('.gj-pdf-view')!.getAttribute('data-pages')).toBe('2'));
    first.unmount();
    await waitFor(() => expect(destroyed).toEqual([1]));
    const again = render(<PdfPages model={model} />);
    await waitFor(() => expect(document.querySelector('.gj-pdf-view')!.getAttribute('data-pages')).toBe('2'));
    expect(opened).toBe(2);
    again.unmount();
    await waitFor(() => expect(destroyed).toEqual([1, 2]));
  });
});
