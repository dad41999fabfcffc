/** Accepting (忽略) a finding with a reason, and taking that back; the state is saved in the document. */

import { findingKey } from '../../core/marks';
import type { Finding } from '../../core/report';

export type IgnoredMap = Readonly<Record<string, string>>;

/** The reason as saved: trimmed, never empty (an empty reason is asked for again by the dialog). */
export function ignoreReasonError(reason: string): string | null {
  if (!reason.trim()) return '请填写忽略的理由（例如“已与财政部门核对，原表如此”）';
  if (reason.length > 500) return '理由请控制在 500 字以内';
  return null;
}

export function ignoreFinding(ignored: IgnoredMap, finding: Finding, reason: string): IgnoredMap {
  return { ...ignored, [findingKey(finding)]: reason.trim() };
}

export function unignoreFinding(ignored: IgnoredMap, finding: Finding): IgnoredMap {
  const key = findingKey(finding);
  const next: Record<string, string> = {};
  for (const k of Object.keys(ignored)) if (k !== key) next[k] = ignored[k];
  return next;
}
