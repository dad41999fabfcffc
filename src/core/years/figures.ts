/** A figure of one year's disclosure by subject (narrative/table-figures.ts keys): from its tables, else its narrative. */

import { renameTables } from '../faces/names';
import type { NarrativeAmount } from '../narrative/document';
import { exact, type Interval } from '../narrative/interval';
import { amountSpan, intervalOf, inWan, written } from '../narrative/rules/shared';
import { tableFigure, type TableFigure } from '../narrative/table-figures';
import { formatAmount } from '../numbers';
import { location, type CellLocation, type OtherYearLocation } from '../report';
import { otherCell, otherSpan } from './rule';
import type { YearSide } from './side';

export interface SideFigure {
  /** In 万元. */
  value: number;
  /** What it stands for: the exact table figure, or the interval of the printed narrative figure. */
  interval: Interval;
  /** Where it is, in words, for messages: "公开01 总计 1,006.19" or "情况说明“机关运行经费支出43.19万元”". */
  words: string;
  table?: TableFigure;
  amount?: NarrativeAmount;
}

export function figureOf(side: YearSide, subject: string): SideFigure | undefined {
  const t = tableFigure(side.ctx, subject);
  if (t)
    return {
      value: t.value,
      interval: exact(t.value),
      words: renameTables(`${t.label} ${formatAmount(t.value)}`, () => side.ctx.face),
      table: t,
    };
  const claim = side.doc?.claims.figures.find((f) => f.subject === subject);
  if (!claim) return undefined;
  const a = claim.amount;
  return {
    value: inWan(a),
    interval: intervalOf(a),
    words: `情况说明“${claim.what}${written(a)}”`,
    amount: a,
  };
}

/** The figure's places in the other year's disclosure. */
export function otherPlaces(side: YearSide, f: SideFigure): OtherYearLocation[] {
  if (f.table) return f.table.figures.map((x) => otherCell(side, x.ref));
  if (f.amount && side.doc) return [otherSpan(side, amountSpan(side.doc, f.amount))];
  return [];
}

/** The figure's cells in this year's tables, for a finding's related cells. */
export function cellsOf(f: SideFigure): CellLocation[] {
  return f.table ? f.table.figures.map((x) => location(x.ref)) : [];
}
