/** Shared by the narrative tests: checking a narrative with or without a corpus workbook. */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkWorkbook } from '../../src/core/check';
import type { Finding } from '../../src/core/report';
import { CORPUS, FIXTURES, loadCase } from '../helpers';

export function corpusNarrative(name: string): string {
  return readFileSync(path.join(CORPUS, 'narratives', `${name}.txt`), 'utf8').replace(/^\uFEFF/, '');
}

export function publishedNarrative(file: string): string {
  return readFileSync(path.join(FIXTURES, 'published', file), 'utf8').replace(/^\uFEFF/, '');
}

/** The narrative findings for a text, checked alone or against a corpus workbook. */
export async function narrativeFindings(
  narrative: string,
  caseId?: string,
  year?: number,
): Promise<Finding[]> {
  const snapshot = caseId ? await loadCase(caseId) : null;
  return checkWorkbook(snapshot, { narrative, year }).findings.filter((f) => f.rule.startsWith('narrative.'));
}

export function isAlarm(f: Finding): boolean {
  return f.severity === 'error' || f.severity === 'warning';
}

/** Compact form for assertions: "severity rule «span text»". */
export function brief(f: Finding): string {
  return `${f.severity} ${f.rule} «${f.narrative?.text ?? ''}»`;
}
