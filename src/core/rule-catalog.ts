/** Every rule the pane can switch off and every formatter names, with its Chinese title: the core's catalogue. */

import { CAUSE_RULES } from './causes';
import { COMPLETENESS_RULES } from './completeness';
import { NARRATIVE_RULES } from './narrative';
import { TABLE_RULES } from './rules';
import { WORDING_RULES } from './wording';
import type { Severity } from './report';

export interface RuleInfo {
  id: string;
  title: string;
  description: string;
  severity: Severity;
  /**
   * 表格 for table rules, 情况说明 for narrative rules, 文字规范 for the wording of the whole document, 完整性
   * for the checklist, 根源 for the cause pass.
   */
  kind: '表格' | '情况说明' | '文字规范' | '完整性' | '根源';
}

export const ALL_RULES: RuleInfo[] = [
  ...TABLE_RULES.map((r) => ({ ...pick(r), kind: '表格' as const })),
  ...NARRATIVE_RULES.map((r) => ({ ...pick(r), kind: '情况说明' as const })),
  ...WORDING_RULES.map((r) => ({ ...pick(r), kind: '文字规范' as const })),
  ...COMPLETENESS_RULES.map((r) => ({ ...pick(r), kind: '完整性' as const })),
  ...CAUSE_RULES.map((r) => ({ ...pick(r), kind: '根源' as const })),
];

function pick(r: { id: string; title: string; description: string; severity: Severity }) {
  return { id: r.id, title: r.title, description: r.description, severity: r.severity };
}

const TITLES = new Map(ALL_RULES.map((r) => [r.id, r.title]));

/** Titles of rule families whose modules the pane does not list one by one (the root-cause pass). */
const FAMILY_TITLES: Array<[string, string]> = [
  ['cause.', '出错的单元格'],
  ['completeness.', '公开完整性'],
  ['narrative.', '情况说明'],
  ['text.', '文字规范性'],
  ['table.', '表格识别'],
  ['recognition.', '表格识别'],
];

/** The rule's Chinese title; never its raw id: a rule outside the catalogue gets its family's title. */
export function ruleTitle(id: string): string {
  const title = TITLES.get(id);
  if (title) return title;
  for (const [prefix, family] of FAMILY_TITLES) if (id.startsWith(prefix)) return family;
  return '其他审核规则';
}
