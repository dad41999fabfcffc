/**
 * The common shape of a narrative topic rule: find the topic's section; no section (or one with a
 * heading and nothing under it) is a warning, a section that lacks an element (a reason, a count,
 * a part) is an info naming what is lacking.
 */

import type { Rule } from '../rules/rule';
import { headingText, onNarrative, scopeName } from './shared';
import {
  completenessDoc,
  locate,
  sectionOfFace,
  type CompletenessDoc,
  type Scope,
  type SectionSpec,
} from './sections';
import type { CompletenessTopic } from './topics';

export interface TopicRuleSpec {
  id: string;
  title: string;
  description: string;
  topic: CompletenessTopic;
  section: SectionSpec;
  /** What the section is, for messages: "机关运行经费的说明". */
  what: string;
  /**
   * False when another rule reports the section's absence (three topics judged from one 三公 section
   * would give three identical warnings); the checklist still shows the topic missing with it.
   */
  reportsAbsence?: boolean;
  /** What each lacking element is, in words ("没有说明增减原因"); empty when the section is complete. */
  lacks(scope: Scope, doc: CompletenessDoc): string[];
}

export function topicRule(spec: TopicRuleSpec): Rule {
  return {
    id: spec.id,
    title: spec.title,
    description: spec.description,
    severity: 'warning',
    check(ctx, report) {
      const doc = completenessDoc(ctx);
      if (!doc) return;
      const found = locate(doc, sectionOfFace(ctx, spec.topic, spec.section));
      if (found.kind === 'absent') {
        if (spec.reportsAbsence === false) return;
        report(onNarrative(doc, spec.topic, `情况说明中没有${spec.what}`, 'warning'));
        return;
      }
      if (found.kind === 'empty') {
        const h = found.heading;
        report(
          onNarrative(doc, spec.topic, `${headingText(doc, h)}下面没有内容：缺少${spec.what}`, 'warning', h),
        );
        return;
      }
      const lacking = spec.lacks(found.scope, doc);
      if (lacking.length === 0) return;
      report(
        onNarrative(
          doc,
          spec.topic,
          `${scopeName(doc, found.scope, spec.what)}${lacking.join('；')}`,
          'info',
          found.scope.at,
        ),
      );
    },
  };
}
