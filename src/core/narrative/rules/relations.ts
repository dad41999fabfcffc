/** The relations the narrative rules check, as data for the cause pass (src/core/causes). */

import { cellQuantity, type LinearRelation, type Quantity, type TestRelation } from '../../causes/relation';
import type { NarrativeAmount, NarrativeDoc } from '../document';
import { meets, percentOf, printed, type Interval } from '../interval';
import type { TableFigure } from '../table-figures';
import { amountSpan, intervalOf, TO_WAN } from './shared';

export function narrativeQuantity(doc: NarrativeDoc, a: NarrativeAmount): Quantity {
  return { key: `narrative:${a.start}`, value: a.value, decimals: a.decimals, span: amountSpan(doc, a) };
}

function half(a: NarrativeAmount): number {
  return 0.5 * Math.pow(10, -a.decimals) * TO_WAN[a.unit ?? '万元'];
}

/** The interval of `a` were it written as `value`. */
function intervalAt(a: NarrativeAmount, value: number): Interval {
  return intervalOf({ ...a, value });
}

/** A narrative figure in 万元 that names a table figure: they meet within their rounding. */
export function tableFigureRelation(doc: NarrativeDoc, a: NarrativeAmount, tf: TableFigure): LinearRelation {
  return {
    kind: 'linear',
    terms: [
      { quantity: narrativeQuantity(doc, a), coefficient: TO_WAN[a.unit ?? '万元'] },
      ...tf.figures.map((f) => ({ quantity: cellQuantity(f), coefficient: -1 })),
    ],
    constant: 0,
    sense: 'equal',
    bound: () => half(a) + 0.005,
  };
}

/** whole = Σ parts, each figure standing for its printed interval. */
export function partsRelation(
  doc: NarrativeDoc,
  whole: NarrativeAmount,
  parts: NarrativeAmount[],
): LinearRelation {
  return {
    kind: 'linear',
    terms: [whole, ...parts].map((a, i) => ({
      quantity: narrativeQuantity(doc, a),
      coefficient: (i === 0 ? 1 : -1) * TO_WAN[a.unit ?? '万元'],
    })),
    constant: 0,
    sense: 'equal',
    bound: () => [whole, ...parts].reduce((s, a) => s + half(a), 0),
  };
}

/** A stated percentage of a ratio: `ratio(numerator, denominator)` read from the figures' intervals. */
export function percentRelation(
  doc: NarrativeDoc,
  figures: NarrativeAmount[],
  percent: NarrativeAmount,
  ratio: (intervals: Interval[]) => Interval | null,
): TestRelation {
  return {
    kind: 'test',
    quantities: [...figures, percent].map((a) => narrativeQuantity(doc, a)),
    holds: (values) => {
      const q = ratio(figures.map((a, i) => intervalAt(a, values[i])));
      return !q || meets(q, printed(values[figures.length], percent.decimals));
    },
  };
}

export { percentOf };
