/**
 * Sheets 勾稽 keeps inside a workbook for itself, whichever host or tool wrote them: never data, never
 * checked. 勾稽_原格式: the record of an annotated copy (command line, browser page); gouji_state: the WPS
 * add-in's records (src/hosts/wps/state-sheet.ts); 勾稽_状态: the browser page's state. A workbook travels
 * between Excel and WPS, so each host skips them all.
 */

export const COPY_RECORD_SHEET = '勾稽_原格式';
export const WPS_STATE_SHEET = 'gouji_state';
export const BROWSER_STATE_SHEET = '勾稽_状态';

const OWN = new Set([COPY_RECORD_SHEET, WPS_STATE_SHEET, BROWSER_STATE_SHEET]);

export function isOwnSheet(name: string): boolean {
  return OWN.has(name);
}
