/**
 * The findings list of the task pane: errors first, then warnings, then tails (提示); within a severity, in
 * table order. A root cause (a finding with `explains`) carries its consequences (`explainedBy`) folded
 * under it, and the counts count causes, not consequences. Filtered by severity, rule and search words,
 * with accepted (忽略) findings set apart. Pure: the pane renders what this returns.
 */

import { findingKey } from '../../core/marks';
import { findingGroup, isTail, type Finding, type Report, type Severity } from '../../core/report';
import { reportTableRef } from '../../core/faces/names';
import { TABLE_IDS, TABLE_TITLES, type TableId } from '../../core/tables/model';
import { ruleTitle } from '../../core/rule-catalog';

export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export interface FindingFilter {
  /** Severities shown; an empty list shows nothing. */
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
  /** For a root cause: the findings it accounts for, in report order. Empty otherwise. */
  consequences: FindingEntry[];
}

export interface SeveritySection {
  severity: Severity;
  /** Top-level entries (causes and findings no cause explains), in table order. */
  entries: FindingEntry[];
}

export interface FindingsView {
  /** One section per severity that has an entry, errors first. */
  sections: SeveritySection[];
  /** Top-level findings not accepted, matching the rule and search filters (whatever the severities). */
  totals: Record<Severity, number>;
  /** Top-level findings not accepted, before any filter: what the summary counts. */
  summary: Record<Severity, number>;
  /** Top-level entries shown. */
  shown: number;
  /** Top-level findings accepted (忽略). */
  ignored: number;
  /** Every rule that has a finding, for the rule filter, with its count. */
  rules: Array<{ id: string; title: string; count: number }>;
}

const NARRATIVE_GROUP = '情况说明';
const COMPLETENESS_GROUP = '公开完整性';
const OTHER_GROUP = '其他';

/** Where a finding belongs: a table id (公开01…), 情况说明, 公开完整性 or 其他. */
export const groupOf = findingGroup;

/**
 * A group's name as one report names it: a table by its name in the face it was read in ("公开05" in the
 * 财政部 face, "表4 财政拨款支出决算表" in the central units' four tables; src/core/faces/names.ts), anything
 * else (情况说明, 公开完整性) as it is. Every place of the pane that names a table goes through this.
 */
export function groupLabel(id: string, tables: Report['tables']): string {
  return (TABLE_IDS as readonly string[]).includes(id) ? reportTableRef({ tables }, id) : id;
}

