import type { Rule } from '../../rules/rule';
import { TABLE_IDS, TABLE_TITLES } from '../../tables/model';

export const completenessTables: Rule = {
  id: 'completeness.tables',
  title: '公开表不全',
  description:
    '部门决算应公开公开01–09 九张表；没有识别到的表逐一列出（标题或表头与常见写法差别太大时也会如此）。',
  severity: 'warning',
  check(ctx, report) {
    if (ctx.tables.length === 0) return;
    for (const id of TABLE_IDS) {
      if (ctx.tables.some((t) => t.id === id)) continue;
      report({ message: `没有找到${id}（${TABLE_TITLES[id]}）`, topic: '九张表' });
    }
  },
};
