import { checkSum } from './relations';
import { childrenOf, classRows, columnLabel, rowLabel, rowsByCode } from './lookup';
import type { Rule } from './rule';

const LEVEL = ['', '', '', '类', '', '款', '', '项'];

export const sumHierarchy: Rule = {
  id: 'sum.hierarchy',
  title: '科目层级合计不等于下级之和',
  description: '公开02/03/05/07/08 每一列：合计 = 各类之和，类 = 其下各款之和，款 = 其下各项之和。',
  severity: 'error',
  check(ctx, report) {
    for (const id of ['公开02', '公开03', '公开05', '公开07', '公开08'] as const) {
      const t = ctx.coded(id);
      if (!t) continue;
      const classes = classRows(t);
      for (const col of t.columns) {
        const label = columnLabel(t, col.key);
        if (t.total && classes.length > 0)
          checkSum(
            report,
            id,
            `${id} 合计行 ${label}`,
            t.total.values[col.key],
            classes.map((r) => r.values[col.key]),
            '各类',
          );
        for (const parent of rowsByCode(t).values()) {
          const children = childrenOf(t, parent.code);
          if (children.length === 0) continue;
          checkSum(
            report,
            id,
            () => `${id} ${LEVEL[parent.code.length]} ${rowLabel(parent)} ${label}`,
            parent.values[col.key],
            children.map((r) => r.values[col.key]),
            `其下各${LEVEL[parent.code.length + 2]}`,
          );
        }
      }
    }
  },
};
