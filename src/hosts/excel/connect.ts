/** Connecting the task pane to Excel: office.js loaded, inside Excel, and a recent enough ExcelApi. */

import type { HostConnection } from '../host';
import { REQUIRED_API, detectCapabilities, unsupportedMessage } from './capabilities';
import { createExcelHost, probeExcelLibrary } from './excel-host';
import type {
  ClientRequestContextLike,
  ExcelContext,
  ExcelEnv,
  ExcelRun,
  OfficeJsSource,
} from './office-types';
import { globalScope } from '../global-scope';

/** The globals office.js defines (Common API and Excel API), as far as this file reads them. */
interface OfficeGlobal {
  onReady(): Promise<{ host: string | null; platform?: string | null }>;
  context: {
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    diagnostics?: { version?: string };
  };
}

interface ExcelGlobal {
  run: ExcelRun &
    (<T>(context: ClientRequestContextLike, batch: (context: ExcelContext) => Promise<T>) => Promise<T>);
}

export interface ConnectOptions {
  /** How long one wait for Office.onReady lasts (ms). */
  timeoutMs?: number;
  /**
   * How many waits, when the page loaded office.js for Office (taskpane.html's loader found Office's host
   * info): a slow start of Office is waited for again before the pane gives up on it. One otherwise.
   */
  attempts?: number;
}

export const DEFAULT_TIMEOUT_MS = 3000;
export const DEFAULT_ATTEMPTS = 4;

/** Neither Microsoft's CDN nor the copy beside the page could be loaded (taskpane.html's loader). */
export const OFFICE_JS_FAILED =
  '无法载入 office.js：微软的 CDN（appsforoffice.microsoft.com）和加载项自带的本地副本都无法访问。' +
  '请检查网络或代理设置后重新打开任务窗格；也可以把工作簿另存为 .xlsx，用勾稽的浏览器页面审核。';

type Ready = { host: string | null } | 'timeout';

interface LoaderGlobals {
  /** Set by taskpane.html's loader: which office.js it loaded ('cdn', 'local', 'none', 'failed'). */
  __goujiOfficeJs?: string;
  /** Set by taskpane.html's loader: calls back once office.js is loaded, or could not be. */
  __goujiOfficeJsWait?: (callback: () => void) => void;
}

/** Wait for the page's office.js loader to finish (it has its own time limits); at once without one. */
function loaderDone(scope: LoaderGlobals): Promise<void> {
  const wait = scope.__goujiOfficeJsWait;
  if (typeof wait !== 'function') return Promise.resolve();
  return new Promise((resolve) => wait(() => resolve()));
}

function waitReady(office: OfficeGlobal, timeoutMs: number): Promise<Ready> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('timeout'), timeoutMs);
    office.onReady().then(
      (info) => {
        clearTimeout(timer);
        resolve(info ?? { host: null });
      },
      () => {
        clearTimeout(timer);
        resolve('timeout');
      },
    );
  });
}

/**
 * 'absent' when office.js is missing, never becomes ready (blocked, or the page opened outside Office)
 * or runs in another Office application; 'unsupported' with a Chinese message below ExcelApi 1.9.
 */
export async function connectExcel(options: ConnectOptions = {}): Promise<HostConnection> {
  const scope = globalScope<
    {
      Office?: OfficeGlobal;
      Excel?: ExcelGlobal;
      navigator?: { userAgent?: string };
    } & LoaderGlobals
  >();
  await loaderDone(scope);
  const office = scope.Office;
  if (scope.__goujiOfficeJs === 'failed') return { status: 'unsupported', message: OFFICE_JS_FAILED };
  if (!office || typeof office.onReady !== 'function') return { status: 'absent' };
  // Inside Office by its host info, a slow start is waited for again; elsewhere once.
  const inOffice = scope.__goujiOfficeJs === 'cdn' || scope.__goujiOfficeJs === 'local';
  const attempts = inOffice ? Math.max(1, options.attempts ?? DEFAULT_ATTEMPTS) : 1;
  let ready: Ready = 'timeout';
  for (let i = 0; i < attempts && ready === 'timeout'; i++)
    ready = await waitReady(office, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  if (ready === 'timeout' || ready.host !== 'Excel') return { status: 'absent' };
  const requirements = office.context?.requirements;
  const isSetSupported = (name: string, version: string) =>
    Boolean(requirements?.isSetSupported(name, version));
  const excel = scope.Excel;
  if (!excel || !isSetSupported('ExcelApi', REQUIRED_API)) {
    const { apiVersion } = detectCapabilities({ isSetSupported });
    return {
      status: 'unsupported',
      message: unsupportedMessage(isSetSupported('ExcelApi', '1.1') ? apiVersion : null),
    };
  }
  const source = scope.__goujiOfficeJs;
  let version: string | undefined;
  try {
    version = office.context.diagnostics?.version;
  } catch {
    version = undefined; // Common API 1.5; older builds throw
  }
  const env: ExcelEnv = {
    isSetSupported,
    userAgent: scope.navigator?.userAgent ?? '',
    officeJs: source === 'cdn' || source === 'local' ? (source as OfficeJsSource) : undefined,
    officeVersion: typeof version === 'string' ? version : undefined,
    runInContext: (context, batch) => excel.run(context, batch),
  };
  const run: ExcelRun = (batch) => excel.run(batch);
  // What the loaded office.js has, before the pane shows the capabilities (nothing is sent to Excel).
  // Excel.run can wait without end on a busy or stuck Excel: the probe gives up after the timeout, and
  // the host probes again in its first run.
  const probe = probeExcelLibrary(run).catch(() => undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  });
  const library = await Promise.race([probe, late]);
  clearTimeout(timer);
  return { status: 'ready', host: createExcelHost(run, env, library) };
}
