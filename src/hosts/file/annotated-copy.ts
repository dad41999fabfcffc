/** The bytes of the annotated copy of a workbook read from disk. */

import { annotateWorkbook } from '../../export/annotate-xlsx';
import type { Report } from '../../core/report';
import type { LoadedWorkbook } from './read-workbook';

export async function annotatedCopy(loaded: LoadedWorkbook, report: Report): Promise<Uint8Array> {
  annotateWorkbook(loaded.workbook, report);
  return new Uint8Array(await loaded.workbook.xlsx.writeBuffer());
}
