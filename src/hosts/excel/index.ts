/** The Excel host: connectExcel for the task pane, createExcelHost for tests over a fake object model. */

export { connectExcel, DEFAULT_TIMEOUT_MS, type ConnectOptions } from './connect';
export { createExcelHost, ExcelHost } from './excel-host';
export { REQUIRED_API, type ExcelCapabilities } from './capabilities';
export type { ExcelEnv, ExcelRun, ExcelContext } from './office-types';