/** The group's name as the pane shows it: "公开01 收入支出决算总表", 情况说明… */
export function groupTitle(id: string): string {
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

/** The rule and search filters (not the severities, not 忽略). */
function matchesWords(entry: FindingEntry, filter: FindingFilter): boolean {
  const f = entry.finding;
  if (filter.rule && f.rule !== filter.rule) return false;
  const words = filter.search.split(/\s+/).map(searchKey).filter(Boolean);
  if (words.length === 0) return true;
  const text = haystack(f);
  return words.every((w) => text.includes(w));
}

/** A top-level entry matches when it or one of its consequences does. */
export function matchesFilter(entry: FindingEntry, filter: FindingFilter): boolean {
  if (entry.ignoredReason !== null && !filter.showIgnored) return false;
  if (!filter.severities.includes(entry.finding.severity)) return false;
  return matchesWords(entry, filter) || entry.consequences.some((c) => matchesWords(c, filter));
}

const zero = (): Record<Severity, number> => ({ error: 0, warning: 0, info: 0 });

/** Top-level entries: each cause with its consequences under it; a consequence whose cause is absent stands alone. */
export function findingEntries(
  findings: readonly Finding[],
  ignored: Readonly<Record<string, string>>,
): FindingEntry[] {
  const all: FindingEntry[] = findings.map((finding) => {
    const key = findingKey(finding);
    return { finding, key, ignoredReason: key in ignored ? ignored[key] : null, consequences: [] };
  });
  const byId = new Map<string, FindingEntry>();
  for (const e of all) if (e.finding.id && e.finding.explains) byId.set(e.finding.id, e);
  const decimals = new Map<string, FindingEntry>();
  for (const e of all)
    if (e.finding.rule === 'number.decimals' && e.finding.sheet && e.finding.cell)
      decimals.set(`${e.finding.sheet}!${e.finding.cell}`, e);
  const top: FindingEntry[] = [];
  for (const e of all) {
    const cause =
      (e.finding.explainedBy ? byId.get(e.finding.explainedBy) : undefined) ??
      subCentCause(e.finding, decimals);
    if (cause && cause !== e) cause.consequences.push(e);
    else top.push(e);
  }
  return top;
}

/**
 * A tail under half a cent can only come from a figure printed with more than two decimals: it goes under that
 * figure's number.decimals warning (151.91 against the 151.911 printed) when the figure is one of its cells.
 */
function subCentCause(f: Finding, decimals: ReadonlyMap<string, FindingEntry>): FindingEntry | undefined {
  if (decimals.size === 0 || !isTail(f) || Math.abs(f.difference!) >= 0.005) return undefined;
  const cells = [...(f.sheet && f.cell ? [f] : []), ...(f.related ?? [])];
  for (const c of cells) {
    const cause = decimals.get(`${c.sheet}!${c.cell}`);
    if (cause) return cause;
  }
  return undefined;
}

export function buildFindingsView(
  findings: readonly Finding[],
  ignored: Readonly<Record<string, string>>,
  filter: FindingFilter,
): FindingsView {
  const entries = findingEntries(findings, ignored);
  const totals = zero();
  const summary = zero();
  const ruleCounts = new Map<string, number>();
  let ignoredCount = 0;
  for (const e of entries) {
    ruleCounts.set(e.finding.rule, (ruleCounts.get(e.finding.rule) ?? 0) + 1);
    if (e.ignoredReason !== null) {
      ignoredCount++;
      continue;
    }
    summary[e.finding.severity]++;
    if (matchesWords(e, filter) || e.consequences.some((c) => matchesWords(c, filter)))
      totals[e.finding.severity]++;
  }
  const order = new Map(entries.map((e, i) => [e, i]));
  const sections: SeveritySection[] = [];
  let shown = 0;
  for (const severity of SEVERITIES) {
    const list = entries
      .filter((e) => e.finding.severity === severity && matchesFilter(e, filter))
      .sort(
        (a, b) =>
          groupOrder(groupOf(a.finding)) - groupOrder(groupOf(b.finding)) || order.get(a)! - order.get(b)!,
      );
    shown += list.length;
    if (list.length) sections.push({ severity, entries: list });
  }
  const rules = [...ruleCounts.entries()]
    .map(([id, count]) => ({ id, title: ruleTitle(id), count }))
    .sort((a, b) => a.title.localeCompare(b.title, 'zh-CN'));
  return { sections, totals, summary, shown, ignored: ignoredCount, rules };
}

/** What a non-tail 提示 is about, in a word or two: 公开完整性, or its rule's title. */
function kindOf(f: Finding): string {
  return f.rule.startsWith('completeness.') ? COMPLETENESS_GROUP : ruleTitle(f.rule);
}

/**
 * The line under a section's heading that says what it holds: for 提示, how many are rounding tails (一般无需
 *修改) and what the others are (公开完整性, 科目名称…, to be read one by one). Empty for errors and warnings.
 */
export function sectionNote(section: SeveritySection): string {
  if (section.severity !== 'info') return '';
  const tails = section.entries.filter((e) => isTail(e.finding)).length;
  const others = section.entries.filter((e) => !isTail(e.finding));
  if (others.length === 0) return '尾差：四舍五入造成，一般无需修改';
  const kinds = [...new Set(others.map((e) => kindOf(e.finding)))];
  const what = `${kinds.slice(0, 3).join('、')}${kinds.length > 3 ? '等' : ''}`;
  if (tails === 0) return `${what}：请逐条查看`;
  return `尾差 ${tails} 条（四舍五入造成，一般无需修改）；${what} ${others.length} 条，请逐条查看`;
}
