import type { Rule } from '../../rules/rule';
import { context, narrativePassages, where } from '../passages';

/** A comparison with a year: "与2022年度相比", "比2022年决算数增加", "较2022年". */
const COMPARED =
  /(?:与|比|较|同)[ \t]*(20\d{2})[ \t]*年(?:度)?(?:决算数?|预算数?|同期|相比|比较|对比|增加|减少|增长|下降|持平)/g;

/** A fixed phrase with a word dropped: "初预算" for 年初预算, "年初预" for 年初预算, "比上度" for 上年度. */
/** Pattern, the phrase meant, whether a match counts, and the word as written (the match's end). */
const DROPPED: Array<[RegExp, string, (m: RegExpMatchArray) => boolean, string]> = [
  [/(.?)初预算/g, '年初预算', (m) => m[1] !== '年', '初预算'],
  [/年初预(?![算])/g, '年初预算', () => true, '年初预'],
  [/[与比较]上度/g, '上年度', () => true, '上度'],
];

/** "与2025年预算比较" in a 2026 预算: the reviewer marks it (检查表 部门预算 item 1) as meant to read 2026年预算. */
const LAST_BUDGET = /与[ \t]*(20\d{2})[ \t]*年度?预算(?:数)?(?:比较|相比)/g;

/** A budget document: its first lines name it "2026年部门预算" / "单位预算" (and no 决算). */
function isBudget(narrative: string | null): boolean {
  const head = (narrative ?? '').slice(0, 200).replace(/\s+/g, '');
  return /20\d{2}年度?(?:部门|单位)预算/.test(head) && !/决算/.test(head);
}

export const textYear: Rule = {
  id: 'text.year',
  title: '年份或固定用语有误',
  description:
    '与上年比较的句子中，年份既不是本年度也不是上一年度（2024年度决算中写“与2022年度相比”）；固定用语缺字（“初预算”应为“年初预算”，“上度”应为“上年度”）。2024年度决算中的“与2023年度相比”是正确的写法。预算文件中“与上年预算比较”的写法作为提示，请核对年份。',
  severity: 'warning',
  check(ctx, report) {
    const year = ctx.year;
    const budget = isBudget(ctx.narrative);
    for (const p of narrativePassages(ctx)) {
      if (year !== null && budget)
        for (const m of p.text.matchAll(LAST_BUDGET)) {
          if (Number(m[1]) !== year - 1) continue;
          const start = m.index ?? 0;
          const end = start + m[0].length;
          report({
            message: `${context(p, start, end)}：本文件是 ${year} 年预算，“与${m[1]}年预算比较”请核对年份，是否应为“与${year}年预算相比”或“与${m[1]}年预算执行数相比”`,
            ...where(p, start, end),
            severity: 'info',
          });
        }
      if (year !== null)
        for (const m of p.text.matchAll(COMPARED)) {
          const y = Number(m[1]);
          if (y === year || y === year - 1) continue;
          const start = m.index ?? 0;
          const end = start + m[0].length;
          report({
            message: `${context(p, start, end)}：本文件为 ${year} 年度，与上年比较应为“${year - 1}年”，不是“${y}年”`,
            ...where(p, start, end),
            expected: year - 1,
            actual: y,
          });
        }
      for (const [re, right, applies, word] of DROPPED)
        for (const m of p.text.matchAll(re)) {
          if (!applies(m)) continue;
          const end = (m.index ?? 0) + m[0].length;
          const start = end - word.length;
          report({
            message: `${context(p, start, end)}中的“${word}”缺字，应为“${right}”`,
            ...where(p, start, end),
          });
        }
    }
  },
};
