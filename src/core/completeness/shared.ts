/** What the completeness rules share: findings on the narrative with their topic and span. */

import type { Severity } from '../report';
import type { FindingDraft } from '../rules/rule';
import type { CodedRow } from '../tables/model';
import type { Heading } from './outline';
import type { CompletenessDoc, Scope } from './sections';
import type { CompletenessTopic } from './topics';

export function onNarrative(
  doc: CompletenessDoc,
  topic: CompletenessTopic,
  message: string,
  severity: Severity,
  at?: { start: number; end: number } | null,
): FindingDraft {
  const draft: FindingDraft = { message, severity, topic };
  if (at) draft.narrative = { start: at.start, end: at.end, text: doc.text.slice(at.start, at.end) };
  return draft;
}

/** The heading as quoted in a message: “九、财政拨款“三公”经费支出决算情况说明”. */
export function headingText(doc: CompletenessDoc, h: Heading): string {
  return `“${doc.text.slice(h.start, h.end).trim()}”`;
}

/** How a scope is named in a message: by its heading, or as the passage that speaks of the topic. */
export function scopeName(doc: CompletenessDoc, scope: Scope, what: string): string {
  return scope.heading ? `${headingText(doc, scope.heading)}一节` : `情况说明中${what}的段落`;
}

/** The amount to quote for a coded row: its 合计 column, else its first non-zero figure. */
export function rowAmount(r: CodedRow): number {
  const total = r.values.total?.value;
  if (total !== undefined && total !== 0) return total;
  return Object.values(r.values).find((f) => f.value !== 0)?.value ?? total ?? 0;
}
