/**
 * @jest-environment jsdom
 */
/** 关于: 复制诊断信息 copies the host's own diagnostics (which office.js, the capabilities in use) too. */

import { describe, expect, test } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createExcelHost } from '../../src/hosts/excel';
import { AboutPanel, diagnosticsText } from '../../src/taskpane/components/AboutPanel';
import { setUpFluent } from '../../src/taskpane/theme';
import { FakeExcel } from '../fakes/excel/fake-excel';

async function excelHost() {
  const fake = FakeExcel.create([{ name: '表', cells: { A1: 1 } }], { library: 'stale' });
  const host = createExcelHost(fake.run, {
    ...fake.env,
    officeJs: 'local',
    officeVersion: '16.0.17928.20114',
  });
  await host.readSnapshot();
  return host;
}

describe('关于/诊断', () => {
  test('the diagnostics text carries every line the host reports', async () => {
    const host = await excelHost();
    const lines = host.info.diagnostics ?? [];
    expect(lines.length).toBeGreaterThan(0);
    const text = diagnosticsText(host.info, null);
    for (const line of lines) expect(text).toContain(line);
    expect(text).toMatch(/office\.js：加载项自带的本地副本/);
    expect(text).toMatch(/缺少：Worksheet\.notes/);
  });

  test('复制诊断信息 puts the host lines on the clipboard, and says so', async () => {
    setUpFluent();
    const user = userEvent.setup();
    const host = await excelHost();
    render(<AboutPanel info={host.info} />);
    const region = screen.getByRole('status');
    expect(region.textContent).toBe('');
    await user.click(screen.getByRole('button', { name: '复制诊断信息' }));
    expect(await screen.findByText(/已复制诊断信息/)).toBeTruthy();
    expect(screen.getByRole('status')).toBe(region);
    const copied = await navigator.clipboard.readText();
    expect(copied).toMatch(/^勾稽 \d+\.\d+\.\d+/);
    expect(copied).toMatch(/Office 版本：16\.0\.17928\.20114/);
    for (const line of host.info.diagnostics ?? []) expect(copied).toContain(line);
  });
});
