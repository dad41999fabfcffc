/** One 开始审核: read the workbook through the host, run the core, paint the marks, with progress steps. */

import { checkWorkbook } from '../../core/check';
import { findingKey, marksFromFindings, type Mark } from '../../core/marks';
import type { TableAssignment } from '../../core/faces/choices';
import type { Report } from '../../core/report';
import type { Host, KeptLastYear } from '../../hosts/host';
import { withLastYearFindings } from './last-year';
import { checkOptions, type PaneSettings } from './settings';

export interface CheckProgress {
  /** 0 to 1. */
  fraction: number;
  label: string;
}

export interface CheckInput {
  /** null when only the narrative is checked (no workbook open yet on the browser page). */
  host: Host | null;
  settings: PaneSettings;
  narrative: string;
  ignored: Readonly<Record<string, string>>;
  /** The user's corrections to recognition (设为公开05). */
  assignments?: readonly TableAssignment[];
  /** Last year's disclosure opened in the pane (上年决算): this year is checked against it too. */
  lastYear?: KeptLastYear | null;
}

/** Let the page draw the progress before a long synchronous step. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The marks the sheet should carry: tails only when shown, accepted findings never. */
export function marksToPaint(
  report: Report,
  settings: PaneSettings,
  ignored: Readonly<Record<string, string>>,
): Mark[] {
  return marksFromFindings(report.findings, {
    showInfo: settings.showInfo,
    isIgnored: (f) => findingKey(f) in ignored,
  });
}

/**
 * Paints the marks of the findings shown (not accepted, tails only when shown) and hands the host those findings
 * for what it shows besides the cells (a PDF's narrative findings on its pages). Returns how many cells.
 */
export async function paintFindings(
  host: Host,
  report: Report,
  settings: PaneSettings,
  ignored: Readonly<Record<string, string>>,
): Promise<number> {
  const marks = marksToPaint(report, settings, ignored);
  await host.paintMarks(marks);
  if (host.showPainted)
    host.showPainted(
      report.findings.filter(
        (f) => (settings.showInfo || f.severity !== 'info') && !(findingKey(f) in ignored),
      ),
    );
  return marks.length;
}

export interface CheckResult {
  report: Report;
  /** What the host could not read (a sheet read only in part), in Chinese; empty when all was read. */
  notices: string[];
  /**
   * Why painting the marks failed (a protected sheet…), in Chinese; null when painted or nothing to paint.
   * The report is delivered all the same.
   */
  paintError: string | null;
  /** The workbook's sheet names, for the pane's 设为公开NN choice. */
  sheets: string[];
  /** How many cells were marked. */
  marked: number;
}

function paintFailure(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return `审核已完成，但未能在工作表上标注（例如工作表受保护）：${text}`;
}

export async function runCheck(
  input: CheckInput,
  onProgress: (p: CheckProgress) => void,
): Promise<CheckResult> {
  onProgress({ fraction: 0.05, label: '正在读取工作表…' });
  await nextFrame();
  const snapshot = input.host ? await input.host.readSnapshot() : null;
  onProgress({ fraction: 0.35, label: '正在识别表格并审核勾稽关系…' });
  await nextFrame();
  const options = checkOptions(input.settings, input.narrative, input.assignments ?? []);
  const own = checkWorkbook(snapshot, options);
  const checked = input.lastYear ? withLastYearFindings(own, snapshot, options, input.lastYear) : own;
  // A PDF's findings carry their page and box (the exports and the page's view of the PDF need them).
  const report = input.host && input.host.placeReport ? input.host.placeReport(checked) : checked;
  let paintError: string | null = null;
  let marked = 0;
  if (input.host) {
    onProgress({ fraction: 0.75, label: '正在工作表上标注…' });
    await nextFrame();
    try {
      marked = await paintFindings(input.host, report, input.settings, input.ignored);
    } catch (err) {
      // The findings stand without the marks: the pane shows them and this message side by side.
      paintError = paintFailure(err);
    }
  }
  onProgress({ fraction: 1, label: '审核完成' });
  return {
    report,
    notices: snapshot && snapshot.notices ? snapshot.notices : [],
    paintError,
    sheets: snapshot ? snapshot.sheets.map((s) => s.name) : [],
    marked,
  };
}
