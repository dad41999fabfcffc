/** The user's decisions (忽略 with reasons, settings) saved in the workbook's settings (ExcelApi 1.4). */

import { HostError, type DocumentState } from '../host';
import type { ExcelContext } from './office-types';
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

export async function saveState(context: ExcelContext, state: DocumentState): Promise<void> {
  context.workbook.settings.add(STATE_SETTING, JSON.stringify(state));
  await context.sync();
}
