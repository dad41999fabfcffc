/** The browser page's host: open an .xlsx in the page, check it, mark it, export an annotated copy. */

export { BrowserHost } from './browser-host';
export { BrowserWorkbook, ORIGINALS_SHEET, STATE_SHEET, fillHex, noteText } from './workbook-model';
export { openWorkbook, MAX_WORKBOOK_BYTES } from './open-workbook';
export { exportAnnotated, annotatedName } from './export-annotated';
