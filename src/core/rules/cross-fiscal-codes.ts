/**
 * X5 code by code (DOMAIN.md §X5): a subject whose 公开02 income is all 财政拨款收入 and which is spent in 公开03
 * must appear among the 财政拨款 spending tables (公开05, and 公开07/08 where the face has them). The whole-unit
 * case (every income 财政拨款) is cross.fiscal-only's; this rule covers a unit with other income too, one code at a
 * time (西南大学 2023: 2296004 彩票公益金 in 表2 and 表3, absent from 表4).
 */

import { formatAmount, isUsable } from '../numbers';
import { location } from '../report';
import type { CodedRow, CodedTable } from '../tables/model';
import { rowsByCode } from './lookup';
import type { Rule, RuleContext } from './rule';
import { wholeUnitFiscalOnly } from './cross-fiscal-only';

/** The row's income is all 财政拨款: 本年收入合计 > 0 and equal to its 财政拨款收入. */
function allFiscal(r: CodedRow): boolean {
  const total = r.values.total;
  const fiscal = r.values.fiscal;
  if (!total || !fiscal || !isUsable(total.parse) || !isUsable(fiscal.parse)) return false;
  return total.value > 0 && Math.abs(total.value - fiscal.value) < 0.005;
}

function spent(r: CodedRow | undefined): boolean {
  const t = r?.values.total;
  return !!t && isUsable(t.parse) && t.value > 0;
}

/** The 财政拨款 spending tables the check has: 公开05, and 公开07/08 where the face prints them. */
function fiscalTables(ctx: RuleContext): CodedTable[] {
  return (['公开05', '公开07', '公开08'] as const)
    .map((id) => ctx.coded(id))
    .filter((t): t is CodedTable => t !== undefined);
}

/** The row of `t` after which `code` would be printed (the last row whose code sorts before it), else the first. */
function placeOf(t: CodedTable, code: string): CodedRow | undefined {
  let at: CodedRow | undefined;
  for (const r of t.rows) if (r.code < code && (!at || r.code > at.code)) at = r;
  return at ?? t.rows[0];
}

function amounts(r: CodedRow): string {
  const parts = [`合计 ${formatAmount(r.values.total.value)}`];
  for (const key of ['basic', 'project'])
    if (r.values[key]?.value)
      parts.push(`${key === 'basic' ? '基本支出' : '项目支出'} ${formatAmount(r.values[key].value)}`);
  return parts.join('，');
}

export const crossFiscalCodes: Rule = {
  id: 'cross.fiscal-codes',
  title: '全部为财政拨款收入的科目未列入财政拨款支出表',
  description:
    '公开02 中某科目的本年收入全部为财政拨款收入、公开03 又有该科目的支出时，该科目应列入财政拨款支出表（公开05，及公开07、公开08）。',
  severity: 'warning',
  check(ctx, report) {
    const income = ctx.coded('公开02');
    const spending = ctx.coded('公开03');
    const tables = fiscalTables(ctx);
    const first = ctx.coded('公开05');
    if (!income || !spending || !first || tables.length === 0) return;
    if (!income.columns.some((c) => c.key === 'fiscal')) return;
    // The whole unit all 财政拨款: cross.fiscal-only compares every code already.
    if (wholeUnitFiscalOnly(ctx)) return;
    const shown = new Set<string>();
    for (const t of tables) for (const code of rowsByCode(t).keys()) shown.add(code);
    const spentRows = rowsByCode(spending);
    const missing: Array<{ row: CodedRow; income: CodedRow }> = [];
    for (const r of rowsByCode(income).values()) {
      if (!allFiscal(r) || shown.has(r.code)) continue;
      const s = spentRows.get(r.code);
      if (spent(s)) missing.push({ row: s!, income: r });
    }
    // One finding per missing 类 (its 款 and 项 with it), placed where the 类 would be printed in 公开05.
    const groups = new Map<string, typeof missing>();
    for (const m of missing) {
      const key = m.row.code.slice(0, 3);
      const g = groups.get(key);
      if (g) g.push(m);
      else groups.set(key, [m]);
    }
    for (const group of groups.values()) {
      const at = placeOf(first, group.map((m) => m.row.code).sort()[0]);
      if (!at) continue;
      const list = group.map((m) => `${m.row.code} ${m.row.name}（公开03 ${amounts(m.row)}）`).join('；');
      const where = tables.map((t) => t.id).join('、');
      report({
        message: `${where} 没有科目 ${list}：公开02 中这些科目的本年收入全部为财政拨款收入（${group
          .map((m) => `${m.income.code} ${formatAmount(m.income.values.fiscal.value)}`)
          .join('，')}），公开03 有支出，应列入财政拨款支出表`,
        ...location(at.codeRef),
        related: group.flatMap((m) => [
          location(m.row.values.total.ref),
          location(m.income.values.fiscal.ref),
        ]),
        expected: group[0].row.values.total.value,
        table: first.id,
      });
    }
  },
};
