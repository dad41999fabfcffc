import type { ThreeCostKey } from '../tables/model';
import { checkAtLeast } from './relations';
import type { Rule } from './rule';

const BOUNDS: Array<[ThreeCostKey, string, string]> = [
  ['abroad', '30212', '因公出国(境)费'],
  ['reception', '30217', '公务接待费'],
  ['carRunning', '30231', '公务用车运行维护费'],
  ['carPurchase', '31013', '公务用车购置费'],
];

export const crossThreeCostsBounds: Rule = {
  id: 'cross.three-costs-bounds',
  title: '“三公”经费决算小于基本支出中的同类支出',
  description:
    '公开09 决算数不应小于公开06 基本支出中的同类经济科目：因公出国(境)费 ≥ 30212，公务接待费 ≥ 30217，公务用车运行维护费 ≥ 30231，公务用车购置费 ≥ 31013（“三公”也可由项目支出安排，故只查下限）。',
  severity: 'warning',
  check(ctx, report) {
    const t = ctx.threeCosts();
    const e = ctx.economic();
    if (!t || !e) return;
    for (const [key, code, label] of BOUNDS) {
      const shown = t.actual[key];
      const entry = e.entries.find((x) => x.code === code);
      if (shown && entry)
        checkAtLeast(
          report,
          '公开09',
          `公开09 决算 ${label}`,
          shown,
          entry.figure,
          `公开06 ${code} ${entry.name}`,
        );
    }
  },
};
