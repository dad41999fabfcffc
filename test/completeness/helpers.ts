/** Shared by the completeness tests: real narratives, their topic labels, and the findings per topic. */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkWorkbook } from '../../src/core/check';
import type { Finding, Report } from '../../src/core/report';
import { CORPUS, FIXTURES, loadCase } from '../helpers';

export type State = 'present' | 'weak' | 'missing' | 'n/a';
export interface TopicLabel {
  state: State;
  evidence?: string;
  note?: string;
}
export type Labels = Record<string, Record<string, TopicLabel>>;

export function readText(file: string): string {
  return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
}

export const corpusText = (name: string) => readText(path.join(CORPUS, 'narratives', name));
export const publishedText = (name: string) => readText(path.join(FIXTURES, 'published', name));

export const corpusLabels = (): { topics: string[]; narratives: Labels } =>
  JSON.parse(readText(path.join(CORPUS, 'completeness.json')));
export const publishedLabels = (): { narratives: Labels } =>
  JSON.parse(readText(path.join(FIXTURES, 'published', 'completeness.json')));

export function completenessOf(report: Report): Finding[] {
  return report.findings.filter((f) => f.rule.startsWith('completeness.'));
}

/** The completeness findings of a narrative checked alone, or with a corpus workbook. */
export async function completeness(narrative: string | null, caseId?: string): Promise<Finding[]> {
  const snapshot = caseId ? await loadCase(caseId) : null;
  return completenessOf(checkWorkbook(snapshot, { narrative }));
}

export const isAlarm = (f: Finding) => f.severity === 'error' || f.severity === 'warning';

/** The topics with an alarm, sorted, for exact comparisons. */
export function alarmTopics(findings: Finding[]): string[] {
  return [...new Set(findings.filter(isAlarm).map((f) => f.topic ?? ''))].sort();
}

/** What the checker says of a topic: missing (an alarm), weak (only infos) or present (nothing). */
export function stateOf(findings: Finding[], topic: string): State {
  const on = findings.filter((f) => f.topic === topic);
  if (on.some(isAlarm)) return 'missing';
  return on.length ? 'weak' : 'present';
}
