/**
 * The WPS 表格 host. connectWps() looks for the ET Application that WPS puts on the task pane's window;
 * createWpsHost(app) builds the host on a given Application (the tests pass a fake ET model).
 */

import type { HostConnection } from '../host';
import type { EtApplication } from './et';
import { watchRibbonCommands, type RibbonAction } from './ribbon-commands';
import { createWpsHost } from './wps-host';
import { globalScope } from '../global-scope';

export { createWpsHost, wpsLabel, type WpsEnvironment } from './wps-host';
export { watchRibbonCommands, type RibbonAction };
export type { EtApplication } from './et';

interface WpsGlobals {
  Application?: unknown;
  wps?: { EtApplication?: () => unknown };
  navigator?: { userAgent?: string };
}

export function connectWps(scope: WpsGlobals = globalScope<WpsGlobals>()): HostConnection {
  const app = findApplication(scope);
  if (!app) return { status: 'absent' };
  if (!isSpreadsheet(app))
    return {
      status: 'unsupported',
      message: '勾稽只能在 WPS 表格中使用：请在 WPS 表格里打开决算公开表，再从“勾稽审核”选项卡打开审核面板。',
    };
  return { status: 'ready', host: createWpsHost(app, { userAgent: scope.navigator?.userAgent ?? '' }) };
}

/** The ET Application of the running WPS, or null outside WPS. */
export function wpsApplication(scope: WpsGlobals = globalScope<WpsGlobals>()): EtApplication | null {
  const app = findApplication(scope);
  return app && isSpreadsheet(app) ? app : null;
}

function findApplication(scope: WpsGlobals): EtApplication | null {
  if (isObject(scope.Application)) return scope.Application as EtApplication;
  try {
    const viaWps = scope.wps?.EtApplication?.();
    if (isObject(viaWps)) return viaWps as EtApplication;
  } catch {
    // Some builds expose an accessor that throws outside ET.
  }
  return null;
}

/** ET has workbooks; WPS 文字 and 演示 have documents and presentations instead. */
function isSpreadsheet(app: object): boolean {
  try {
    const members = app as Record<string, unknown>;
    return 'ActiveWorkbook' in app || members.ActiveWorkbook !== undefined || members.Workbooks !== undefined;
  } catch {
    return false;
  }
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}
