/**
 * @jest-environment jsdom
 */
/**
 * The pane as a reviewer meets it after switching workbooks and reading narratives (issue 22): filters and
 * messages that belong to one workbook (items 1, 5), a crafted .docx refused within the limits with the 忽略
 * reasons kept (2), a 提示 heading that says what it holds (3), Esc from the narrative back to the card (7).
 */

import { TextDecoder as NodeTextDecoder } from 'node:util';
import { describe, expect, test } from '@jest/globals';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { openWorkbook } from '../../src/hosts/browser';
import { FileOpener } from '../../src/hosts/browser/page/FileOpener';
import { App } from '../../src/taskpane/App';
import { setUpFluent } from '../../src/taskpane/theme';
import { BrowserHost, checkNow, narrativeText, openCase, renderPane } from './pane-fixtures';

if (typeof globalThis.TextDecoder === 'undefined')
  Object.assign(globalThis, { TextDecoder: NodeTextDecoder });

const summaryCount = (label: string) =>
  Number(new RegExp(`${label} (\\d+)`).exec(screen.getByTestId('summary').textContent ?? '')?.[1] ?? 0);
const cards = () => [...document.querySelectorAll<HTMLElement>('.gj-finding')];
const search = () => screen.getByRole('searchbox', { name: '搜索审核意见' }) as HTMLInputElement;

/** A corpus workbook with a planted error on 公开01 (C7 raised by 100). */
async function planted(id: string) {
  const host = new BrowserHost(await openCase(id));
  const c7 = host.model.cell('公开01表', 'C7')!;
  c7.value = Number(c7.value) + 100;
  return host;
}

/** The pane as the page renders it, over one host and then another (the page keeps the same pane). */
function paneOver(host: BrowserHost) {
  setUpFluent();
  const user = userEvent.setup();
  const app = (h: BrowserHost) => (
    <App host={h} info={h.info} initialNarrative={null} workbookName={h.model.name} />
  );
  const view = render(app(host));
  return { user, switchTo: (h: BrowserHost) => view.rerender(app(h)) };
}

