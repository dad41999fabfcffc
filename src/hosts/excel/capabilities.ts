/** What this Excel can do, from its ExcelApi requirement sets (feature detection, never the version). */

import type { NoteKind } from '../host';
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
}

export function detectCapabilities(env: Pick<ExcelEnv, 'isSetSupported'>): ExcelCapabilities {
  const has = (version: string) => env.isSetSupported('ExcelApi', version);
  let minor = 1;
  for (let m = 2; m <= KNOWN_MINORS; m++) if (has(`1.${m}`)) minor = m;
  return {
    apiVersion: `1.${minor}`,
    notes: has('1.18') ? 'note' : has('1.10') ? 'comment' : 'none',
    merges: has('1.13'),
  };
}

export function unsupportedMessage(apiVersion: string | null): string {
  const found = apiVersion ? `这个 Excel 只支持 ExcelApi ${apiVersion}` : '这个 Excel 版本过旧';
  return (
    `${found}，勾稽需要 ExcelApi ${REQUIRED_API} 或更新（Office 2019 批量授权版及更早的版本不够）。` +
    '可以：① 保存工作簿后，用勾稽的浏览器页面打开这个 .xlsx，做同样的审核；' +
    '② 改用 WPS 表格，或 Microsoft 365 / Office 2021 及更新版本的 Excel。'
  );
}
