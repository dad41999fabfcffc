import { toA1 } from '../address';
import { location } from '../report';
import type { Rule } from './rule';

/** How many cells a finding names before it says "等 N 个". */
const NAMED_CELLS = 12;

export const numberUncached: Rule = {
  id: 'number.uncached',
  title: '公式没有保存计算结果',
  description:
    '金额单元格是公式，但文件中没有保存它的计算结果（由程序生成、未经 Excel 或 WPS 打开保存的文件常见），其数值无法得知：这些单元格不按零计算，用到它们的勾稽关系跳过不查。每张表报告一次。',
  severity: 'warning',
  check(ctx, report) {
    for (const t of ctx.tables) {
      const unknown = t.figures.filter((f) => f.parse.kind === 'unknown');
      if (unknown.length === 0) continue;
      const cells = unknown.slice(0, NAMED_CELLS).map((f) => toA1(f.ref.row, f.ref.col));
      const more = unknown.length > NAMED_CELLS ? ` 等 ${unknown.length} 个` : '';
      report({
        message: `${t.id} 有 ${unknown.length} 个公式单元格没有保存计算结果（${cells.join('、')}${more}），无法读出其数值，用到它们的勾稽关系已跳过。请在 Excel 或 WPS 中打开、保存后再审核`,
        ...location(unknown[0].ref),
        related: unknown.slice(1).map((f) => location(f.ref)),
        table: t.id,
      });
    }
  },
};