describe('issue 22: the pane over several workbooks', () => {
  test('1. a search and an unticked 警告 set on one workbook do not hide the next workbook’s findings', async () => {
    const { user, switchTo } = paneOver(await planted('danfeng2024-standard'));
    await checkNow(user);
    await user.type(search(), '公开05');
    await user.click(screen.getByRole('checkbox', { name: /^警告/ }));
    switchTo(await planted('liujiang2022-standard'));
    await checkNow(user);
    const errors = summaryCount('错误');
    const warnings = summaryCount('警告');
    expect(errors + warnings).toBeGreaterThan(0);
    expect(search().value).toBe('');
    expect((screen.getByRole('checkbox', { name: /^警告/ }) as HTMLInputElement).checked).toBe(true);
    // Every error and warning the summary counts is in the list.
    expect(cards().filter((c) => /gj-sev-(error|warning)/.test(c.className)).length).toBe(errors + warnings);
  });

  test('5. what the last narrative file read said does not stay under the next workbook’s empty box', async () => {
    const { user, switchTo } = paneOver(await planted('danfeng2024-standard'));
    await user.click(screen.getByRole('button', { name: /^情况说明：/ }));
    const text = narrativeText('liujiang2022');
    await user.upload(screen.getByTestId('narrative-file'), new File([text], 'liujiang2022.txt'));
    expect(await screen.findByText(`已读入“liujiang2022.txt”，共 ${text.length} 字`)).toBeTruthy();
    switchTo(await planted('liujiang2022-standard'));
    await waitFor(() =>
      expect((screen.getByLabelText(/情况说明（粘贴全文/) as HTMLTextAreaElement).value).toBe(''),
    );
    expect(screen.queryByText(/已读入“liujiang2022.txt”/)).toBeNull();
  });

  test('2. a .docx whose document.xml unpacks past the limit is refused in Chinese; the 忽略 reasons stay', async () => {
    const host = await planted('danfeng2024-standard');
    const { user } = renderPane(host);
    await checkNow(user);
    const first = cards()[0];
    await user.click(within(first).getByRole('button', { name: '忽略…' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.type(within(dialog).getByLabelText(/理由/), '已与财政部门核对');
    await user.click(within(dialog).getByRole('button', { name: '忽略' }));
    await screen.findByRole('checkbox', { name: '显示已忽略的 1 条' }, { timeout: 15000 });
    // 17 MB of paragraphs compress to a few kB: past the 16 MB a .docx part may unpack to.
    const body = '<w:p><w:r><w:t>本年收入合计 1,049.22 万元。</w:t></w:r></w:p>'.repeat(300_000);
    const docx = zipSync({
      '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
      'word/document.xml': strToU8(`<w:document><w:body>${body}</w:body></w:document>`),
    });
    await user.click(screen.getByRole('button', { name: /^情况说明：/ }));
    await user.upload(screen.getByTestId('narrative-file'), new File([docx], '情况说明.docx'));
    expect(await screen.findByText(/情况说明文件“情况说明.docx”解压后过大/)).toBeTruthy();
    expect((screen.getByLabelText(/情况说明（粘贴全文/) as HTMLTextAreaElement).value).toBe('');
    expect(Object.values((await host.loadState())!.ignored)).toEqual(['已与财政部门核对']);
    expect(screen.getByRole('checkbox', { name: '显示已忽略的 1 条' })).toBeTruthy();
  }, 60000);

  test('3. the 提示 heading says what it holds: tails and, apart, the completeness gaps', async () => {
    const host = new BrowserHost(await openCase('danfeng2024-standard'));
    const { user } = renderPane(host, narrativeText('danfeng2024'));
    await checkNow(user);
    const heading = document.querySelector('.gj-section-info .gj-section-toggle')!;
    const info = summaryCount('提示');
    const tails = /尾差 (\d+) 条/.exec(heading.textContent ?? '');
    expect(tails).not.toBeNull();
    expect(Number(tails![1])).toBeLessThan(info);
    expect(heading.textContent).toMatch(new RegExp(`公开完整性 ${info - Number(tails![1])} 条，请逐条查看`));
  });

  test('7. Enter on a narrative card selects its quote; Esc in the box brings the focus back to that card', async () => {
    const host = new BrowserHost(await openCase('danfeng2024-standard'));
    const text = narrativeText('danfeng2024').replace('1,049.22', '1,149.22');
    const { user } = renderPane(host, text);
    await checkNow(user);
    await user.click(screen.getByRole('button', { name: /^提示/ }));
    const card = cards().find((c) => c.querySelector('.gj-quote') && !c.querySelector('.gj-cell-link'));
    expect(card).toBeTruthy();
    act(() => card!.focus());
    await user.keyboard('{Enter}');
    const box = screen.getByLabelText(/情况说明（粘贴全文/) as HTMLTextAreaElement;
    await waitFor(() => expect(document.activeElement).toBe(box));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(document.activeElement).toBe(card));
  });
});

describe('issue 22 item 8: one table, one name', () => {
  test('a central unit’s table is named as its face names it on the card and in the tables line', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表4');
    [
      ['表4：高等学校财政拨款支出决算表', null, null, null, null],
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      [null, '合计', 30, 20, 10],
      ['205', '教育支出', 31, 20, 10],
      ['20502', '普通教育', 31, 20, 10],
      ['2050205', '高等教育', 31, 20, 10],
    ].forEach((row) => ws.addRow(row));
    const model = await openWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), '中央单位.xlsx');
    const host = new BrowserHost(model);
    await host.saveState({ ignored: {}, settings: { face: 'central-4' } });
    const { user } = renderPane(host);
    await waitFor(() => expect(screen.getByTestId('check-button')).toBeTruthy());
    await checkNow(user);
    const card = cards().find((c) => /sum\.row|各列之和|之和/.test(c.textContent ?? ''))!;
    expect(card).toBeTruthy();
    expect(card.querySelector('.gj-where')!.textContent).toBe('表4 财政拨款支出决算表');
    expect(card.textContent).not.toMatch(/公开0\d/);
    const line = screen.getByText(/识别到的表格/).textContent ?? '';
    expect(line).toMatch(/1 张，按中央单位（四张表）读取；未找到 3 张/);
    await user.click(screen.getByText(/识别到的表格/));
    expect(screen.getByText('表2 收入决算表')).toBeTruthy();
    expect(document.querySelector('.gj-tables')!.textContent).not.toMatch(/公开0\d/);
  });
});

describe('issue 22 item 9: the smaller defects', () => {
  test('复制诊断信息 names the face in Chinese; the page’s open button says it opens PDFs too', async () => {
    const host = new BrowserHost(await openCase('danfeng2024-standard'));
    const { user } = renderPane(host);
    await checkNow(user);
    await user.click(screen.getByRole('tab', { name: '关于' }));
    await user.click(screen.getByRole('button', { name: '复制诊断信息' }));
    await screen.findByText(/已复制诊断信息/);
    const copied = await navigator.clipboard.readText();
    expect(copied).toMatch(/格式：财政部/);
    expect(copied).not.toMatch(/格式：mof/);
    render(<FileOpener busy={false} primary onFile={() => undefined} onSample={() => undefined} />);
    expect(screen.getByRole('button', { name: /打开 .xlsx 或 PDF/ })).toBeTruthy();
  });
});
