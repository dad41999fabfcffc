/** @jest-environment jsdom */
/** 关于/诊断 prints the host's diagnostics: for Excel, which office.js was loaded and what is in use. */

import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import { AboutPanel } from '../../src/taskpane/components/AboutPanel';
import { createExcelHost } from '../../src/hosts/excel';
import { FakeExcel } from '../fakes/excel/fake-excel';

describe('关于/诊断', () => {
  it('lists which office.js was loaded and the capabilities in use', async () => {
    const fake = FakeExcel.create([{ name: '表', cells: { A1: 1 } }], { library: 'stale' });
    const host = createExcelHost(fake.run, {
      ...fake.env,
      officeJs: 'local',
      officeVersion: '16.0.17928.20114',
    });
    await host.readSnapshot();
    render(<AboutPanel info={host.info} />);
    const text = screen.getByTestId('host-diagnostics').textContent ?? '';
    assert.match(text, /office\.js：加载项自带的本地副本/);
    assert.match(text, /Office 版本：16\.0\.17928\.20114/);
    assert.match(text, /缺少：Worksheet\.notes、RangeAreas\.select/);
    assert.match(text, /线程批注/);
    assert.match(text, /定位：只选中问题单元格/);
  });
});
