import { location } from '../report';
import type { EconomicEntry, Figure } from '../tables/model';
import { checkSum } from './relations';
import type { Rule } from './rule';

const PERSONNEL = ['301', '303'];
const PUBLIC = ['302', '307', '310', '312', '399'];

export const economicSum: Rule = {
  id: 'economic.sum',
  title: '基本支出明细表合计不平',
  description:
    '公开06：每个经济分类类 = 其下各款之和；人员经费合计 = 301 + 303；公用经费合计 = 302 + 307 + 310 + 312 + 399。',
  severity: 'error',
  check(ctx, report) {
    const t = ctx.economic();
    if (!t) return;
    const first = new Map<string, EconomicEntry>();
    for (const e of t.entries) {
      const earlier = first.get(e.code);
      if (earlier) {
        report({
          severity: 'warning',
          message: `公开06 经济分类代码 ${e.code} 重复出现`,
          ...location(e.codeRef),
          related: [location(earlier.codeRef)],
          table: '公开06',
        });
      } else first.set(e.code, e);
    }
    // Each 类's 款 (five-digit codes starting with its three), in table order, gathered in one pass.
    const itemsOf = new Map<string, Figure[]>();
    for (const e of first.values()) {
      if (e.code.length !== 5) continue;
      const prefix = e.code.slice(0, 3);
      const items = itemsOf.get(prefix);
      if (items) items.push(e.figure);
      else itemsOf.set(prefix, [e.figure]);
    }
    for (const cls of first.values()) {
      if (cls.code.length !== 3) continue;
      const items = itemsOf.get(cls.code);
      if (!items) continue;
      checkSum(report, '公开06', () => `公开06 ${cls.code} ${cls.name}`, cls.figure, items, '其下各款');
    }
    const classes = (codes: string[]) => codes.flatMap((c) => (first.has(c) ? [first.get(c)!.figure] : []));
    if (t.personnelTotal)
      checkSum(report, '公开06', '公开06 人员经费合计', t.personnelTotal, classes(PERSONNEL), '301 与 303');
    if (t.publicTotal)
      checkSum(
        report,
        '公开06',
        '公开06 公用经费合计',
        t.publicTotal,
        classes(PUBLIC),
        '302、307、310、312、399',
      );
  },
};
