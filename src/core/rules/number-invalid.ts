import { MAX_AMOUNT } from '../limits';
import { location } from '../report';
import type { Figure, UnreadPart } from '../tables/model';
import type { Rule } from './rule';

/** A cell of a column reported once as not understood (rule table.unreadable). */
function inUnreadPart(parts: UnreadPart[], f: Figure): boolean {
  return parts.some(
    (p) => f.ref.row >= p.top && f.ref.row <= p.bottom && f.ref.col >= p.left && f.ref.col <= p.right,
  );
}

export const numberInvalid: Rule = {
  id: 'number.invalid',
  title: '金额不是数字',
  description:
    '金额单元格中的内容无法识别为数字（空白、0、“-”视为零），或数值大得不可能是决算金额。这样的单元格不参与任何勾稽计算。',
  severity: 'error',
  check(ctx, report) {
    for (const t of ctx.tables)
      for (const f of t.figures)
        if (f.parse.kind === 'invalid' && !inUnreadPart(t.unread ?? [], f))
          report({
            message:
              Number.isFinite(Number(f.parse.text.replace(/,/g, ''))) && f.parse.text.trim() !== ''
                ? `${t.id} 金额单元格内容“${f.parse.text}”数值过大，超出可核对的范围（绝对值不小于 ${MAX_AMOUNT / 1e8} 亿万元），不可能是决算金额`
                : `${t.id} 金额单元格内容“${f.parse.text}”不是数字`,
            ...location(f.ref),
            table: t.id,
          });
  },
};
