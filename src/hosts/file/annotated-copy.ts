/**
 * The bytes of the annotated copy of a workbook read from disk: the user's package patched in place
 * (src/export/patch-xlsx), every part 勾稽 does not change copied byte for byte. There is no fallback on a
 * rewrite by ExcelJS (which drops charts, pivot tables, threaded comments, external links and more): a
 * package the patcher cannot handle gets no copy, and the reason.
 */

import { annotatePackage } from '../../export/patch-xlsx';
import type { Report } from '../../core/report';
import type { LoadedWorkbook } from './read-workbook';
import { OutputError } from './safe-write';

export async function annotatedCopy(loaded: LoadedWorkbook, report: Report): Promise<Uint8Array> {
  try {
    return annotatePackage(loaded.bytes, report);
  } catch {
    throw new OutputError(
      '未写出标注副本：工作簿中有勾稽无法原样保留的部分（某个部分不符合 .xlsx 格式），为免副本丢失图表、数据透视表等内容，没有改写它。可在 Excel 或 WPS 中另存后再试',
    );
  }
}
