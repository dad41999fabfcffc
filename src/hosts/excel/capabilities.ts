/** What this Excel can do, from its ExcelApi requirement sets (feature detection, never the version). */

import type { NoteKind } from '../host';
import { FULL_SURFACE, type LibrarySurface } from './library';
import type { ExcelEnv } from './office-types';

/** Below this the task pane shows a message instead (getCellProperties and RangeAreas are 1.9). */
export const REQUIRED_API = '1.9';

const KNOWN_MINORS = 30;

export interface ExcelCapabilities {
  /** The highest ExcelApi 1.x set supported, e.g. "1.17". */
  apiVersion: string;
  /** Notes (ExcelApi 1.18), else threaded comments (1.10), else fill only. */
  notes: NoteKind;
  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13). */
  merges: boolean;
  /** RangeAreas.select (ExcelApi 1.18), else only the finding's cell is selected. */
  selectAreas: boolean;
  /** Runtime.enableEvents (ExcelApi 1.8). */
  events: boolean;
  /** Threaded comments (Workbook.comments, ExcelApi 1.10), also where notes are written. */
  comments: boolean;
}

/** Each member above ExcelApi 1.9 needs both its requirement set and the loaded library to have it. */
export function detectCapabilities(
  env: Pick<ExcelEnv, 'isSetSupported'>,
  library: LibrarySurface = FULL_SURFACE,
): ExcelCapabilities {
  const has = (version: string) => env.isSetSupported('ExcelApi', version);
  let minor = 1;
  for (let m = 2; m <= KNOWN_MINORS; m++) if (has(`1.${m}`)) minor = m;
  return {
    apiVersion: `1.${minor}`,
    notes: has('1.18') && library.notes ? 'note' : has('1.10') && library.comments ? 'comment' : 'none',
    merges: has('1.13') && library.merges,
    selectAreas: has('1.18') && library.areasSelect,
    events: has('1.8') && library.events,
    comments: has('1.10') && library.comments,
  };
}

const NOTE_LINES: Record<NoteKind, string> = {
  note: '说明写入：批注（Worksheet.notes，ExcelApi 1.18）；已有线程批注的单元格写为其回复',
  comment: '说明写入：线程批注（ExcelApi 1.10）；已有旧式批注的单元格只标颜色',
  none: '说明写入：不写（只标填充颜色）',
};

/** 关于/诊断 lines in Chinese: which office.js is loaded and which capabilities are in use. */
export function diagnosticLines(
  env: ExcelEnv,
  capabilities: ExcelCapabilities,
  library: LibrarySurface | null,
) {
  const source =
    env.officeJs === 'cdn'
      ? 'Microsoft CDN（appsforoffice.microsoft.com）'
      : env.officeJs === 'local'
        ? '加载项自带的本地副本（CDN 无法访问时使用，功能可能少于 Excel 支持的）'
        : '来源未知';
  const lines = [`office.js：${source}`];
  if (env.officeVersion) lines.push(`Office 版本：${env.officeVersion}`);
  lines.push(`Excel 支持的 API：ExcelApi ${capabilities.apiVersion}`);
  if (library) {
    const missing: string[] = [];
    if (!library.notes) missing.push('Worksheet.notes');
    if (!library.areasSelect) missing.push('RangeAreas.select');
    if (!library.comments) missing.push('Workbook.comments');
    if (!library.merges) missing.push('getMergedAreasOrNullObject');
    lines.push(
      missing.length ? `已载入的 office.js 缺少：${missing.join('、')}` : '已载入的 office.js：成员齐全',
    );
  }
  lines.push(NOTE_LINES[capabilities.notes]);
  lines.push(capabilities.selectAreas ? '定位：同时选中相关单元格' : '定位：只选中问题单元格');
  lines.push(capabilities.merges ? '合并单元格：读取' : '合并单元格：不读取（需要 ExcelApi 1.13）');
  lines.push('每次与 Excel 往返的数据不超过 4 MB（Excel 网页版上限 5 MB）');
  return lines;
}

export function unsupportedMessage(apiVersion: string | null): string {
  const found = apiVersion ? `这个 Excel 只支持 ExcelApi ${apiVersion}` : '这个 Excel 版本过旧';
  return (
    `${found}，勾稽需要 ExcelApi ${REQUIRED_API} 或更新（Office 2019 批量授权版及更早的版本不够）。` +
    '可以：① 保存工作簿后，用勾稽的浏览器页面打开这个 .xlsx，做同样的审核；' +
    '② 改用 WPS 表格，或 Microsoft 365 / Office 2021 及更新版本的 Excel。'
  );
}
