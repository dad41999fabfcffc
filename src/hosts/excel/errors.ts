/**
 * office.js errors in Chinese: the user reads what went wrong by its code (RichApi.Error.code); the raw
 * English message is kept for 关于/诊断 only.
 */

import { HostError } from '../host';

const BY_CODE: Record<string, string> = {
  RequestPayloadSizeLimitExceeded: '发给 Excel 的数据超过了单次上限（Excel 网页版为 5 MB）',
  ResponsePayloadSizeLimitExceeded: 'Excel 返回的数据超过了单次上限（Excel 网页版为 5 MB）',
  PayloadSizeLimitExceeded: '与 Excel 往返的数据超过了单次上限（Excel 网页版为 5 MB）',
  InvalidArgument: 'Excel 不接受其中的参数',
  InvalidReference: 'Excel 找不到引用的区域',
  InvalidOperation: 'Excel 现在不允许这个操作',
  InvalidOperationInCellEditMode: '有单元格正在编辑：请先按回车或 Esc 结束编辑',
  GeneralException: 'Excel 内部出错',
  AccessDenied: 'Excel 拒绝了修改（工作表或工作簿可能受保护）',
  ItemNotFound: '找不到工作表或单元格（可能已改名或删除）',
  ApiNotFound: '这个版本的 Excel 缺少所需的功能',
  NotImplemented: '这个版本的 Excel 缺少所需的功能',
  ActivityLimitReached: 'Excel 暂时忙不过来：请稍后再试',
  RequestAborted: '请求被 Excel 中止：请再试一次',
  Conflict: '工作簿正被其他人同时修改：请稍后再试',
  ServiceNotAvailable: 'Excel 服务暂时不可用：请稍后再试',
  Unauthenticated: 'Excel 的登录已失效：请重新登录',
  InsufficientPermissions: '没有修改这个工作簿的权限',
};

/** The office.js code of an error, if it has one. */
export function errorCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code ? code : null;
}

/** What the user reads: Chinese, by code. */
export function chineseReason(error: unknown): string {
  const code = errorCode(error);
  return (code && BY_CODE[code]) ?? `Excel 报告了错误${code ? `（${code}）` : ''}`;
}

/** The raw text, for 诊断 only. */
export function rawError(error: unknown): string {
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  return `${code ? `${code}：` : ''}${message}`;
}

/** A HostError in Chinese that keeps the raw office.js text for 诊断. */
export type ExcelHostError = HostError & { raw?: string };

/** `action` failed: a HostError in Chinese (a HostError passes through). */
export function excelFailure(action: string, error: unknown): ExcelHostError {
  if (error instanceof HostError) return error;
  return Object.assign(new HostError(`${action}时出错：${chineseReason(error)}。`), { raw: rawError(error) });
}
