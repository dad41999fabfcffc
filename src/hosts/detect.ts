/**
 * Which host the task pane runs in, decided once at start: WPS 表格 (its ET object model on the window),
 * Excel (office.js inside Office; outside Office it times out), else the browser page.
 */

import type { Host, HostConnection } from './host';
import { connectExcel } from './excel';
import { connectWps } from './wps';
import { globalScope } from './global-scope';

export type DetectedHost =
  { kind: 'office'; host: Host } | { kind: 'unsupported'; message: string } | { kind: 'browser' };

type Connect = () => HostConnection | Promise<HostConnection>;

/** The hosts to try, in order; the first that is present decides. */
const CONNECTORS: Connect[] = [() => connectWps(), () => connectExcel()];

export async function detectHost(connectors: readonly Connect[] = CONNECTORS): Promise<DetectedHost> {
  for (const connect of connectors) {
    let connection: HostConnection;
    try {
      connection = await connect();
    } catch (err) {
      return { kind: 'unsupported', message: `连接表格软件失败：${(err as Error).message}` };
    }
    if (connection.status === 'ready') return { kind: 'office', host: connection.host };
    if (connection.status === 'unsupported') return { kind: 'unsupported', message: connection.message };
  }
  silenceOfficeTelemetry();
  return { kind: 'browser' };
}

interface OfficeLogger {
  OSF?: { Logger?: { ulsEndpoint?: { loadProxyFrame?: () => void } | null } };
}

/**
 * Outside Office, office.js (loaded by taskpane.html for the add-in) schedules a hidden frame to
 * Microsoft's telemetry service three seconds after it starts. The browser page sends nothing anywhere:
 * stop that frame before it loads.
 */
export function silenceOfficeTelemetry(scope: OfficeLogger = globalScope<OfficeLogger>()): void {
  const endpoint = scope.OSF && scope.OSF.Logger ? scope.OSF.Logger.ulsEndpoint : null;
  if (endpoint) endpoint.loadProxyFrame = () => undefined;
}
