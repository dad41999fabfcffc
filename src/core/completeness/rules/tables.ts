import { faceTableName } from '../../faces/names';
import { MOF_FACE } from '../../faces/mof';
import type { Rule } from '../../rules/rule';

export const completenessTables: Rule = {
  id: 'completeness.tables',
  title: '公开表不全',
  description:
    '部门决算应公开该格式的全部表（财政部、上海格式九张表；中央单位四张表）；没有识别到的表逐一列出（标题或表头与常见写法差别太大时也会如此）。',
  severity: 'warning',
  check(ctx, report) {
    if (ctx.tables.length === 0) return;
    const face = ctx.face ?? MOF_FACE;
    for (const t of face.tables) {
      if (ctx.tables.some((x) => x.id === t.id)) continue;
      // A title was found but its table not read: table.unreadable says so already.
      if ((ctx.unreadable ?? []).some((u) => u.id === t.id && !u.assigned?.problem)) continue;
      report({ message: `没有找到${faceTableName(face, t.id)}`, topic: '九张表' });
    }
  },
};
