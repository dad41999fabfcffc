import { location } from '../report';
import type { Rule } from './rule';

export const numberInvalid: Rule = {
  id: 'number.invalid',
  title: '金额不是数字',
  description: '金额单元格中的内容无法识别为数字（空白、0、“-”视为零）。这样的单元格不参与任何勾稽计算。',
  severity: 'error',
  check(ctx, report) {
    for (const t of ctx.tables)
      for (const f of t.figures)
        if (f.parse.kind === 'invalid')
          report({
            message: /^[+-]?[\d.,]+(e[+-]?\d+)?$/i.test(f.parse.text)
              ? `${t.id} 金额单元格内容“${f.parse.text}”超出可核对的范围，不是有效的金额`
              : `${t.id} 金额单元格内容“${f.parse.text}”不是数字`,
            ...location(f.ref),
            table: t.id,
          });
  },
};
