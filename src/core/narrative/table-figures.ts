/** The table figure a narrative subject key names (see figure-claims.ts), for the narrative rules. */

import { isUsable } from '../numbers';
import { nameKey, rowsByCode } from '../rules/lookup';
import type { RuleContext } from '../rules/rule';
import type { Figure, SummaryLine, TableId, ThreeCostKey } from '../tables/model';
import { isEmptyTable, THREE_COST_LABELS } from '../tables/model';

export interface TableFigure {
  value: number;
  /** The cells it is read from: one, or the parts of a sum (财政拨款收入 = three rows of 公开01). */
  figures: Figure[];
  table: TableId;
  /** Where it is, in words, for messages: "公开01 总计". */
  label: string;
}

function firstValue(line: SummaryLine | undefined): Figure | undefined {
  if (!line) return undefined;
  return line.values.amount ?? line.values.total ?? Object.values(line.values)[0];
}

function of(table: TableId, label: string, figures: Array<Figure | undefined>): TableFigure | undefined {
  if (figures.length === 0 || figures.some((f) => !f || !isUsable(f.parse))) return undefined;
  const fs = figures as Figure[];
  return { value: Math.round(fs.reduce((s, f) => s + f.value, 0) * 100) / 100, figures: fs, table, label };
}

const INCOME_LINES: Record<string, string[]> = {
  'income.fiscal': ['gpIncome', 'gfIncome', 'soeIncome'],
  'income.superior': ['superiorIncome'],
  'income.business': ['businessIncome'],
  'income.operating': ['operatingIncome'],
  'income.affiliated': ['affiliatedIncome'],
  'income.other': ['otherIncome'],
};

export function tableFigure(ctx: RuleContext, subject: string): TableFigure | undefined {
  const t01 = ctx.summary('公开01');
  const line01 = (side: 'income' | 'expense', key: string) => t01?.[side].find((l) => l.key === key);
  if (subject === 'grandTotal')
    return t01 && of('公开01', '公开01 总计', [firstValue(line01('income', 'grandTotal'))]);
  if (subject === 'fiscalGrandTotal') {
    const t04 = ctx.summary('公开04');
    return t04 && of('公开04', '公开04 总计', [firstValue(t04.income.find((l) => l.key === 'grandTotal'))]);
  }
  if (subject === 'totalIncome')
    return t01 && of('公开01', '公开01 本年收入合计', [firstValue(line01('income', 'totalIncome'))]);
  if (subject === 'totalExpense')
    return t01 && of('公开01', '公开01 本年支出合计', [firstValue(line01('expense', 'totalExpense'))]);
  if (INCOME_LINES[subject]) {
    let lines = INCOME_LINES[subject].map((k) => line01('income', k));
    // The central four-table face prints one 财政拨款收入 line, not its three kinds.
    if (subject === 'income.fiscal' && lines.every((l) => !l)) lines = [line01('income', 'fiscalIncome')];
    // A line absent from this template is no evidence either way.
    if (!t01 || lines.every((l) => !l)) return undefined;
    return of('公开01', `公开01 ${lines.filter(Boolean)[0]!.label}`, lines.filter(Boolean).map(firstValue));
  }
  if (subject === 'expense.basic' || subject === 'expense.project') {
    const t03 = ctx.coded('公开03');
    const key = subject.slice(8);
    return t03?.total
      ? of('公开03', `公开03 合计 ${key === 'basic' ? '基本支出' : '项目支出'}`, [t03.total.values[key]])
      : undefined;
  }
  if (subject.startsWith('gp.')) {
    const t05 = ctx.coded('公开05');
    const key = subject.slice(3);
    const label = { total: '合计', basic: '基本支出', project: '项目支出' }[key] ?? key;
    return t05?.total ? of('公开05', `公开05 合计 ${label}`, [t05.total.values[key]]) : undefined;
  }
  if (subject === 'gf.total' || subject === 'soe.total') {
    const id = subject === 'gf.total' ? '公开07' : '公开08';
    const t = ctx.coded(id);
    return t?.total ? of(id, `${id} 合计`, [t.total.values.total]) : undefined;
  }
  if (subject === 'personnel' || subject === 'public') {
    const t06 = ctx.economic();
    const f = subject === 'personnel' ? t06?.personnelTotal : t06?.publicTotal;
    return t06 && f
      ? of('公开06', subject === 'personnel' ? '公开06 人员经费合计' : '公开06 公用经费合计', [f])
      : undefined;
  }
  if (subject.startsWith('class:')) {
    const t05 = ctx.coded('公开05');
    const name = nameKey(subject.slice(6));
    const row = t05?.rows.find((r) => r.code.length === 3 && nameKey(r.name) === name);
    return row && of('公开05', `公开05 ${row.code} ${row.name}`, [row.values.total]);
  }
  if (subject.startsWith('item:')) {
    const t05 = ctx.coded('公开05');
    const row = t05 && rowsByCode(t05).get(subject.slice(5));
    return row && of('公开05', `公开05 ${row.code} ${row.name}`, [row.values.total]);
  }
  if (subject.startsWith('threeCosts.')) {
    const t09 = ctx.threeCosts();
    const [, side, key] = subject.split('.') as [string, 'actual' | 'budget', ThreeCostKey];
    const f = t09?.[side][key];
    return (
      f && of('公开09', `公开09 ${side === 'actual' ? '决算数' : '预算数'} ${THREE_COST_LABELS[key]}`, [f])
    );
  }
  return undefined;
}

/** For "无…" claims: does the table show money of this kind? undefined when no table says. */
export function tableHasMoney(
  ctx: RuleContext,
  subject: string,
): { has: boolean; figure?: Figure; table: TableId } | undefined {
  if (subject === 'table.公开07' || subject === 'table.公开08') {
    const id = subject.slice(6) as '公开07' | '公开08';
    const t = ctx.coded(id);
    if (!t) return undefined;
    return { has: !isEmptyTable(t), figure: t.figures.find((f) => f.value !== 0), table: id };
  }
  const tf = tableFigure(ctx, subject);
  if (!tf) return undefined;
  return { has: tf.value !== 0, figure: tf.figures[0], table: tf.table };
}
