import type { Rule } from '../../rules/rule';
import { headingText, onNarrative } from '../shared';
import { completenessDoc, locate, sectionOfFace } from '../sections';

const HEADING = /职责|职能|机构设置|内设机构|机构情况|概况$|部门概况|单位概况|单位基本情况|部门基本情况/;
/** The duties named outside a section of their own (e.g. a row of an appended 绩效自评表). */
const MENTION = /部门职能|部门职责|主要职责|主要职能|机构设置|内设机构|职能概述/;

export const completenessDuties: Rule = {
  id: 'completeness.duties',
  title: '缺少部门职责和机构设置',
  description:
    '决算公开应有部门职责、机构设置（部门概况）一节；只在附表等处提到职能时为提示，完全没有时为警告。',
  severity: 'warning',
  check(ctx, report) {
    const doc = completenessDoc(ctx);
    if (!doc) return;
    const found = locate(doc, sectionOfFace(ctx, '部门职责', { heading: HEADING, exclude: /绩效/ }));
    if (found.kind === 'found') return;
    if (found.kind === 'empty') {
      report(
        onNarrative(
          doc,
          '部门职责',
          `${headingText(doc, found.heading)}下面没有内容：缺少部门职责和机构设置`,
          'warning',
          found.heading,
        ),
      );
      return;
    }
    const m = MENTION.exec(doc.compact.key);
    if (m) {
      const start = doc.compact.offsets[m.index];
      const end = doc.compact.offsets[m.index + m[0].length - 1] + 1;
      report(
        onNarrative(
          doc,
          '部门职责',
          `情况说明没有单列部门职责、机构设置一节，只在其他材料中提到“${m[0]}”`,
          'info',
          { start, end },
        ),
      );
      return;
    }
    report(onNarrative(doc, '部门职责', '情况说明中没有部门职责和机构设置（部门概况）', 'warning'));
  },
};
