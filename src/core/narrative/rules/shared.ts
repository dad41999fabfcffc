/** What the narrative rules share: the parsed narrative, spans, figures in 万元 and their wording. */

import { formatAmount } from '../../numbers';
import { location, type CellLocation, type NarrativeSpan } from '../../report';
import type { RuleContext } from '../../rules/rule';
import { parseNarrative, type NarrativeAmount, type NarrativeDoc } from '../document';
import { printed, scale, type Interval } from '../interval';
import type { TableFigure } from '../table-figures';

export function narrativeOf(ctx: RuleContext): NarrativeDoc | null {
  if (ctx.narrativeDoc) return ctx.narrativeDoc();
  return ctx.narrative ? parseNarrative(ctx.narrative) : null;
}

export function span(doc: NarrativeDoc, start: number, end: number): NarrativeSpan {
  return { start, end, text: doc.text.slice(start, end) };
}

/** The span of a figure with the words that name it: "年初预算为2311.99元", "占2.77%". */
export function amountSpan(doc: NarrativeDoc, a: NarrativeAmount): NarrativeSpan {
  return span(doc, a.labelStart, a.end);
}

/** The printed figure alone ("0.56%"), for a finding on the figure itself (a share or rate that is wrong). */
export function figureSpan(doc: NarrativeDoc, a: NarrativeAmount): NarrativeSpan {
  return span(doc, a.start, a.end);
}

/** A passage as quoted in a message: white space removed, long passages shortened. */
export function quote(doc: NarrativeDoc, start: number, end: number): string {
  const s = doc.text.slice(start, end).replace(/\s+/g, '');
  return `“${s.length > 60 ? s.slice(0, 28) + '……' + s.slice(-28) : s}”`;
}

export const TO_WAN: Record<string, number> = { 万元: 1, 元: 1e-4, 亿元: 1e4, '%': 1 };

export function inWan(a: NarrativeAmount): number {
  return a.value * TO_WAN[a.unit ?? '万元'];
}

/** The interval a figure stands for, in 万元 (or in percent for a percentage). */
export function intervalOf(a: NarrativeAmount): Interval {
  return scale(printed(a.value, a.decimals), TO_WAN[a.unit ?? '万元']);
}

/** A figure as written: "2311.99元", "27.72%". */
export function written(a: NarrativeAmount): string {
  return `${a.value.toFixed(a.decimals)}${a.unit ?? ''}`;
}

export function percentText(x: number, decimals: number): string {
  return `${x.toFixed(Math.max(decimals, 2))}%`;
}

export function cells(tf: TableFigure): { sheet: string; cell: string; related?: CellLocation[] } {
  const [first, ...rest] = tf.figures.map((f) => location(f.ref));
  return rest.length ? { ...first, related: rest } : first;
}

export { formatAmount };
