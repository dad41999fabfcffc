/** Completeness (完整性、细化程度): what a reviewer checks besides arithmetic (DOMAIN.md §7). */

import type { Face } from '../faces/face';
import type { Rule } from '../rules/rule';
import { completenessAssets } from './rules/assets';
import { completenessBasicExpense } from './rules/basic-expense';
import { completenessChangeReason } from './rules/change-reason';
import { completenessDetail } from './rules/detail';
import { completenessDuties } from './rules/duties';
import { completenessEmptyNote } from './rules/empty-note';
import { completenessGlossary } from './rules/glossary';
import { completenessOverallChange } from './rules/overall-change';
import { completenessPerformance } from './rules/performance';
import { completenessProcurement } from './rules/procurement';
import { completenessProjects } from './rules/projects';
import { completenessRunningCosts } from './rules/running-costs';
import { completenessSme } from './rules/sme';
import { completenessTables } from './rules/tables';
import { completenessThreeCostsCounts } from './rules/three-costs-counts';
import { completenessThreeCostsReason } from './rules/three-costs-reason';
import { completenessThreeCostsSplit } from './rules/three-costs-split';
import type { CompletenessTopic } from './topics';

const ALL_COMPLETENESS_RULES: Rule[] = [
  completenessTables,
  completenessEmptyNote,
  completenessDetail,
  completenessThreeCostsSplit,
  completenessThreeCostsReason,
  completenessThreeCostsCounts,
  completenessDuties,
  completenessOverallChange,
  completenessChangeReason,
  completenessProjects,
  completenessBasicExpense,
  completenessRunningCosts,
  completenessProcurement,
  completenessSme,
  completenessAssets,
  completenessPerformance,
  completenessGlossary,
];

/** The topics each rule reports on, for `gouji rules`. */
export const RULE_TOPICS: Record<string, CompletenessTopic[]> = {
  'completeness.tables': ['九张表'],
  'completeness.empty-note': ['空表说明'],
  'completeness.detail': ['细化到项'],
  'completeness.three-costs-split': ['三公分项'],
  'completeness.three-costs-reason': ['三公增减原因'],
  'completeness.three-costs-counts': ['三公数量'],
  'completeness.duties': ['部门职责'],
  'completeness.overall-change': ['总体增减原因'],
  'completeness.change-reason': ['总体增减原因'],
  'completeness.projects': ['项目说明'],
  'completeness.basic-expense': ['人员公用经费'],
  'completeness.running-costs': ['机关运行经费'],
  'completeness.procurement': ['政府采购'],
  'completeness.sme': ['中小企业'],
  'completeness.assets': ['国有资产'],
  'completeness.performance': ['绩效'],
  'completeness.glossary': ['名词解释'],
};

/** True when the face of the disclosure carries one of the topics (a face without a topic list carries all). */
export function faceCarries(face: Face | undefined, topics: readonly CompletenessTopic[]): boolean {
  return !face?.topics || topics.some((t) => face.topics!.includes(t));
}

/** A rule checked only where the face carries its topics. */
function whereFaceCarries(rule: Rule): Rule {
  const topics = RULE_TOPICS[rule.id] ?? [];
  return {
    ...rule,
    check(ctx, report) {
      if (faceCarries(ctx.face, topics)) rule.check(ctx, report);
    },
  };
}

export const COMPLETENESS_RULES: Rule[] = ALL_COMPLETENESS_RULES.map(whereFaceCarries);

export { completenessChecklist, type ChecklistEntry, type ChecklistStatus } from './checklist';
export { COMPLETENESS_TOPICS, type CompletenessTopic } from './topics';
