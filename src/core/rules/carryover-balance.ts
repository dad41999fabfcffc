import { signedSumRelation } from '../causes/relation';
import { formatAmount, isUsable, round2 } from '../numbers';
import { location } from '../report';
import { sumAgreement } from '../rounding';
import type { Figure } from '../tables/model';
import { rowLabel } from './lookup';
import type { FindingDraft, Rule } from './rule';

export const carryoverBalance: Rule = {
  id: 'carryover.balance',
  title: '结转结余不衔接',
  description: '公开07 每一行：年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余。',
  severity: 'error',
  check(ctx, report) {
    const t = ctx.coded('公开07');
    if (!t) return;
    const keys = ['opening', 'income', 'total', 'closing'];
    if (!keys.every((k) => t.columns.some((c) => c.key === k))) return;
    const lines: Array<{ label: string; values: Record<string, Figure> }> = [];
    if (t.total) lines.push({ label: '合计行', values: t.total.values });
    for (const r of t.rows) lines.push({ label: rowLabel(r), values: r.values });
    for (const l of lines) {
      const [opening, income, spent, closing] = keys.map((k) => l.values[k]);
      if ([opening, income, spent, closing].some((f) => !isUsable(f.parse))) continue;
      // closing = opening + income − spent: three parts, the same bound as a sum of three.
      const a = sumAgreement(closing.value, [opening.value, income.value, -spent.value]);
      const relation = signedSumRelation(closing, [
        [opening, 1],
        [income, 1],
        [spent, -1],
      ]);
      if (a.status === 'equal') {
        report.relation?.(relation);
        continue;
      }
      const expected = round2(opening.value + income.value - spent.value);
      const finding: FindingDraft = {
        severity: a.status === 'tail' ? 'info' : undefined,
        message: `公开07 ${l.label} 年末结转和结余 ${formatAmount(closing.value)}，年初 + 本年收入 − 本年支出 = ${formatAmount(expected)}，差 ${a.difference.toFixed(2)}${a.status === 'tail' ? '（尾差）' : ''}`,
        ...location(closing.ref),
        related: [opening, income, spent].map((f) => location(f.ref)),
        expected,
        actual: closing.value,
        difference: a.difference,
        table: '公开07',
      };
      report(finding);
      report.relation?.(relation, finding);
    }
  },
};
