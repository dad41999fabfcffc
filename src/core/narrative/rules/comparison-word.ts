import type { Rule } from '../../rules/rule';
import type { Relation } from '../claims';
import { meets } from '../interval';
import { intervalOf, narrativeOf, quote, span, written } from './shared';

const WORDS: Record<Relation, string> = { greater: '大于', less: '小于', equal: '等于（持平）' };

export const narrativeComparisonWord: Rule = {
  id: 'narrative.comparison-word',
  title: '情况说明中的比较用语与金额矛盾',
  description:
    '“决算数大于预算数”“决算数小于年初预算数”“决算数与年初预算数持平”等用语，应与同句的预算数、决算数一致（考虑四舍五入）。',
  severity: 'warning',
  check(ctx, report) {
    const doc = narrativeOf(ctx);
    if (!doc) return;
    for (const { budget, actual, comparison } of doc.claims.completions) {
      if (!comparison || budget.unit !== actual.unit) continue;
      const a = intervalOf(actual);
      const b = intervalOf(budget);
      const contradicted =
        comparison.relation === 'greater'
          ? a.hi < b.lo
          : comparison.relation === 'less'
            ? a.lo > b.hi
            : !meets(a, b);
      if (!contradicted) continue;
      const truth = a.hi < b.lo ? '小于' : a.lo > b.hi ? '大于' : '等于';
      report({
        message: `${quote(doc, comparison.start, comparison.end)}：决算数 ${written(actual)} ${truth}预算数 ${written(budget)}，并非${WORDS[comparison.relation]}`,
        narrative: span(doc, comparison.start, comparison.end),
        expected: budget.value,
        actual: actual.value,
      });
    }
  },
};
