import type { Rule } from '../../rules/rule';
import { nameFit, resolveItem, subjectNames } from '../subjects';
import { narrativeOf, quote, span } from './shared';

export const narrativeName: Rule = {
  id: 'narrative.name',
  title: '情况说明中的科目名称与公开表（科目目录）不一致',
  description:
    '情况说明中“××（类）××（款）××（项）”的名称应与公开表中该科目的名称（或支出功能分类科目名称）一致，如“行政事业养老支出（款）”应为“行政事业单位养老支出（款）”。按名称容错匹配到科目后提示差异。',
  severity: 'info',
  check(ctx, report) {
    const doc = narrativeOf(ctx);
    if (!doc || doc.claims.items.length === 0) return;
    const names = subjectNames(ctx);
    const reported = new Set<string>();
    for (const header of doc.claims.items) {
      for (const r of resolveItem(header, names) ?? []) {
        if (
          nameFit(r.level.name, r.official) === 3 ||
          ctx.catalogs.functional.nameMatches(r.code, r.level.name)
        )
          continue;
        const key = `${r.code} ${r.level.name}`;
        if (reported.has(key)) continue;
        reported.add(key);
        report({
          message: `${quote(doc, r.level.nameStart, r.level.end)}与科目名称不一致：${r.level.level} ${r.code} 在${r.source}中为“${r.official}”`,
          narrative: span(doc, r.level.nameStart, r.level.end),
        });
      }
    }
  },
};
