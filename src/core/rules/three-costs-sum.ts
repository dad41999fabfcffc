import type { ThreeCostKey, ThreeCostsTable } from '../tables/model';
import { checkSum } from './relations';
import type { Rule } from './rule';

type Side = ThreeCostsTable['budget'];

function present(side: Side, keys: ThreeCostKey[]) {
  return keys.flatMap((k) => (side[k] ? [side[k]!] : []));
}

export const threeCostsSum: Rule = {
  id: 'three-costs.sum',
  title: '“三公”经费合计不平',
  description:
    '公开09 预算数与决算数分别：合计 = 因公出国(境)费 + 公务用车购置及运行维护费 + 公务接待费；公务用车小计 = 购置费 + 运行维护费。',
  severity: 'error',
  check(ctx, report) {
    const t = ctx.threeCosts();
    if (!t) return;
    for (const [label, side] of [
      ['预算数', t.budget],
      ['决算数', t.actual],
    ] as const) {
      if (side.total) {
        const parts = present(side, ['abroad', 'carSubtotal', 'reception']);
        if (parts.length > 0)
          checkSum(
            report,
            '公开09',
            `公开09 ${label} 合计`,
            side.total,
            parts,
            '因公出国(境)费、公务用车费、公务接待费',
          );
      }
      if (side.carSubtotal) {
        const parts = present(side, ['carPurchase', 'carRunning']);
        if (parts.length > 0)
          checkSum(
            report,
            '公开09',
            `公开09 ${label} 公务用车购置及运行维护费`,
            side.carSubtotal,
            parts,
            '购置费与运行维护费',
          );
      }
    }
  },
};
