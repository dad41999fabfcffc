import { location } from '../../report';
import type { Rule } from '../../rules/rule';
import { faceTableName } from '../../faces/names';
import { tableHasMoney } from '../table-figures';
import { formatAmount, narrativeOf, quote, span, written } from './shared';

export const narrativeNoneClaim: Rule = {
  id: 'narrative.none-claim',
  title: '情况说明称“无”某项支出，但表中有数',
  description:
    '“本部门无项目支出”“本部门无政府性基金预算财政拨款收支”等说法，应与公开表一致：对应表或栏有数时提示核对；没有公开表时，与情况说明自身引用的金额比对。',
  severity: 'warning',
  check(ctx, report) {
    const doc = narrativeOf(ctx);
    if (!doc) return;
    for (const claim of doc.claims.nones) {
      const fromTable = tableHasMoney(ctx, claim.subject);
      if (fromTable) {
        if (!fromTable.has) continue;
        const f = fromTable.figure;
        report({
          message: `${quote(doc, claim.start, claim.end)}，但${faceTableName(ctx.face, fromTable.table)}有数${f ? `：${formatAmount(f.value)} 万元` : ''}`,
          narrative: span(doc, claim.start, claim.end),
          ...(f ? location(f.ref) : {}),
          table: fromTable.table,
          actual: f?.value,
        });
        continue;
      }
      const stated = doc.claims.figures.find((x) => x.subject === claim.subject && x.amount.value > 0);
      if (!stated) continue;
      report({
        message: `${quote(doc, claim.start, claim.end)}，但情况说明另处写有${quote(doc, stated.amount.labelStart, stated.amount.end)}（${written(stated.amount)}）`,
        narrative: span(doc, claim.start, claim.end),
        actual: stated.amount.value,
      });
    }
  },
};
