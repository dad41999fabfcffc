import { round2 } from '../../numbers';
import type { FindingDraft, Rule, RuleContext } from '../../rules/rule';
import type { NarrativeAmount, NarrativeDoc } from '../document';
import { meets, printed, scale, type Interval } from '../interval';
import { resolveItem, subjectNames } from '../subjects';
import { tableFigure, type TableFigure } from '../table-figures';
import { tableFigureRelation } from './relations';
import { amountSpan, cells, formatAmount, intervalOf, narrativeOf, quote } from './shared';

const TABLE_HALF_CENT = 0.005;

function tableInterval(tf: TableFigure): Interval {
  return { lo: tf.value - TABLE_HALF_CENT, hi: tf.value + TABLE_HALF_CENT };
}

/** A figure whose unit is wrong by a factor of 10 000: "2311.99元" where the table has 2,311.99 万元. */
export function isUnitSlip(a: NarrativeAmount, tf: TableFigure): boolean {
  const raw = printed(a.value, a.decimals);
  if (a.unit === '元') return tf.value !== 0 && meets(raw, tableInterval(tf));
  if (a.unit === '万元') return tf.value !== 0 && a.value !== 0 && meets(scale(raw, 1e-4), tableInterval(tf));
  return false;
}

export interface FigureComparison {
  amount: NarrativeAmount;
  what: string;
  table: TableFigure;
}

/** Every narrative figure that names a table figure: named figures and 类/款/项 决算 figures. */
export function figureComparisons(ctx: RuleContext, doc: NarrativeDoc): FigureComparison[] {
  const out: FigureComparison[] = [];
  for (const f of doc.claims.figures) {
    const tf = tableFigure(ctx, f.subject);
    if (tf) out.push({ amount: f.amount, what: f.what, table: tf });
  }
  const names = doc.claims.completions.some((c) => c.item) ? subjectNames(ctx) : null;
  for (const c of doc.claims.completions) {
    if (!c.item || !names) continue;
    const levels = resolveItem(c.item, names);
    const tf = levels && tableFigure(ctx, `item:${levels[levels.length - 1].code}`);
    if (tf)
      out.push({
        amount: c.actual,
        what: `${doc.text.slice(c.item.start, c.item.end).replace(/\s+/g, '')} 支出决算`,
        table: tf,
      });
  }
  return out;
}

export const narrativeTableFigure: Rule = {
  id: 'narrative.table-figure',
  title: '情况说明中的金额与公开表不一致',
  description:
    '情况说明引用的总计、收入支出合计、基本支出、项目支出、人员经费、公用经费、各类款项支出、三公经费等金额，应与公开表中的对应数一致；相差不超过 0.01 万元为尾差（提示），超过即为错误。',
  severity: 'error',
  check(ctx, report) {
    const doc = narrativeOf(ctx);
    if (!doc || ctx.tables.length === 0) return;
    for (const { amount, table } of figureComparisons(ctx, doc)) {
      const text = intervalOf(amount);
      const difference = round2(
        amount.unit === '元' || amount.unit === '亿元' ? 0 : amount.value - table.value,
      );
      const agrees = meets(text, tableInterval(table));
      // Only figures in 万元 are compared as amounts; the cause pass may correct either side.
      const relation = (amount.unit ?? '万元') === '万元' ? tableFigureRelation(doc, amount, table) : null;
      if (agrees && (difference === 0 || amount.decimals < 2 || amount.unit !== '万元')) {
        if (relation) report.relation?.(relation);
        continue;
      }
      if (!agrees && isUnitSlip(amount, table)) continue;
      const tail = agrees && Math.abs(difference) <= 0.01 + 1e-9;
      const finding: FindingDraft = {
        severity: tail ? 'info' : undefined,
        message: `${quote(doc, amount.labelStart, amount.end)}与${table.label} ${formatAmount(table.value)} 不一致${tail ? '（尾差）' : `，差 ${formatAmount(Math.abs(round2(amount.value - table.value)))} 万元`}`,
        narrative: amountSpan(doc, amount),
        ...cells(table),
        table: table.table,
        expected: table.value,
        actual: amount.value,
        difference: round2(amount.value - table.value),
      };
      report(finding);
      if (relation) report.relation?.(relation, finding);
    }
  },
};
