/**
 * The findings list of the task pane: grouped by table and severity with counts, filtered by severity,
 * rule and search words, with accepted (忽略) findings set apart. Pure: the pane renders what this returns.
 */

import { findingKey, SEVERITY_RANK } from '../../core/marks';
import type { Finding, Severity } from '../../core/report';
import { TABLE_IDS, TABLE_TITLES, type TableId } from '../../core/tables/model';
import { ruleTitle } from './rule-list';

export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export interface FindingFilter {
  /** Severities shown; all three when empty is not wanted: an empty list shows nothing. */
  severities: Severity[];
  /** One rule id, or null for every rule. */
  rule: string | null;
  search: string;
  /** Show the accepted findings too (with their reasons). */
  showIgnored: boolean;
}

export const DEFAULT_FILTER: FindingFilter = {
  severities: ['error', 'warning', 'info'],
  rule: null,
  search: '',
  showIgnored: false,
};

export interface FindingEntry {
  finding: Finding;
  key: string;
  /** The user's reason when the finding was accepted (忽略). */
  ignoredReason: string | null;
}

export interface SeveritySection {
  severity: Severity;
  entries: FindingEntry[];
}

export interface FindingGroup {
  /** A table id (公开01…), 情况说明, 公开完整性 or 其他. */
  id: string;
  title: string;
  counts: Record<Severity, number>;
  sections: SeveritySection[];
}

export interface FindingsView {
  groups: FindingGroup[];
  /** Counts of the findings not accepted, before filtering. */
  totals: Record<Severity, number>;
  shown: number;
  ignored: number;
  /** Every rule that has a finding, for the rule filter, with its count. */
  rules: Array<{ id: string; title: string; count: number }>;
}

const NARRATIVE_GROUP = '情况说明';
const COMPLETENESS_GROUP = '公开完整性';
const OTHER_GROUP = '其他';

export function groupOf(f: Finding): string {
  if (f.table) return f.table;
  if (f.rule.startsWith('completeness.')) return COMPLETENESS_GROUP;
  if (f.narrative || f.rule.startsWith('narrative.')) return NARRATIVE_GROUP;
  return OTHER_GROUP;
}

function groupTitle(id: string): string {
  if ((TABLE_IDS as readonly string[]).includes(id)) return `${id} ${TABLE_TITLES[id as TableId]}`;
  return id;
}

function groupOrder(id: string): number {
  const table = (TABLE_IDS as readonly string[]).indexOf(id);
  if (table >= 0) return table;
  return [NARRATIVE_GROUP, COMPLETENESS_GROUP, OTHER_GROUP].indexOf(id) + 100;
}

/** Lower-case, full-width letters and digits folded, spaces removed: "Ｃ２４" finds "C24". */
export function searchKey(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .toLowerCase();
}

function haystack(f: Finding): string {
  const parts = [f.message, f.rule, ruleTitle(f.rule), f.table ?? '', f.topic ?? ''];
  if (f.sheet && f.cell) parts.push(`${f.sheet}!${f.cell}`);
  if (f.narrative) parts.push(f.narrative.text);
  for (const r of f.related ?? []) parts.push(`${r.sheet}!${r.cell}`);
  return searchKey(parts.join(' '));
}

export function matchesFilter(entry: FindingEntry, filter: FindingFilter): boolean {
  const f = entry.finding;
  if (entry.ignoredReason !== null && !filter.showIgnored) return false;
  if (!filter.severities.includes(f.severity)) return false;
  if (filter.rule && f.rule !== filter.rule) return false;
  const words = filter.search.split(/\s+/).map(searchKey).filter(Boolean);
  if (words.length === 0) return true;
  const text = haystack(f);
  return words.every((w) => text.includes(w));
}

const zero = (): Record<Severity, number> => ({ error: 0, warning: 0, info: 0 });

export function buildFindingsView(
  findings: readonly Finding[],
  ignored: Readonly<Record<string, string>>,
  filter: FindingFilter,
): FindingsView {
  const entries: FindingEntry[] = findings.map((finding) => {
    const key = findingKey(finding);
    return { finding, key, ignoredReason: key in ignored ? ignored[key] : null };
  });
  const totals = zero();
  const ruleCounts = new Map<string, number>();
  let ignoredCount = 0;
  for (const e of entries) {
    if (e.ignoredReason !== null) ignoredCount++;
    else totals[e.finding.severity]++;
    ruleCounts.set(e.finding.rule, (ruleCounts.get(e.finding.rule) ?? 0) + 1);
  }
  const groups = new Map<string, FindingGroup>();
  let shown = 0;
  for (const e of entries) {
    if (!matchesFilter(e, filter)) continue;
    shown++;
    const id = groupOf(e.finding);
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { id, title: groupTitle(id), counts: zero(), sections: [] }));
    group.counts[e.finding.severity]++;
    let section = group.sections.find((s) => s.severity === e.finding.severity);
    if (!section) group.sections.push((section = { severity: e.finding.severity, entries: [] }));
    section.entries.push(e);
  }
  const sorted = [...groups.values()].sort((a, b) => groupOrder(a.id) - groupOrder(b.id));
  for (const g of sorted) g.sections.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  const rules = [...ruleCounts.entries()]
    .map(([id, count]) => ({ id, title: ruleTitle(id), count }))
    .sort((a, b) => a.id.localeCompare(b.id));
  return { groups: sorted, totals, shown, ignored: ignoredCount, rules };
}
