/**
 * @jest-environment jsdom
 */
/**
 * The pane and the page after the screenshots' review (issue 22): a selected figure of a PDF is drawn at a
 * readable scale in a narrow view (10 pt print at 13 px), the confirmations at the bottom leave room for the
 * pane's controls, and 情况说明 and 上年决算 fold the same way (one CollapsibleSection).
 */

import { TextDecoder as NodeTextDecoder } from 'node:util';
import { describe, expect, test } from '@jest/globals';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { PdfWorkbook, type PdfRenderDocument } from '../../src/hosts/browser/open-pdf';
import { PdfPages, READABLE_SCALE, scaleFor } from '../../src/hosts/browser/page/PdfPages';
import { CheckBar } from '../../src/taskpane/components/CheckBar';
import { CollapsibleSection } from '../../src/taskpane/components/CollapsibleSection';
import { TOAST_SPACE, toastSpace } from '../../src/taskpane/components/use-toast-space';
import { setUpFluent } from '../../src/taskpane/theme';
import { BrowserHost, openCase, renderPane } from './pane-fixtures';

if (typeof globalThis.TextDecoder === 'undefined')
  Object.assign(globalThis, { TextDecoder: NodeTextDecoder });

/** A PDF of two A4 pages whose 公开01 C7 (row 6, column 2 from 0) is printed on page 2; pdf.js replaced by a document of that size. */
class TwoPages extends PdfWorkbook {
  protected override async openForDrawing(): Promise<PdfRenderDocument> {
    const viewport = (scale: number) => ({
      width: 595 * scale,
      height: 842 * scale,
      convertToViewportRectangle: (r: number[]) => [
        r[0] * scale,
        (842 - r[1]) * scale,
        r[2] * scale,
        (842 - r[3]) * scale,
      ],
    });
    return {
      numPages: 2,
      getPage: async () => ({
        getViewport: ({ scale }: { scale: number }) => viewport(scale),
        render: () => ({ promise: Promise.resolve(), cancel: () => undefined }),
      }),
      destroy: async () => undefined,
    };
  }
}

const scaleShown = () => Number(document.querySelector('.gj-pdf-view')!.getAttribute('data-scale'));

describe('issue 22, the screenshots review', () => {
  test('a page fitted to a narrow view is too small to read; a selected figure is drawn at 13 px a 10 pt', () => {
    // 350 px window: the view is about 330 px wide, an A4 page 595 pt.
    expect(scaleFor(330, 595)).toBeLessThan(0.6);
    expect(scaleFor(330, 595, true)).toBe(READABLE_SCALE);
    expect(READABLE_SCALE * 10).toBeGreaterThanOrEqual(13);
    // A wide view keeps its (larger) fitted scale.
    expect(scaleFor(900, 595, true)).toBeCloseTo(scaleFor(900, 595));
  });

  test('selecting a finding on a PDF zooms the pages to the readable scale; 整页 fits them again', async () => {
    HTMLCanvasElement.prototype.getContext = (() => null) as never;
    const places = new Map([
      [
        '公开01表',
        new Map([['6,2', { page: 2, box: [300, 500, 340, 510] as [number, number, number, number] }]]),
      ],
    ]);
    const model = new TwoPages(new ExcelJS.Workbook(), 'x.pdf', {
      bytes: new Uint8Array([37, 80, 68, 70]),
      places,
      narrative: '',
    });
    render(<PdfPages model={model} />);
    // jsdom lays nothing out: the view is 0 px wide and the pages are fitted at the smallest scale.
    await waitFor(() => expect(document.querySelector('.gj-pdf-view')!.getAttribute('data-pages')).toBe('2'));
    expect(scaleShown()).toBeCloseTo(0.4);
    act(() => model.select({ sheet: '公开01表', cell: 'C7', related: [] }));
    await waitFor(() => expect(scaleShown()).toBeCloseTo(READABLE_SCALE));
    const selected = document.querySelector<HTMLElement>('.gj-pdf-box-selected')!;
    expect(selected.closest('.gj-pdf-leaf')!.getAttribute('data-page')).toBe('2');
    // The 10 pt high figure, boxed with 2 px to spare on each side.
    expect(parseFloat(selected.style.height)).toBeCloseTo(10 * READABLE_SCALE + 4);
    const zoom = screen.getByRole('button', { name: '整页' });
    expect(zoom.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(zoom);
    await waitFor(() => expect(scaleShown()).toBeCloseTo(0.4));
    expect(screen.getByRole('button', { name: '放大' }).getAttribute('aria-pressed')).toBe('false');
  });

  test('while a confirmation shows, the page ends above it (its room kept in --gj-toast-space)', () => {
    setUpFluent();
    const space = () => document.documentElement.style.getPropertyValue(TOAST_SPACE);
    const height = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight')!;
    // jsdom lays nothing out: a toast is 40 px tall, as Chromium draws one line of it.
    Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains('gj-toasts') && this.textContent ? 40 : 0;
      },
    });
    try {
      const noop = () => undefined;
      const bar = (status: string | null, stale = false) => (
        <CheckBar
          busy={false}
          progress={null}
          report={null}
          counts={null}
          canCheck
          canClear
          stale={stale}
          status={status}
          onCheck={noop}
          onClear={noop}
        />
      );
      const { rerender, unmount } = render(bar(null));
      expect(space()).toBe('0px');
      rerender(bar('已把“公开05表”设为公开05'));
      expect(space()).toBe('40px');
      fireEvent.click(screen.getByRole('button', { name: '关闭提示' }));
      expect(space()).toBe('0px');
      rerender(bar(null, true));
      expect(space()).toBe('40px');
      unmount();
      expect(space()).toBe('0px');
    } finally {
      Object.defineProperty(HTMLElement.prototype, 'offsetHeight', height);
    }
    expect(toastSpace(52.4, 12)).toBe('65px');
    expect(toastSpace(0, 12)).toBe('0px');
  });

  test('情况说明 and 上年决算 fold the same way: one button naming its body, which it shows and hides', async () => {
    const host = new BrowserHost(await openCase('danfeng2024-standard'));
    const { user } = renderPane(host);
    for (const [name, body] of [
      [/^情况说明：/, 'gj-narrative-body'],
      [/^上年决算：未打开/, 'gj-last-year-body'],
    ] as const) {
      const toggle = screen.getByRole('button', { name });
      expect(toggle.getAttribute('aria-controls')).toBe(body);
      const panel = document.getElementById(body)!;
      const was = toggle.getAttribute('aria-expanded') === 'true';
      expect(panel.hidden).toBe(!was);
      expect(toggle.querySelector('.gj-chevron')!.textContent).toBe(was ? '▾' : '▸');
      await user.click(toggle);
      expect(toggle.getAttribute('aria-expanded')).toBe(String(!was));
      expect(panel.hidden).toBe(was);
      expect(toggle.querySelector('.gj-chevron')!.textContent).toBe(was ? '▸' : '▾');
    }
    // 上年决算's body is a region of that name.
    expect(screen.getByRole('region', { name: '上年决算' }).id).toBe('gj-last-year-body');
  });

  test('a section given no region name is a plain block', () => {
    render(
      <CollapsibleSection id="x-body" open={false} onToggle={() => undefined} title="标题">
        <p>内容</p>
      </CollapsibleSection>,
    );
    expect(screen.getByRole('button', { name: '标题' }).getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById('x-body')!.tagName).toBe('DIV');
    expect(screen.queryByRole('region')).toBeNull();
  });
});
