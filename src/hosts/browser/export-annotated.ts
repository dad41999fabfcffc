/**
 * The browser page's export: a copy of the open workbook, annotated as the command line's --out does
 * (fills, notes, a first sheet 审核结果, the original formats in 勾稽_原格式). The copy is the user's own
 * file patched in place (src/export/patch-xlsx), so charts, pivot tables and threaded comments stay; only
 * when the file cannot be patched, or the user typed into it on the page, is it rewritten through ExcelJS,
 * which keeps less. The workbook on the page is not changed.
 */

import ExcelJS from 'exceljs';
import { annotateWorkbook } from '../../export/annotate-xlsx';
import { annotatePackage } from '../../export/patch-xlsx';
import { finishResultsSheet, type ResultsInput } from '../../taskpane/logic/results-sheet';
import { BrowserHost } from './browser-host';
import { ORIGINALS_SHEET, BrowserWorkbook } from './workbook-model';
import { setNoteAuthor } from './xlsx-author';

/** The report to export: the findings kept, and the accepted ones with their reasons (listed in 审核结果). */
export async function exportAnnotated(model: BrowserWorkbook, report: ResultsInput): Promise<Uint8Array> {
  if (model.original && !model.edited)
    try {
      return annotatePackage(model.original, report);
    } catch {
      // A package the patcher cannot handle (no styles part, a damaged sheet): the rewrite below.
    }
  return rewrittenCopy(model, report);
}

async function rewrittenCopy(model: BrowserWorkbook, report: ResultsInput): Promise<Uint8Array> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load((await model.workbook.xlsx.writeBuffer()) as ArrayBuffer);
  const copyModel = new BrowserWorkbook(copy, model.name);
  // The copy starts from the user's own formats: the page's marks are taken off first.
  await new BrowserHost(copyModel).clearMarks();
  const left = copy.getWorksheet(ORIGINALS_SHEET);
  if (left) copy.removeWorksheet(left.id);
  annotateWorkbook(copy, report);
  finishResultsSheet(copy, report);
  return setNoteAuthor(new Uint8Array(await copy.xlsx.writeBuffer()));
}

/** The name of the annotated copy: the workbook's name with 标注副本 before the extension. */
export function annotatedName(name: string): string {
  const base = name.replace(/\.xlsx$/i, '');
  return `${base}-标注副本.xlsx`;
}
