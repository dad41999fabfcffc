import type { Rule } from '../../rules/rule';
import { narrativeOf, quote, span } from './shared';

export const narrativeMalformed: Rule = {
  id: 'narrative.malformed',
  title: '情况说明中的金额书写有误',
  description: '金额中留有占位符或字母（如“0X 万元”“XX万元”），应填写实际金额。',
  severity: 'warning',
  check(ctx, report) {
    const doc = narrativeOf(ctx);
    if (!doc) return;
    for (const m of doc.claims.malformed)
      report({
        message: `${quote(doc, m.start, m.end)}不是有效金额，请填写实际数`,
        narrative: span(doc, m.start, m.end),
      });
  },
};
