import type { Rule } from '../../rules/rule';
import { narrativeOf, quote, span } from './shared';

export const narrativeYear: Rule = {
  id: 'narrative.year',
  title: '情况说明中的时点年份与决算年度不符',
  description: '资产等时点数应截至决算年度末：2024年度决算中写“截至2023年12月31日”应为“截至2024年12月31日”。',
  severity: 'warning',
  check(ctx, report) {
    const doc = narrativeOf(ctx);
    if (!doc || ctx.year === null) return;
    for (const m of doc.claims.years) {
      if (m.year === ctx.year) continue;
      report({
        message: `${quote(doc, m.start, m.end)}：本决算为 ${ctx.year} 年度，时点应为 ${ctx.year} 年末`,
        narrative: span(doc, m.start, m.end),
        expected: ctx.year,
        actual: m.year,
      });
    }
  },
};
