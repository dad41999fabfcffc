import { location } from '../report';
import { labelKey } from '../text';
import { isEmptyTable, TABLE_TITLES, type TableId } from '../tables/model';
import type { Rule } from './rule';

/** Words that explain an empty table, in its note or in the narrative. */
const TABLE_SUBJECT: Partial<Record<TableId, RegExp>> = {
  公开07: /政府性基金/,
  公开08: /国有资本经营/,
  公开09: /三公/,
};
const NONE =
  /无数据|空表|没有|无此|不涉及|未发生|为零|为0|(?:^|[，。；、])无|本(?:部门|单位)(?:\d{4}年度?)?无/;

/** A sentence of the narrative that says the unit had none of this kind of money. */
export function narrativeExplains(narrative: string, id: TableId): boolean {
  const subject = TABLE_SUBJECT[id];
  if (!subject) return false;
  for (const sentence of narrative.split(/[。\n]/)) {
    const key = labelKey(sentence);
    if (subject.test(key) && NONE.test(key) && !/\d+\.\d{2}万元/.test(key)) return true;
  }
  return false;
}

export const emptyTableNote: Rule = {
  id: 'table.empty-note',
  title: '空表未说明原因',
  description:
    '公开07/08/09 没有数据时，应在表下注明原因（如“本单位无政府性基金预算财政拨款收支，故本表无数据”），或在情况说明中说明。',
  severity: 'warning',
  check(ctx, report) {
    for (const t of ctx.tables) {
      if (!TABLE_SUBJECT[t.id] || !isEmptyTable(t)) continue;
      if (t.notes.some((n) => NONE.test(labelKey(n)))) continue;
      if (ctx.narrative !== null && narrativeExplains(ctx.narrative, t.id)) continue;
      const where = `${t.id}（${TABLE_TITLES[t.id]}）为空表`;
      report({
        severity: ctx.narrative === null ? 'info' : undefined,
        message:
          ctx.narrative === null
            ? `${where}，表下没有说明原因；若情况说明中已说明可忽略（审核时附上情况说明即可核对）`
            : `${where}，表下和情况说明中都没有说明原因`,
        ...location(t.titleRef),
        table: t.id,
      });
    }
  },
};
