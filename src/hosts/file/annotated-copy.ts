/**
 * The bytes of the annotated copy of a workbook read from disk: the user's package patched in place
 * (src/export/patch-xlsx), every part 勾稽 does not change copied byte for byte. A package the patcher
 * cannot handle (no styles part, a damaged sheet) falls back on ExcelJS's rewrite, which keeps less.
 */

import { annotateWorkbook } from '../../export/annotate-xlsx';
import { annotatePackage } from '../../export/patch-xlsx';
import type { Report } from '../../core/report';
import type { LoadedWorkbook } from './read-workbook';

export async function annotatedCopy(loaded: LoadedWorkbook, report: Report): Promise<Uint8Array> {
  try {
    return annotatePackage(loaded.bytes, report);
  } catch {
    annotateWorkbook(loaded.workbook, report);
    return new Uint8Array(await loaded.workbook.xlsx.writeBuffer());
  }
}
