/**
 * Issue 22 item 9: a figure printed with three decimals (151.911 in a 万元 table) is a warning, and the tails of a
 * thousandth it causes in every relation it is part of are folded under that warning, not listed as 提示.
 */

import { describe, expect, test } from '@jest/globals';
import { buildFindingsView, DEFAULT_FILTER } from '../../src/taskpane/logic/findings-view';
import { planted } from '../helpers';

describe('tails under a three-decimal figure', () => {
  test('1. the tails a figure with three decimals causes (38.50 against 38.501) fold under its warning', async () => {
    const report = await planted('danfeng2024-standard', [['公开05表', 'D10', 38.501]]);
    const view = buildFindingsView(report.findings, {}, DEFAULT_FILTER);
    const entries = view.sections.flatMap((s) => s.entries);
    const warning = entries.find((e) => e.finding.rule === 'number.decimals')!;
    expect(warning.finding.cell).toBe('D10');
    // 公开05 D9 = D10 + D11, C10 = D10 + E10, D10 against 公开03: each off by 0.001, each under the warning.
    expect(warning.consequences.map((c) => `${c.finding.rule} ${c.finding.cell}`).sort()).toEqual([
      'cross.fiscal-only D10',
      'sum.hierarchy D9',
      'sum.row C10',
    ]);
    expect(entries.filter((e) => Math.abs(e.finding.difference ?? 1) < 0.005)).toEqual([]);
    // The cent tails of the sample stay where they were.
    expect(entries.filter((e) => e.finding.severity === 'info').length).toBeGreaterThan(10);
  });
});
