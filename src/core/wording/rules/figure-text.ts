import type { Rule } from '../../rules/rule';
import { context, narrativePassages, quoted, where } from '../passages';

/** "主要原因是。", "主要用于：。": a sentence that stops where its reason (or purpose) should be. */
const CUT_SHORT =
  /(?:主要原因(?:是|为)?|原因(?:是|为)|主要用于|主要是由于|主要是)[：:，,]?[ \t]*(?=[。；;])/g;

/** A rate word then a decimal figure with no %: "增长17.62，", "占比12.5。". */
const RATE_NO_PERCENT =
  /(?:增长|下降|降低|上升|占比|占|完成(?:年初|全年)?预算(?:数)?的|比例为)[ \t]*(\d{1,3}\.\d{1,2})(?=[ \t]*[，,。；;）)])/g;

/** An amount in 万 with no 元 where the sentence speaks of money: "208.8万，". */
const WAN_NO_YUAN = /\d(?:\.\d+)?[ \t]*万(?=[ \t]*[，,。；;、）)])/g;
const MONEY_WORDS = /万元|预算|决算|支出|收入|经费|资金|拨款/;

export const textFigureWording: Rule = {
  id: 'text.figure-wording',
  title: '文中数字书写不完整或句子残缺',
  description:
    '句子在应写原因处戛然而止（“主要原因是。”）、百分比漏写“%”（“增长17.62，”），应补全；金额只写“万”漏写“元”（“208.8万，”）作为提示。',
  severity: 'warning',
  check(ctx, report) {
    for (const p of narrativePassages(ctx)) {
      for (const m of p.text.matchAll(CUT_SHORT)) {
        const start = m.index ?? 0;
        const end = start + m[0].length;
        report({
          message: `${context(p, start, end + 1)}句子不完整：“${m[0].trim()}”之后没有写明内容，应补写具体原因或用途`,
          ...where(p, start, end),
        });
      }
      for (const m of p.text.matchAll(RATE_NO_PERCENT)) {
        const start = m.index ?? 0;
        const end = start + m[0].length;
        report({
          message: `${quoted(p.text.slice(start, end))}是比率，数字后漏写“%”，应为“${m[0].trim()}%”`,
          ...where(p, start, end),
        });
      }
      // Only where the paragraph speaks of money in 万元 elsewhere: "3万人次" and counts are left alone.
      if (!MONEY_WORDS.test(p.text)) continue;
      for (const m of p.text.matchAll(WAN_NO_YUAN)) {
        const start = m.index ?? 0;
        let s = start;
        while (s > 0 && /[\d.]/.test(p.text[s - 1])) s--;
        const end = start + m[0].length;
        // Read as 万元 by any reader: a hint, not a warning.
        report({
          message: `${quoted(p.text.slice(s, end))}缺少金额单位“元”，应为“${p.text.slice(s, end).trim()}元”`,
          ...where(p, s, end),
          severity: 'info',
        });
      }
    }
  },
};
