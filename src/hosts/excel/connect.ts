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
  /** How long to wait for Office.onReady before deciding we are not inside Office (ms). */
  timeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 3000;

type Ready = { host: string | null } | 'timeout';

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
  const scope = globalScope<{
    Office?: OfficeGlobal;
    Excel?: ExcelGlobal;
    navigator?: { userAgent?: string };
    /** Set by taskpane.html: which office.js it loaded. */
    __goujiOfficeJs?: string;
  }>();
  const office = scope.Office;
  if (!office || typeof office.onReady !== 'function') return { status: 'absent' };
  const ready = await waitReady(office, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
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
