/** The user's decisions (忽略 with reasons, settings) saved in the workbook's settings (ExcelApi 1.4). */

import { HostError, type DocumentState } from '../host';
import type { ExcelContext } from './office-types';
import { STATE_BYTES } from './marks-record';
import { textBytes } from './payload';
import { STATE_SETTING } from './saved-marks';

const CORRUPT = '工作簿中保存的勾稽状态（忽略的问题及理由、设置）已损坏，无法读取。重新设置后保存即可覆盖。';

export function parseState(value: unknown): DocumentState {
  let parsed: unknown;
  try {
    parsed = typeof value === 'string' ? JSON.parse(value) : value;
  } catch {
    throw new HostError(CORRUPT);
  }
  const state = parsed as Partial<DocumentState> | null;
  if (!state || typeof state !== 'object' || typeof state.ignored !== 'object' || state.ignored === null)
    throw new HostError(CORRUPT);
  for (const reason of Object.values(state.ignored))
    if (typeof reason !== 'string') throw new HostError(CORRUPT);
  return state as DocumentState;
}

export async function loadState(context: ExcelContext): Promise<DocumentState | null> {
  const setting = context.workbook.settings.getItemOrNullObject(STATE_SETTING);
  setting.load('value');
  await context.sync();
  return setting.isNullObject ? null : parseState(setting.value);
}

/**
 * One setting of at most STATE_BYTES (one sync well under the payload limit, and room for the record of
 * originals under the 2 MB of settings). Last year's file, then a narrative, too long for it are left out,
 * the rest saved, and the user told; state too large even without them is not saved, and the user told.
 */
export async function saveState(context: ExcelContext, state: DocumentState): Promise<void> {
  let kept = state;
  const dropped: string[] = [];
  if (textBytes(JSON.stringify(kept)) > STATE_BYTES && kept.lastYear) {
    kept = { ...kept, lastYear: null };
    dropped.push(`上年决算“${state.lastYear!.file}”`);
  }
  if (textBytes(JSON.stringify(kept)) > STATE_BYTES && kept.narrative) {
    kept = { ...kept, narrative: null };
    dropped.push(`情况说明（${state.narrative!.length} 字）`);
  }
  const text = JSON.stringify(kept);
  if (textBytes(text) > STATE_BYTES)
    throw new HostError(
      `勾稽状态（忽略的问题及理由、设置）有 ${Math.ceil(textBytes(text) / 1024)} KB，超过工作簿设置能保存的 ` +
        `${STATE_BYTES / 1024} KB，没有保存。请减少忽略理由的长度或数量后再试。`,
    );
  context.workbook.settings.add(STATE_SETTING, text);
  await context.sync();
  if (dropped.length > 0)
    throw new HostError(
      `${dropped.join('和')}超过工作簿设置能保存的长度，没有保存在工作簿中` +
        '（忽略的问题、理由和设置已保存）。下次打开时请重新打开或粘贴。',
    );
}
