/** One PDF of a batch: its tables and (unless a paired file is found) its narrative from the PDF, a boxed copy. */

import { annotatePdf, PdfCopyError } from '../../export/annotate-pdf';
import { OutputError, writeFileSafely } from '../../hosts/file/safe-write';
import { checkWorkbook, type CheckOptions } from '../../core/check';
import { readNarrativeFile } from '../../hosts/file/read-narrative';
import { readPdfFile } from '../../hosts/file/read-pdf-file';
import { locateFindings } from '../../hosts/pdf/locate';
import { coverOfDisclosure, departmentOf } from '../../core/years/unit';
import { annotatedPath, type JobResult } from './check-job';

/** Fills `result` (the caller turns a throw into its reason). */
export async function checkPdfJob(
  result: JobResult,
  options: { outDir: string | null } & Pick<CheckOptions, 'year' | 'catalogs' | 'face'>,
): Promise<void> {
  const { job } = result;
  const loaded = await readPdfFile(job.file);
  let narrative = job.narrative ? await readNarrativeFile(job.narrative) : null;
  result.narrativeSource = narrative !== null ? 'file' : null;
  if (narrative === null && loaded.layout.narrative.trim()) {
    narrative = loaded.layout.narrative;
    result.narrativeSource = 'sheet';
  }
  result.department =
    departmentOf(loaded.layout.snapshot) ?? coverOfDisclosure(narrative, loaded.layout.snapshot).unit;
  const start = process.hrtime.bigint();
  const checked = checkWorkbook(loaded.layout.snapshot, {
    year: options.year,
    narrative,
    catalogs: options.catalogs,
    face: options.face,
  });
  const report = locateFindings(
    checked,
    loaded.layout.places,
    result.narrativeSource === 'sheet' ? loaded.layout.narrativePlaces : [],
  );
  result.coreMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (report.tables.length === 0) {
    result.reason = '没有识别到任何部门决算公开表（公开01–09），不像一份部门决算公开文件';
    return;
  }
  result.report = report;
  if (options.outDir) {
    const out = annotatedPath(options.outDir, job);
    try {
      await writeFileSafely(out, await annotatePdf(loaded.bytes, report, loaded.pageRefs));
      result.annotated = out;
    } catch (err) {
      // The findings stay: only the copy is missing.
      result.writeError =
        err instanceof OutputError || err instanceof PdfCopyError ? err.message : `无法写出“${out}”`;
    }
  }
}
