import { checkSum } from './relations';
import type { Figure } from '../tables/model';
import { codeIndex, columnLabel, rowLabel } from './lookup';
import type { Rule } from './rule';

const LEVEL = ['', '', '', '类', '', '款', '', '项'];
/** The words for a parent's parts, by the parent's code length (made once, not per relation). */
const BELOW = LEVEL.map((_, n) => `其下各${LEVEL[n + 2] ?? ''}`);

export const sumHierarchy: Rule = {
  id: 'sum.hierarchy',
  title: '科目层级合计不等于下级之和',
  description: '公开02/03/05/07/08 每一列：合计 = 各类之和，类 = 其下各款之和，款 = 其下各项之和。',
  severity: 'error',
  check(ctx, report) {
    for (const id of ['公开02', '公开03', '公开05', '公开07', '公开08'] as const) {
      const t = ctx.coded(id);
      if (!t) continue;
      const { byCode, classes, children } = codeIndex(t);
      for (const col of t.columns) {
        const key = col.key;
        const label = columnLabel(t, key);
        if (t.total && classes.length > 0)
          checkSum(
            report,
            id,
            `${id} 合计行 ${label}`,
            t.total.values[key],
            classes.map((r) => r.values[key]),
            '各类',
          );
        for (const parent of byCode.values()) {
          const below = children.get(parent.code);
          if (!below || below.length === 0) continue;
          const parts = new Array<Figure>(below.length);
          for (let i = 0; i < below.length; i++) parts[i] = below[i].values[key];
          checkSum(
            report,
            id,
            () => `${id} ${LEVEL[parent.code.length]} ${rowLabel(parent)} ${label}`,
            parent.values[key],
            parts,
            BELOW[parent.code.length],
          );
        }
      }
    }
  },
};
