import { location } from '../report';
import type { CodedRow } from '../tables/model';
import { rowLabel } from './lookup';
import type { Rule } from './rule';

const LEVEL: Record<number, string> = { 3: '类', 5: '款', 7: '项' };

export const codeStructure: Rule = {
  id: 'code.structure',
  title: '科目层级结构有误',
  description: '同一张表中科目代码重复；项的上级款（或款的上级类）没有列出；科目列在了不属于它的上级之下。',
  severity: 'warning',
  check(ctx, report) {
    for (const id of ['公开02', '公开03', '公开05', '公开07', '公开08'] as const) {
      const t = ctx.coded(id);
      if (!t) continue;
      const first = new Map<string, CodedRow>();
      const open: Record<number, CodedRow | undefined> = {};
      for (const r of t.rows) {
        const earlier = first.get(r.code);
        if (earlier) {
          report({
            message: `${id} 科目代码 ${r.code} 重复出现（另见第 ${earlier.row + 1} 行）`,
            ...location(r.codeRef),
            related: [location(earlier.codeRef)],
            table: id,
          });
          continue;
        }
        first.set(r.code, r);
        const len = r.code.length;
        open[len] = r;
        if (len === 3) open[5] = undefined;
        if (len === 3 || len === 5) open[7] = undefined;
        if (len === 3) continue;
        const parentCode = r.code.slice(0, len - 2);
        const parent = t.rows.find((x) => x.code === parentCode);
        if (!parent) {
          report({
            message: `${id} ${LEVEL[len]} ${rowLabel(r)} 的上级${LEVEL[len - 2]} ${parentCode} 没有列出`,
            ...location(r.codeRef),
            table: id,
          });
          continue;
        }
        const above = open[len - 2];
        if (above && above.code !== parentCode)
          report({
            message: `${id} ${LEVEL[len]} ${rowLabel(r)} 列在${LEVEL[len - 2]} ${rowLabel(above)} 之下，其上级应为 ${rowLabel(parent)}`,
            ...location(r.codeRef),
            related: [location(above.codeRef), location(parent.codeRef)],
            table: id,
          });
      }
    }
  },
};
