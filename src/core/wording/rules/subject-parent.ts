import type { ItemHeader } from '../../narrative/claims';
import { narrativeOf, quote, span } from '../../narrative/rules/shared';
import { bestCode, nameFit, subjectNames, type SubjectNames } from '../../narrative/subjects';
import type { Rule } from '../../rules/rule';

const PARENT: Record<string, string> = { 款: '类', 项: '款' };

/**
 * 项 names the catalogue repeats under many 款 (the 柳江 2022 tables print 一般行政管理事务 as 2013202 and 2101502):
 * a unit's tables name one of them, which says nothing of the 款 the text means.
 */
const GENERIC = /^(?:行政运行|一般行政管理事务|机关服务|事业运行|其他.*)$/;

/** The code of `length` digits under `prefix` whose name fits `written` best; null when none or two fit. */
function placed(written: string, names: SubjectNames, length: number, prefix: string): string | null {
  const candidates: Array<[string, string]> = [];
  for (const [code, v] of names)
    if (code.length === length && code.startsWith(prefix)) candidates.push([code, v.name]);
  return bestCode(written, candidates);
}

/**
 * The first level of a "××（类）××（款）××（项）" header that is not under the level before it, while its name is
 * that of exactly one code under another parent: [level index, that code, the code of the level before]; null when
 * every level is in place or a level cannot be told at all.
 */
function misplaced(header: ItemHeader, names: SubjectNames): [number, string, string] | null {
  let parent = '';
  for (let i = 0; i < header.levels.length; i++) {
    const length = parent.length === 0 ? 3 : parent.length + 2;
    const name = header.levels[i].name;
    const here = placed(name, names, length, parent);
    if (here) {
      parent = here;
      continue;
    }
    if (parent === '' || GENERIC.test(name)) return null;
    // Placed elsewhere only by a name that is the catalogue's or the tables' (up to a 支出 suffix).
    const elsewhere = placed(name, names, length, '');
    const exact = elsewhere !== null && nameFit(name, names.get(elsewhere)?.name ?? '') >= 2;
    return exact ? [i, elsewhere, parent] : null;
  }
  return null;
}

export const textSubjectParent: Rule = {
  id: 'text.subject-parent',
  title: '科目层级有误（项列在不属于它的款下）',
  description:
    '情况说明中“××（类）××（款）××（项）”的项应属于所写的款、款应属于所写的类：如“行政事业单位养老支出（款）行政单位医疗（项）”，行政单位医疗（2101101）属于行政事业单位医疗（21011）款，不属于行政事业单位养老支出（20805）款。按公开表（及科目目录）中的代码和名称判断，名称须唯一对应一个科目。',
  severity: 'warning',
  check(ctx, report) {
    const doc = narrativeOf(ctx);
    if (!doc || doc.claims.items.length === 0) return;
    const names = subjectNames(ctx);
    for (const header of doc.claims.items) {
      const m = misplaced(header, names);
      if (!m) continue;
      const [i, code, written] = m;
      const level = header.levels[i];
      const own = code.slice(0, -2);
      const ownName = names.get(own)?.name;
      const parent = PARENT[level.level];
      report({
        message: `${quote(doc, header.levels[i - 1].nameStart, level.end)}中，${level.level}“${level.name}”（${code}）不属于${parent}“${names.get(written)?.name ?? written}”（${written}），其上级${parent}应为${ownName ? `“${ownName}”（${own}）` : ` ${own}`}`,
        narrative: span(doc, level.nameStart, level.end),
      });
    }
  },
};
