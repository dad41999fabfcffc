/** The Host of the task pane inside Excel, over any `Excel.run`-like entry point. */

import { lookForRecords, restoreCopyRecord } from './copy-record';
import { fromA1 } from '../../core/address';
import type { Mark } from '../../core/marks';
import type { WorkbookSnapshot } from '../../core/snapshot';
import {
  HostError,
  type CellTarget,
  type DocumentState,
  type Host,
  type HostInfo,
  type SheetSelection,
} from '../host';
import { parseQualifiedAddress } from '../selection';
import { isOwnSheet } from '../own-sheets';
import { chunkAreas } from './addresses';
import { detectCapabilities, diagnosticLines, type ExcelCapabilities } from './capabilities';
import { probeLibrary, type LibrarySurface } from './library';
import { loadState, saveState } from './document-state';
import type {
  EventHandlerResultLike,
  ExcelContext,
  ExcelEnv,
  ExcelRun,
  WorksheetChangedArgs,
} from './office-types';
import { applyMarks, type PaintResult } from './paint-marks';
import { excelFailure, rawError } from './errors';
import { readSnapshot } from './read-snapshot';

/**
 * Before ExcelApi 1.14 a change event cannot say it was ours, and Excel raises it after the batch that
 * made it has finished (even with events turned off around the writes and on again in the same batch).
 * The addresses painted are therefore ignored for this long after painting ends. A value typed into one
 * cell in that time still counts (details, ExcelApi 1.9: our writes never change a value).
 */
export const OWN_CHANGE_WINDOW_MS = 1000;

