/** A file opened on the page: a PDF (tables rebuilt, narrative from the same file) or an .xlsx workbook. */

import { isPdf, openPdf } from './open-pdf';
import { openWorkbook } from './open-workbook';
import type { BrowserWorkbook } from './workbook-model';

export async function openDocument(
  bytes: Uint8Array,
  name: string,
): Promise<{ model: BrowserWorkbook; narrative: string | null }> {
  if (isPdf(bytes, name)) {
    const model = await openPdf(bytes, name);
    return { model, narrative: model.narrative.trim() ? model.narrative : null };
  }
  return { model: await openWorkbook(bytes, name), narrative: null };
}
