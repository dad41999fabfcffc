/**
 * @jest-environment jsdom
 */
/** Issue 15, pane part: a finding on a PDF shows on its card the page its figure is printed on. */

import { describe, expect, test } from '@jest/globals';
import { render } from '@testing-library/react';
import path from 'path';
import type { Finding } from '../../src/core/report';
import { FindingsPanel } from '../../src/taskpane/components/FindingsPanel';
import { DEFAULT_FILTER } from '../../src/taskpane/logic/findings-view';
import { setUpFluent } from '../../src/taskpane/theme';
import { CORPUS } from '../helpers';
import { checkReport, PDF_FIXTURES } from './pdf-helpers';

function Panel(props: { findings: readonly Finding[] }) {
  setUpFluent();
  const noop = () => undefined;
  return (
    <FindingsPanel
      findings={props.findings}
      ignored={{}}
      filter={DEFAULT_FILTER}
      onFilter={noop}
      onSelect={noop}
      onShowNarrative={noop}
      onIgnore={noop}
      onUnignore={noop}
    />
  );
}

describe('the findings list on a PDF', () => {
  test('each card of a finding on a PDF names its page beside its cell', () => {
    // D01 printed with wrapped cells: errors and warnings on cells (a print with tails only shows them folded).
    const report = checkReport(path.join(PDF_FIXTURES, 'D01.wrap.pdf'));
    render(<Panel findings={report.findings} />);
    const cards = [...document.querySelectorAll<HTMLElement>('.gj-finding')];
    expect(cards.length).toBeGreaterThan(0);
    let checked = 0;
    for (const card of cards) {
      const link = card.querySelector('.gj-cell-link');
      if (!link) continue;
      const f = report.findings.find(
        (x) => `${x.sheet}!${x.cell}` === link.textContent && card.textContent!.includes(x.message),
      )!;
      expect(f.pdf).toBeDefined();
      expect(card.querySelector('.gj-pdf-page')!.textContent).toBe(`第 ${f.pdf!.page} 页`);
      checked++;
    }
    expect(checked).toBeGreaterThan(3);
  }, 60000);

  test('a card of a workbook finding shows no page', () => {
    // The corpus case D03 has an error on a cell, shown unfolded.
    const report = checkReport(path.join(CORPUS, 'cases', 'D03.xlsx'));
    render(<Panel findings={report.findings} />);
    expect(document.querySelectorAll('.gj-finding .gj-cell-link').length).toBeGreaterThan(0);
    expect(document.querySelectorAll('.gj-pdf-page')).toHaveLength(0);
  }, 60000);
});
