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

export const textYear: Rule = {
  id: 'text.year',
  title: '年份或固定用语有误',
  description:
    '与上年比较的句子中，年份既不是本年度也不是上一年度（2024年度决算中写“与2022年度相比”）；固定用语缺字（“初预算”应为“年初预算”，“上度”应为“上年度”）。2024年度决算中的“与2023年度相比”是正确的写法。',
  severity: 'warning',
  check(ctx, report) {
    const year = ctx.year;
    for (const p of narrativePassages(ctx)) {
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
