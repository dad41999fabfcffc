/** The document state (忽略 with reasons, settings) kept as JSON in a very-hidden sheet of the workbook. */

import type { DocumentState } from '../host';
import { STATE_SHEET, type BrowserWorkbook } from './workbook-model';

/** Excel keeps at most 32 767 characters in a cell: long states go over several rows. */
const CHUNK = 30000;

export function readDocumentState(model: BrowserWorkbook): DocumentState | null {
  const ws = model.sheet(STATE_SHEET);
  if (!ws) return null;
  let json = '';
  ws.eachRow((row) => {
    const v = row.getCell(1).value;
    if (typeof v === 'string') json += v;
  });
  try {
    const state = JSON.parse(json) as DocumentState;
    return state && typeof state === 'object' && state.ignored ? state : null;
  } catch {
    return null;
  }
}

export function writeDocumentState(model: BrowserWorkbook, state: DocumentState): void {
  const old = model.sheet(STATE_SHEET);
  if (old) model.workbook.removeWorksheet(old.id);
  const ws = model.workbook.addWorksheet(STATE_SHEET);
  ws.state = 'veryHidden';
  const json = JSON.stringify(state);
  for (let i = 0; i < json.length; i += CHUNK) ws.addRow([json.slice(i, i + CHUNK)]);
}
