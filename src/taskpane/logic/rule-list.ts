/** Every rule the pane can switch off, with its Chinese title, from the core's catalogue. */

import { NARRATIVE_RULES } from '../../core/narrative';
import { TABLE_RULES } from '../../core/rules';
import type { Severity } from '../../core/report';

export interface RuleInfo {
  id: string;
  title: string;
  description: string;
  severity: Severity;
  /** 表格 for table rules, 情况说明 for narrative rules. */
  kind: '表格' | '情况说明';
}

export const ALL_RULES: RuleInfo[] = [
  ...TABLE_RULES.map((r) => ({ ...pick(r), kind: '表格' as const })),
  ...NARRATIVE_RULES.map((r) => ({ ...pick(r), kind: '情况说明' as const })),
];

function pick(r: { id: string; title: string; description: string; severity: Severity }) {
  return { id: r.id, title: r.title, description: r.description, severity: r.severity };
}

const TITLES = new Map(ALL_RULES.map((r) => [r.id, r.title]));

/** The rule's Chinese title; the id itself for rules outside the catalogue (completeness rules, etc.). */
export function ruleTitle(id: string): string {
  return TITLES.get(id) ?? id;
}
