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

/** The report's root cause (the planted C7) and the findings it explains, as the cause pass wrote them. */
function causeOf(report: Report): { cause: Finding; consequences: Finding[] } {
  const cause = report.findings.find((f) => f.rule === 'cause.single-cell')!;
  const consequences = report.findings.filter((f) => f.explainedBy === cause.id);
  return { cause, consequences };
}

/** The findings the pane counts: every one but a cause's consequences. */
function topLevel(report: Report): Finding[] {
  return report.findings.filter((f) => !f.explainedBy);
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
    const top = topLevel(report).filter((f) => f.severity !== 'info');
    expect(cards.length).toBe(top.length);
    expect(cards.length).toBeLessThan(report.summary.error + report.summary.warning);
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
    // The one error card is the root cause; → unfolds its consequences, ↓ walks into them.
    expect(card.className).toMatch(/gj-cause/);
    await user.keyboard('{ArrowRight}');
    await user.keyboard('{ArrowDown}');
    const second = document.activeElement as HTMLElement;
    expect(second).not.toBe(card);
    expect(second.className).toMatch(/gj-consequence/);
    await user.keyboard('{ArrowUp}{ArrowLeft}');
    expect(document.activeElement).toBe(card);
    expect(document.querySelector('.gj-consequence')).toBeNull();
    // Folded again, ↓ goes on to the 警告 heading and then to the first warning.
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement!.textContent).toMatch(/^.警告（/);
    await user.keyboard('{ArrowDown}');
    const warning = document.activeElement as HTMLElement;
    expect(warning.className).toMatch(/gj-finding gj-sev-warning/);
    await user.keyboard('{ArrowUp}{ArrowUp}');
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
    const report = await plantedReport();
    const { cause, consequences } = causeOf(report);
    expect(consequences.length).toBe(cause.explains!.length);
    expect(consequences.length).toBeGreaterThan(1);
    const view = buildFindingsView(report.findings, {}, DEFAULT_FILTER);
    const errorsBefore = report.findings.filter((f) => f.severity === 'error').length;
    expect(view.summary.error).toBe(errorsBefore - consequences.length);
    render(<Panel findings={report.findings} />);
    const card = document.querySelector<HTMLElement>('.gj-finding.gj-cause')!;
    expect(card.textContent).toContain(cause.message);
    for (const c of consequences) expect(screen.queryByText(c.message)).toBeNull();
    const user = userEvent.setup();
    const toggle = within(card).getByRole('button', {
      name: new RegExp(`它引起的 ${consequences.length} 条审核意见`),
    });
    await user.click(toggle);
    const under = document.querySelectorAll('.gj-consequences .gj-finding.gj-consequence');
    expect(under.length).toBe(consequences.length);
    consequences.forEach((c, i) => expect(under[i].textContent).toContain(c.message));
    // A consequence is not accepted on its own: only its cause has 忽略.
    for (const u of Array.from(under))
      expect(within(u as HTMLElement).queryByRole('button', { name: '忽略…' })).toBeNull();
    const head = screen.getByRole('button', { name: /^错误（/ });
    expect(head.textContent).toContain(`错误（${errorsBefore - consequences.length}）`);
  });
});
