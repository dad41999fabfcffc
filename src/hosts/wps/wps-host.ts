/** The WPS 表格 host: the Host interface over the synchronous ET object model (see et.ts for the members used). */

import { restoreCopyRecord } from './copy-record';
import type { Mark } from '../../core/marks';
import type { WorkbookSnapshot } from '../../core/snapshot';
import {
  HostError,
  type CellTarget,
  type DocumentState,
  type Host,
  type HostCommand,
  type HostInfo,
  type SheetSelection,
} from '../host';
import { plainRange } from '../selection';
import {
  activeWorkbook,
  apiEventOf,
  findWorksheet,
  prop,
  sheetName,
  textProp,
  XL_SHEET_VERY_HIDDEN,
  type EtApplication,
  type EtWorkbook,
  type EtWorksheet,
  type SheetChangeListener,
} from './et';
import { paintMarks, restoreMarks } from './marks';
import { readWorkbookSnapshot } from './read-sheets';
import { watchRibbonCommands } from './ribbon-commands';
import { describe, isStateSheet, StateSheet } from './state-sheet';
import { isOwnSheet } from '../own-sheets';

/** Excel limits a multi-area address to 255 characters; stay below it. */
const MAX_SELECTION_ADDRESS = 250;

export interface WpsEnvironment {
  userAgent?: string;
}

export function createWpsHost(app: EtApplication, env: WpsEnvironment = {}): Host {
  return new WpsHost(app, env);
}

export function wpsLabel(app: EtApplication): string {
  try {
    const version = textProp(app, 'Build') ?? textProp(app, 'Version');
    return version ? `WPS 表格 ${version}` : 'WPS 表格';
  } catch {
    return 'WPS 表格';
  }
}

class WpsHost implements Host {
  readonly info: HostInfo;

  constructor(
    private readonly app: EtApplication,
    env: WpsEnvironment,
  ) {
    this.info = {
      kind: 'wps',
      label: wpsLabel(app),
      userAgent: env.userAgent ?? '',
      notes: 'comment',
      watchesEdits: apiEventOf(app) !== null,
      diagnostics: wpsDiagnostics(app),
    };
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    const workbook = this.workbook();
    return guard('读取工作表', () => readWorkbookSnapshot(workbook, isOwnSheet));
  }

  async paintMarks(marks: readonly Mark[]): Promise<void> {
    const workbook = this.workbook();
    guard('标注单元格', () => paintMarks(new StateSheet(this.app, workbook), workbook, marks));
  }

  async clearMarks(): Promise<number> {
    const workbook = this.workbook();
    return guard('清除标记', () => {
      const own = restoreMarks(new StateSheet(this.app, workbook), workbook);
      // A copy made by the command line or the browser page carries its own record of the original formats.
      return own + restoreCopyRecord(this.app, workbook);
    });
  }

  async select(target: CellTarget, related: readonly CellTarget[] = []): Promise<void> {
    const sheet = findWorksheet(this.workbook(), target.sheet);
    if (!sheet) throw new HostError(`找不到工作表“${target.sheet}”，它可能已被重命名或删除，请重新审核。`);
    if (isHidden(sheet)) throw new HostError(`工作表“${target.sheet}”已隐藏，请先取消隐藏再定位。`);
    guard('定位单元格', () => {
      sheet.Activate();
      let address = target.cell;
      for (const other of related) {
        if (other.sheet !== target.sheet || other.cell === target.cell) continue;
        if (address.length + other.cell.length + 1 > MAX_SELECTION_ADDRESS) break;
        address += `,${other.cell}`;
      }
      sheet.Range(address).Select();
      if (address !== target.cell) sheet.Range(target.cell).Activate();
    });
  }

  /** Application.Selection's Address() ("$A$1:$C$5") on the active sheet. */
  async readSelection(): Promise<SheetSelection | null> {
    this.workbook();
    return guard('读取当前选区', () => {
      const sheet = prop<EtWorksheet | null>(this.app, 'ActiveSheet');
      const selection = prop<unknown>(this.app, 'Selection');
      if (!sheet || typeof selection !== 'object' || selection === null) return null;
      let address: string | null;
      try {
        address = textProp(selection, 'Address');
      } catch {
        return null; // a shape or a chart: no cells
      }
      if (address === null) return null;
      if (address.includes(','))
        throw new HostError('当前选中了多个区域：请只选一个连续的区域（或一个单元格）。');
      const range = plainRange(address);
      return range ? { sheet: sheetName(sheet), range } : null;
    });
  }

  watchEdits(onEdit: () => void): () => void {
    const events = apiEventOf(this.app);
    if (!events) return () => undefined;
    // Writing the state sheet raises SheetChange too; fills and comments do not.
    const listener: SheetChangeListener = (sheet) => {
      if (typeof sheet === 'object' && sheet !== null && isStateSheet(sheetName(sheet as EtWorksheet)))
        return;
      onEdit();
    };
    events.AddApiEventListener('SheetChange', listener);
    return () => {
      events.RemoveApiEventListener('SheetChange', listener);
    };
  }

  watchCommands(onCommand: (command: HostCommand) => void): () => void {
    return watchRibbonCommands(this.app, onCommand);
  }

  async loadState(): Promise<DocumentState | null> {
    const workbook = this.workbook();
    const raw = guard('读取文档设置', () => new StateSheet(this.app, workbook).read('state'));
    if (!raw || typeof raw !== 'object') return null;
    const state = raw as DocumentState;
    return state.ignored && typeof state.ignored === 'object' ? state : { ...state, ignored: {} };
  }

  async saveState(state: DocumentState): Promise<void> {
    const workbook = this.workbook();
    guard('保存文档设置', () => new StateSheet(this.app, workbook).write('state', state));
  }

  private workbook(): EtWorkbook {
    let workbook: EtWorkbook | null;
    try {
      workbook = activeWorkbook(this.app);
    } catch (e) {
      throw new HostError(`无法访问 WPS 表格的工作簿：${describe(e)}`);
    }
    if (!workbook) throw new HostError('WPS 表格中没有打开的工作簿：请先打开要审核的决算公开表。');
    return workbook;
  }
}

/** 关于/诊断 lines: how this build exposes ET's properties; WPS loads no office.js. */
function wpsDiagnostics(app: EtApplication): string[] {
  let methods: boolean;
  try {
    methods = typeof (app as unknown as Record<string, unknown>).ActiveWorkbook === 'function';
  } catch {
    methods = false;
  }
  return [
    methods ? 'ET 接口：属性以方法提供（如 Value2() 读取、Value2(值) 写入）' : 'ET 接口：属性直接读写',
    'office.js：不加载（WPS 表格使用自己的 ET 接口）',
  ];
}

function isHidden(sheet: EtWorksheet): boolean {
  const visible = prop<unknown>(sheet, 'Visible');
  return visible === 0 || visible === false || visible === XL_SHEET_VERY_HIDDEN;
}

/** Run an ET call; an error from WPS becomes a HostError saying in Chinese what failed. */
function guard<T>(what: string, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof HostError) throw e;
    throw new HostError(`${what}时 WPS 表格报错：${describe(e)}`);
  }
}
