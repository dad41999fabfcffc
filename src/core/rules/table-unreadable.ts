import { rangeToA1, toA1 } from '../address';
import { faceTableName } from '../faces/names';
import { MOF_FACE } from '../faces/mof';
import type { Rule } from './rule';

/**
 * One finding per table read only in part (a column of text where figures belong, a column the table
 * should not have) or not read at all under its title: the checks of that part did not run, and the
 * user is told once, with the range, rather than once per cell.
 */
export const tableUnreadable: Rule = {
  id: 'table.unreadable',
  title: '表格未能完全识别',
  description:
    '表格的某些列（或整张表）没有读懂：表头与本表应有的栏目对不上，或应填金额的列大多不是数字。这些部分没有参与勾稽核对；请检查表头，或在任务窗格中把该表指定为正确的表、选择正确的格式。',
  severity: 'warning',
  check(ctx, report) {
    const face = ctx.face ?? MOF_FACE;
    for (const t of ctx.tables) {
      if (!t.unread || t.unread.length === 0) continue;
      const parts = t.unread.map((p) => `${p.what}（${rangeToA1(p.top, p.left, p.bottom, p.right)}）`);
      const first = t.unread[0];
      report({
        message: `${faceTableName(face, t.id)}只读懂了一部分：${parts.join('；')}。这些部分没有核对`,
        sheet: t.sheet,
        cell: toA1(first.top, first.left),
        table: t.id,
      });
    }
    for (const u of ctx.unreadable ?? []) {
      const name = faceTableName(face, u.id);
      if (u.assigned?.problem) {
        // The user's assignment could not be followed at all: said every time, never dropped.
        report({
          message:
            u.assigned.problem === 'sheet'
              ? `指定为${name}的工作表不存在：工作簿中没有名为“${u.sheet}”的工作表，这项指定没有生效`
              : `指定为${name}的区域“${u.assigned.range ?? ''}”不是有效的单元格区域（应形如 A4:H30），这项指定没有生效`,
          ...(u.assigned.problem === 'range' ? { sheet: u.sheet } : {}),
          table: u.id,
        });
        continue;
      }
      // A title with nothing under it while the table is read elsewhere: a table of contents line.
      if (!u.assigned && !u.parts && ctx.tables.some((t) => t.id === u.id)) continue;
      const where = `${u.sheet}!${rangeToA1(Math.max(u.top, 0), u.left, u.bottom, u.right)}`;
      const parts = (u.parts ?? []).map((p) => `${p.what}（${rangeToA1(p.top, p.left, p.bottom, p.right)}）`);
      const first = u.parts?.[0];
      report({
        message:
          parts.length > 0
            ? `${name}（${where}）只读懂了一部分：${parts.join('；')}。这张表没有核对`
            : u.assigned
              ? `指定为${name}的区域（${where}）中没有读懂表头和数据，这项指定没有生效`
              : `找到了标题“${u.title}”（${name}），但没有读懂它下面的表头和数据（${where}），这张表没有核对`,
        sheet: u.sheet,
        cell: first ? toA1(first.top, first.left) : toA1(Math.max(u.top, 0), u.left),
        table: u.id,
      });
    }
  },
};
