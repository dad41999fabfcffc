/** Shared by the pane's component tests: corpus workbooks opened as the browser page opens them, and the pane. */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import { BrowserHost, openWorkbook, type BrowserWorkbook } from '../../src/hosts/browser';
import { App } from '../../src/taskpane/App';
import { setUpFluent } from '../../src/taskpane/theme';
import { CORPUS } from '../helpers';

export function narrativeText(unit: string): string {
  return readFileSync(path.join(CORPUS, 'narratives', `${unit}.txt`), 'utf8');
}

export async function openCase(id: string): Promise<BrowserWorkbook> {
  const bytes = new Uint8Array(readFileSync(path.join(CORPUS, 'cases', `${id}.xlsx`)));
  return openWorkbook(bytes, `${id}.xlsx`);
}

/** A workbook with no disclosure table in it: a staff list. */
export async function unrelatedWorkbook(): Promise<BrowserWorkbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('人员名单');
  ws.addRow(['姓名', '部门', '电话']);
  ws.addRow(['张三', '办公室', '12345']);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return openWorkbook(bytes, '人员名单.xlsx');
}

/** Render the pane over a host as the page does (Fluent set up), with a user to drive it. */
export function renderPane(host: BrowserHost | null, narrative?: string) {
  setUpFluent();
  const user = userEvent.setup();
  const info = host
    ? host.info
    : {
        kind: 'browser' as const,
        label: '浏览器页面',
        userAgent: 'jsdom',
        notes: 'note' as const,
        watchesEdits: true,
      };
  const view = render(
    <div className="gj-root">
      <App
        host={host}
        info={info}
        initialNarrative={narrative ?? null}
        workbookName={host ? host.model.name : null}
      />
    </div>,
  );
  return { user, view, info };
}

export async function checkNow(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByTestId('check-button'));
  await waitFor(() => screen.getByTestId('summary'), { timeout: 20000 });
}

export { BrowserHost };
