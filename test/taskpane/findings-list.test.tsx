/**
 * @jest-environment jsdom
 */
/**
 * Issue 17 items 5 and 8, issue 16 item 4: errors first and tails folded; one Tab stop for the list with
 * arrow keys; a root cause as one card with its consequences folded under it, counted once.
 */

import { describe, expect, jest, test } from '@jest/globals';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { checkWorkbook } from '../../src/core/check';
import type { Finding, Report } from '../../src/core/report';
import { FindingsPanel } from '../../src/taskpane/components/FindingsPanel';
import {
  DEFAULT_FILTER,
  buildFindingsView,
  type FindingFilter,
} from '../../src/taskpane/logic/findings-view';
import { setUpFluent } from '../../src/taskpane/theme';
import { BrowserHost, narrativeText, openCase } from './pane-fixtures';

/** The danfeng workbook with 公开01表!C7 raised by 100, and its narrative. */
async function plantedReport(): Promise<Report> {
  const model = await openCase('danfeng2024-standard');
  model.cell('公开01表', 'C7')!.value = 1149.22;
  const snap = await new BrowserHost(model).readSnapshot();
  return checkWorkbook(snap, { narrative: narrativeText('danfeng2024') });
}

/** The report with a root cause as the cause pass writes it (REPORT.md): explains / explainedBy by id. */
function withCause(report: Report): { report: Report; cause: Finding; consequences: Finding[] } {
  const errors = report.findings.filter((f) => f.severity === 'error' && f.sheet === '公开01表');
  const consequences = errors.slice(0, 2).map((f) => ({ ...f, explainedBy: 'c1' }));
  const cause: Finding = {
    id: 'c1',
    rule: 'cause.single-cell',
    severity: 'error',
    message: '公开01表!C7 1,149.22 应为 1,049.22：所在的 2 条勾稽关系都因它不平',
    sheet: '公开01表',
    cell: 'C7',
    table: '公开01',
    expected: 1049.22,
    actual: 1149.22,
    explains: consequences.map((f) => f.id!),
  };
  const findings = [cause, ...report.findings.map((f) => consequences.find((c) => c.id === f.id) ?? f)];
  return { report: { ...report, findings }, cause, consequences };
}

function Panel(props: { findings: readonly Finding[]; onSelect?: () => void }) {
  setUpFluent();
  const noop = () => undefined;
  let filter: FindingFilter = DEFAULT_FILTER;
  return (
    <FindingsPanel
      findings={props.findings}
      ignored={{}}
      filter={filter}
      onFilter={(f) => (filter = f)}
      onSelect={props.onSelect ?? noop}
      onShowNarrative={noop}
      onIgnore={noop}
      onUnignore={noop}
    />
  );
}

describe('the findings list', () => {
  test('errors come first; the tails are folded away by default', async () => {
    const report = await plantedReport();
    render(<Panel findings={report.findings} />);
    const heads = screen.getAllByRole('button', { name: /^(错误|警告|提示)（\d+）/ });
    expect(heads.map((h) => /错误|警告|提示/.exec(h.textContent!)![0])).toEqual(['错误', '警告', '提示']);
    const tails = heads[2];
    expect(tails.getAttribute('aria-expanded')).toBe('false');
    const cards = document.querySelectorAll('.gj-finding');
    expect(cards.length).toBe(report.summary.error + report.summary.warning);
    expect(cards[0].className).toMatch(/gj-sev-error/);
    expect(document.querySelectorAll('.gj-finding.gj-sev-info').length).toBe(0);
  });

  test('one Tab stop; arrow keys move between cards; Enter goes to the cell', async () => {
    const report = await plantedReport();
    const onSelect = jest.fn();
    render(<Panel findings={report.findings} onSelect={onSelect} />);
    const user = userEvent.setup();
    const list = document.querySelector('.gj-list')!;
    const stops = [...list.querySelectorAll<HTMLElement>('a, button, [tabindex]')].filter(
      (el) => el.tabIndex >= 0,
    );
    // The active card's own link and buttons, and the card itself: never a stop per finding.
    expect(stops.length).toBeLessThanOrEqual(1 + 1);
    const first = list.querySelector<HTMLElement>('[data-nav][tabindex="0"]')!;
    first.focus();
    await user.keyboard('{ArrowDown}');
    const card = document.activeElement as HTMLElement;
    expect(card.classList.contains('gj-finding')).toBe(true);
    expect(card.tabIndex).toBe(0);
    expect(first.tabIndex).toBe(-1);
    await user.keyboard('{ArrowDown}');
    const second = document.activeElement as HTMLElement;
    expect(second).not.toBe(card);
    expect(second.classList.contains('gj-finding')).toBe(true);
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(card);
    fireEvent.keyDown(card, { key: 'Enter' });
    expect(onSelect).toHaveBeenCalledTimes(1);
    const target = onSelect.mock.calls[0][0] as { sheet: string; cell: string };
    expect(card.textContent).toContain(`${target.sheet}!${target.cell}`);
    // The tails unfold from the keyboard.
    const tails = screen.getByRole('button', { name: /^提示（/ });
    tails.focus();
    await user.keyboard('{ArrowRight}');
    expect(tails.getAttribute('aria-expanded')).toBe('true');
  });

  test('a root cause is one card with its consequences folded under it, counted once', async () => {
    const { report, cause, consequences } = withCause(await plantedReport());
    const view = buildFindingsView(report.findings, {}, DEFAULT_FILTER);
    const errorsBefore = report.findings.filter((f) => f.severity === 'error').length;
    expect(view.summary.error).toBe(errorsBefore - consequences.length);
    render(<Panel findings={report.findings} />);
    const card = document.querySelector<HTMLElement>('.gj-finding.gj-cause')!;
    expect(card.textContent).toContain(cause.message);
    for (const c of consequences) expect(screen.queryByText(c.message)).toBeNull();
    const user = userEvent.setup();
    await user.click(within(card).getByRole('button', { name: /它引起的 2 条审核意见/ }));
    const under = document.querySelectorAll('.gj-consequences .gj-finding.gj-consequence');
    expect(under.length).toBe(2);
    expect(under[0].textContent).toContain(consequences[0].message);
    const head = screen.getByRole('button', { name: /^错误（/ });
    expect(head.textContent).toContain(`错误（${errorsBefore - consequences.length}）`);
  });
});
