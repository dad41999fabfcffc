import type { Rule, RuleContext } from '../../rules/rule';
import type { NarrativeDoc } from '../document';
import type { YearComparison } from '../direction-claims';
import type { Interval } from '../interval';
import { tableFigure } from '../table-figures';
import { cells, formatAmount, intervalOf, narrativeOf, quote, span, written } from './shared';

const WORDS = { 1: '增加（增长）', [-1]: '减少（下降）' } as const;

/** This year's figure: the sentence's own, else the table's, else the narrative's elsewhere. */
function currentOf(
  ctx: RuleContext,
  doc: NarrativeDoc,
  c: YearComparison,
): { interval: Interval; value: number; what: string; table?: ReturnType<typeof tableFigure> } | null {
  if (c.current)
    return { interval: intervalOf(c.current), value: c.current.value, what: `本年 ${written(c.current)}` };
  if (!c.subject) return null;
  const tf = tableFigure(ctx, c.subject);
  if (tf)
    return {
      interval: { lo: tf.value - 0.005, hi: tf.value + 0.005 },
      value: tf.value,
      what: `${tf.label} ${formatAmount(tf.value)} 万元`,
      table: tf,
    };
  const stated = doc.claims.figures.find((f) => f.subject === c.subject && f.amount.unit === c.previous.unit);
  return stated
    ? {
        interval: intervalOf(stated.amount),
        value: stated.amount.value,
        what: `本年 ${written(stated.amount)}`,
      }
    : null;
}

export const narrativeDirection: Rule = {
  id: 'narrative.direction',
  title: '情况说明中的增减方向与金额矛盾',
  description:
    '与上年相比的增减用语应与金额一致：同一变动前后说法相反（“减少43.03万元，增长4.28%”“增加……，减少的主要原因是”），或句中给出上年数（“比上年1,006.19万元增加”）而本年数（句中或公开表中）实际减少（或反之），均提示核对。决算数与预算数的比较用语见 narrative.comparison-word。',
  severity: 'warning',
  check(ctx, report) {
    const doc = narrativeOf(ctx);
    if (!doc) return;
    for (const { first, second } of doc.claims.directionConflicts)
      report({
        message: `${quote(doc, first.start, second.end)}：前称${WORDS[first.direction]}，后称${WORDS[second.direction]}，增减方向自相矛盾`,
        narrative: span(doc, second.start, second.end),
      });
    for (const c of doc.claims.yearComparisons) {
      const current = currentOf(ctx, doc, c);
      if (!current) continue;
      const previous = intervalOf(c.previous);
      const fell = current.interval.hi < previous.lo;
      const rose = current.interval.lo > previous.hi;
      if (!(c.word.direction === 1 ? fell : rose)) continue;
      report({
        message: `${quote(doc, c.word.start, c.word.end)}：${current.what}${fell ? '少于' : '多于'}上年 ${written(c.previous)}，实际为${WORDS[fell ? -1 : 1]}`,
        narrative: span(doc, c.word.start, c.word.end),
        ...(current.table ? { ...cells(current.table), table: current.table.table } : {}),
        expected: c.previous.value,
        actual: current.value,
      });
    }
  },
};