export class ExcelHost implements Host {
  /** Requirement sets and, once looked at (the first run), the loaded library's members. */
  capabilities: ExcelCapabilities;
  private library: LibrarySurface | null = null;
  /** Chinese messages from the last readSnapshot (sheets read only in part), for the pane to show. */
  lastReadNotices: string[] = [];
  /** Syncs, largest payload and refused comments of the last paint (for tests and the benchmark). */
  lastPaint: PaintResult | null = null;
  /**
   * Addresses written by paint/clear, kept until OWN_CHANGE_WINDOW_MS after the last paint ends: a change
   * event on them is ours, not the user's.
   */
  private readonly ownWrites = new Set<string>();
  /** The raw text of the last office.js error, for 诊断 only (the user reads it in Chinese). */
  private lastRawError: string | null = null;
  private painting = 0;
  private forgetOwnWrites: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly run: ExcelRun,
    private readonly env: ExcelEnv,
    library?: LibrarySurface,
  ) {
    this.library = library ?? null;
    this.capabilities = detectCapabilities(env, library);
  }

  private failure(action: string, error: unknown): HostError {
    const failed = excelFailure(action, error);
    if (failed.raw) this.lastRawError = failed.raw;
    return failed;
  }

  get info(): HostInfo {
    return {
      kind: 'excel',
      label: `Excel（ExcelApi ${this.capabilities.apiVersion}）`,
      userAgent: this.env.userAgent,
      notes: this.capabilities.notes,
      watchesEdits: true,
      diagnostics: [
        ...diagnosticLines(this.env, this.capabilities, this.library),
        ...(this.lastPaint?.patternsUnread
          ? ['这个 Excel 读不出填充图案（pattern 读作空）：带图案的单元格清除标记后恢复为同色的纯色填充']
          : []),
        ...(this.lastPaint?.refusedNotes.length
          ? [
              `Excel 拒绝写入这些单元格的批注（底色和其他批注已写入）：${this.lastPaint.refusedNotes.join('、')}`,
            ]
          : []),
        ...(this.lastRawError ? [`Excel 上次报告的原始错误：${this.lastRawError}`] : []),
      ],
    };
  }

  /** The capabilities for this run: the library is probed once, in the first run. */
  private caps(context: ExcelContext): ExcelCapabilities {
    if (!this.library) {
      this.library = probeLibrary(context);
      this.capabilities = detectCapabilities(this.env, this.library);
    }
    return this.capabilities;
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    try {
      const read = await this.run((ctx) => readSnapshot(ctx, this.caps(ctx)));
      const notices = read.notices;
      // 勾稽's own sheets (an annotated copy's record, WPS's records) are never data.
      const snapshot = { ...read.snapshot, sheets: read.snapshot.sheets.filter((s) => !isOwnSheet(s.name)) };
      this.lastReadNotices = notices;
      return notices.length ? { ...snapshot, notices } : snapshot;
    } catch (error) {
      throw this.failure('读取工作簿', error);
    }
  }

  paintMarks(marks: readonly Mark[]): Promise<void> {
    return this.paint(marks);
  }

  async clearMarks(): Promise<number> {
    await this.paint([]);
    const own = this.lastPaint?.restored ?? 0;
    // A copy made by the command line or the browser page carries its own record of the original formats.
    try {
      return (
        own +
        (await this.run(async (ctx) => {
          // Marks painted by the WPS add-in are in the same record as Excel's own (gouji_state): cleared above.
          const found = await lookForRecords(ctx);
          return restoreCopyRecord(ctx, this.caps(ctx), found);
        }))
      );
    } catch (error) {
      throw this.failure('清除标注副本的标记', error);
    }
  }

  private async paint(marks: readonly Mark[]): Promise<void> {
    this.painting++;
    clearTimeout(this.forgetOwnWrites);
    try {
      const result = await this.run((ctx) =>
        applyMarks(ctx, this.caps(ctx), marks, {
          onOwnWrites: (addresses) => addresses.forEach((a) => this.ownWrites.add(a.toUpperCase())),
        }),
      );
      this.lastPaint = result;
      if (result.unmarked > 0)
        throw new HostError(
          `有 ${result.unmarked} 个单元格没有标记：Excel 的工作簿设置最多保存 2 MB` +
            '（工作簿结构受保护，勾稽不能添加隐藏工作表 gouji_state 来保存原格式，只能用设置），' +
            '记不下这么多单元格原来的填充色和批注（标记后就无法准确恢复）。已优先标记错误，其余问题请在任务窗格中查看；' +
            '也可以导出带标注的副本，副本中每个问题都有标记。',
        );
    } catch (error) {
      throw this.failure('标记单元格', error);
    } finally {
      // Excel reports these writes only after the run: keep the addresses a while, then forget them so a
      // later edit on a marked cell counts.
      if (--this.painting === 0)
        this.forgetOwnWrites = setTimeout(() => {
          if (this.painting === 0) this.ownWrites.clear();
        }, OWN_CHANGE_WINDOW_MS);
    }
  }

  async select(target: CellTarget, related: readonly CellTarget[] = []): Promise<void> {
    try {
      fromA1(target.cell);
    } catch {
      throw new HostError(`单元格地址「${target.cell}」无效。`);
    }
    const sameSheet = related.filter((r) => r.sheet === target.sheet && r.cell !== target.cell);
    try {
      await this.run(async (ctx) => {
        const caps = this.caps(ctx);
        const ws = ctx.workbook.worksheets.getItem(target.sheet); // ExcelApi 1.1
        ws.activate(); // ExcelApi 1.1
        if (sameSheet.length === 0 || !caps.selectAreas)
          ws.getRange(target.cell).select(); // ExcelApi 1.1
        // The finding's cell first, so it stays the active cell of the multi-area selection (1.18).
        else ws.getRanges(chunkAreas([target.cell, ...sameSheet.map((r) => r.cell)])[0]).select();
        await ctx.sync();
      });
    } catch (error) {
      if ((error as { code?: string } | null)?.code === 'ItemNotFound') {
        this.lastRawError = rawError(error);
        throw new HostError(`找不到工作表「${target.sheet}」（可能已改名或删除）。请重新审核。`);
      }
      throw this.failure('定位单元格', error);
    }
  }

  async readSelection(): Promise<SheetSelection | null> {
    let address: string;
    try {
      address = await this.run(async (ctx) => {
        const range = ctx.workbook.getSelectedRange(); // ExcelApi 1.1
        range.load('address');
        await ctx.sync();
        return range.address;
      });
    } catch (error) {
      if ((error as { code?: string } | null)?.code === 'InvalidSelection')
        throw new HostError('当前选中了多个区域：请只选一个连续的区域（或一个单元格）。');
      throw this.failure('读取当前选区', error);
    }
    return parseQualifiedAddress(address);
  }

  watchEdits(onEdit: () => void): () => void {
    let stopped = false;
    let registration: EventHandlerResultLike | null = null;
    const handler = async (args: WorksheetChangedArgs) => {
      if (stopped || this.isOwnChange(args)) return;
      onEdit();
    };
    const registered = this.run(async (ctx) => {
      // One handler for every sheet: WorksheetCollection.onChanged (ExcelApi 1.9).
      registration = ctx.workbook.worksheets.onChanged.add(handler);
      await ctx.sync();
    }).catch((error: unknown) => {
      console.error('勾稽：无法监听单元格的修改', error);
    });
    return () => {
      stopped = true;
      void registered.then(async () => {
        const r = registration as EventHandlerResultLike | null;
        if (!r) return;
        await this.env
          .runInContext(r.context, async (ctx) => {
            r.remove();
            await ctx.sync();
          })
          .catch(() => undefined); // the handler is inert already
      });
    };
  }

  private isOwnChange(args: WorksheetChangedArgs): boolean {
    // ExcelApi 1.14: Excel says whose change it was.
    if (args.triggerSource !== undefined) return args.triggerSource === 'ThisLocalAddin';
    // A changed value is the user's: painting writes fills and notes, never values.
    const details = args.details;
    if (details && !Object.is(details.valueBefore ?? null, details.valueAfter ?? null)) return false;
    return this.ownWrites.has(args.address.toUpperCase());
  }

  async loadState(): Promise<DocumentState | null> {
    try {
      return await this.run((ctx) => loadState(ctx));
    } catch (error) {
      throw this.failure('读取文档中保存的勾稽状态', error);
    }
  }

  async saveState(state: DocumentState): Promise<void> {
    try {
      await this.run((ctx) => saveState(ctx, state));
    } catch (error) {
      throw this.failure('把勾稽状态保存到文档', error);
    }
  }
}

/**
 * The Excel host over `Excel.run` (or the fake of test/fakes/excel/); `library` is what the loaded
 * office.js has when already probed (connectExcel does), else the host probes it in its first run.
 */
export function createExcelHost(run: ExcelRun, env: ExcelEnv, library?: LibrarySurface): ExcelHost {
  return new ExcelHost(run, env, library);
}

/** Probe the loaded office.js in a run of its own (nothing is sent to Excel). */
export function probeExcelLibrary(run: ExcelRun): Promise<LibrarySurface> {
  return run(async (ctx) => probeLibrary(ctx));
}
