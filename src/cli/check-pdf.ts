/** `gouji check 决算.pdf`: tables and narrative from the same PDF, findings located on its pages, a boxed copy. */

import path from 'path';
import { checkWorkbook } from '../core/check';
import { InputError } from '../core/errors';
import { formatText } from '../core/format/text';
import { readNarrativeFile } from '../hosts/file/read-narrative';
import { OutputError, writeFileSafely } from '../hosts/file/safe-write';
import { forTerminal, toJson } from '../core/format/terminal';
import { isPdfPath, readPdfFile } from '../hosts/file/read-pdf-file';
import { locateFindings } from '../hosts/pdf/locate';
import type { CheckArgs } from './args';
import { catalogsOf } from './catalogs';

export const NO_TABLES_IN_PDF = (name: string): string =>
  `PDF“${name}”中没有识别到任何部门决算公开表（公开01–09），不像一份部门决算公开文件。请确认选择的文件正确，且各表的标题（如“收入支出决算总表”“支出决算表”）和表头完整`;

export async function runPdfCheck(args: CheckArgs): Promise<number> {
  const input = args.workbook!;
  if (args.out && !isPdfPath(args.out))
    throw new InputError('PDF 的标注副本须写为 .pdf 文件（--out 标注.pdf）');
  const loaded = await readPdfFile(input);
  let narrative: string | null = null;
  if (args.narrative) narrative = await readNarrativeFile(args.narrative);
  else if (loaded.layout.narrative.trim()) narrative = loaded.layout.narrative;
  const catalogs = await catalogsOf(args);
  const checked = checkWorkbook(loaded.layout.snapshot, {
    year: args.year,
    narrative,
    catalogs,
    face: args.face,
  });
  if (checked.tables.length === 0) throw new InputError(NO_TABLES_IN_PDF(path.basename(input)));
  // Last year's file is read (and its modules loaded) only when it is given.
  const lastYear = args.lastYear ? await import('./last-year') : null;
  const withLast =
    lastYear && args.lastYear
      ? lastYear.addLastYear(
          checked,
          {
            file: path.basename(input),
            source: 'pdf',
            workbook: loaded.layout.snapshot,
            narrative,
            year: args.year,
            face: args.face,
          },
          await lastYear.readLastYear(args.lastYear, { narrative: args.lastYearNarrative }),
        )
      : checked;
  // Findings on the narrative are placed on its lines only when the narrative is the PDF's own.
  const report = locateFindings(
    withLast,
    loaded.layout.places,
    args.narrative ? [] : loaded.layout.narrativePlaces,
  );
  // The results first: a failed write below loses none of them (the caller refused an --out that is an input).
  process.stdout.write(args.format === 'json' ? toJson(report) + '\n' : formatText(report) + '\n');
  if (args.out) {
    const { annotatePdf, PdfCopyError } = await import('../export/annotate-pdf');
    try {
      await writeFileSafely(args.out, await annotatePdf(loaded.bytes, report, loaded.pageRefs));
    } catch (err) {
      if (err instanceof PdfCopyError) {
        process.stderr.write(
          forTerminal(`gouji：“${path.basename(input)}”${err.message}。审核结果已在上方输出\n`),
        );
        return 2;
      }
      if (!(err instanceof OutputError)) throw err;
      process.stderr.write(forTerminal(`gouji：${err.message}。审核结果已在上方输出；原有文件未被改动\n`));
      return 2;
    }
    if (args.format === 'text') process.stdout.write(`已写出标注副本：${args.out}\n`);
  }
  return report.summary.error > 0 ? 1 : 0;
}
