/** The 公开完整性 checklist the pane shows: the core's checklist of a report. */

import { completenessChecklist, type ChecklistEntry } from '../../core/completeness';
import type { Report } from '../../core/report';

export type ChecklistItem = ChecklistEntry;

export function checklistOf(report: Report): ChecklistItem[] {
  return completenessChecklist(report);
}
