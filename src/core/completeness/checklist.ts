/** The reviewer's checklist: each completeness topic with its state, read from a report. */

import { faceById, isFaceId } from '../faces';
import type { Finding, Report } from '../report';
import { COMPLETENESS_TOPICS, TOPIC_SOURCE, type CompletenessTopic } from './topics';

export type ChecklistStatus = 'present' | 'missing' | 'weak' | 'n/a';

export interface ChecklistEntry {
  topic: CompletenessTopic;
  status: ChecklistStatus;
  /** The finding behind a missing or weak state: the first alarm, else the first info. */
  finding?: Finding;
}

const isAlarm = (f: Finding) => f.severity === 'error' || f.severity === 'warning';

/**
 * Topics judged from another topic's section, and the rule that alone reports that section absent
 * (a warning with neither cell nor narrative span): without the section they are missing too.
 */
const SECTION_OWNER: Partial<Record<CompletenessTopic, string>> = {
  三公增减原因: 'completeness.three-costs-split',
  三公数量: 'completeness.three-costs-split',
  中小企业: 'completeness.procurement',
};

/**
 * One entry per topic, in checklist order: missing when a completeness finding on it is an alarm,
 * weak when only infos, present when the input it is judged from was checked and nothing was
 * found, n/a when that input was not given (a narrative topic without a narrative).
 */
export function completenessChecklist(report: Report): ChecklistEntry[] {
  const tables = report.checked?.tables ?? report.tables.length > 0;
  const narrative = report.checked?.narrative ?? report.workbook === null;
  const judged = (t: CompletenessTopic) => {
    const source = TOPIC_SOURCE[t];
    return source === 'tables' ? tables : source === 'narrative' ? narrative : tables || narrative;
  };
  const faceId = report.tables.find((t) => t.face)?.face;
  const carried = faceId && isFaceId(faceId) ? faceById(faceId).topics : undefined;
  return COMPLETENESS_TOPICS.map((topic) => {
    // A topic the disclosure's face does not carry (a university's 三公) is not asked for.
    if (carried && !carried.includes(topic)) return { topic, status: 'n/a' };
    const found = report.findings.filter((f) => f.rule.startsWith('completeness.') && f.topic === topic);
    const owner = SECTION_OWNER[topic];
    const absent = owner
      ? report.findings.find((f) => f.rule === owner && isAlarm(f) && !f.narrative && !f.cell)
      : undefined;
    const alarm = found.find(isAlarm) ?? absent;
    if (alarm) return { topic, status: 'missing', finding: alarm };
    if (found.length) return { topic, status: 'weak', finding: found[0] };
    return { topic, status: judged(topic) ? 'present' : 'n/a' };
  });
}
