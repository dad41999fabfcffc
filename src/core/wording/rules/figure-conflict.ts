import type { Rule } from '../../rules/rule';
import { narrativePassages, quoted, where } from '../passages';

/** An item with its amount right after its name: "住房公积金（01项）208.8万元". */
const HEAD = /([\u4e00-\u9fff]{2,24})[（(]\d{0,2}(?:类|款|项)[)）][ \t]*(\d+(?:\.\d+)?)[ \t]*万元/g;
/** The same item's amount restated further on: "2026年预算安排201.50万元", "支出决算为17.70万元". */
const RESTATED = /(?:预算安排|安排预算|支出决算为|决算数为|决算为)[ \t]*(\d+(?:\.\d+)?)[ \t]*万元/g;

const decimals = (s: string) => (s.includes('.') ? s.length - s.indexOf('.') - 1 : 0);

export const textFigureConflict: Rule = {
  id: 'text.figure-conflict',
  title: '同一事项前后金额不一致',
  description:
    '同一段落中同一科目先写“住房公积金（01项）208.8万元”，后又写“预算安排201.50万元”，前后两个金额不同，应核实后统一。',
  severity: 'warning',
  check(ctx, report) {
    for (const p of narrativePassages(ctx)) {
      const heads = [...p.text.matchAll(HEAD)];
      heads.forEach((h, i) => {
        const from = (h.index ?? 0) + h[0].length;
        const to = i + 1 < heads.length ? (heads[i + 1].index ?? p.text.length) : p.text.length;
        const a = Number(h[2]);
        RESTATED.lastIndex = from;
        for (let m = RESTATED.exec(p.text); m && m.index < to; m = RESTATED.exec(p.text)) {
          const b = Number(m[1]);
          const tolerance = 0.5 * 10 ** -Math.min(decimals(h[2]), decimals(m[1])) + 1e-9;
          if (Math.abs(a - b) <= tolerance) continue;
          const start = m.index;
          const end = start + m[0].length;
          report({
            message: `${h[1]}前面写${quoted(h[0].slice(h[0].indexOf(h[1])))}，后面又写${quoted(m[0])}，同一事项前后金额不一致（${h[2]} 与 ${m[1]}），应核实后统一`,
            ...where(p, start, end),
            expected: a,
            actual: b,
          });
        }
      });
    }
  },
};
