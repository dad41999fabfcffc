import type { Rule } from '../../rules/rule';
import { quoted } from '../passages';

/** "住房公积金（项）。主要用于：事业单位医疗保险支出。": a 项 and what it is spent on. */
const ITEM_PURPOSE = /([\u4e00-\u9fff]{2,30})[（(]项[)）][。．]?\s*主要用于[：:]?\s*([^。\n]{2,80})。/g;

/** True when a and b share a run of at least n characters. */
function sharesRun(a: string, b: string, n: number): boolean {
  for (let i = 0; i + n <= a.length; i++) if (b.includes(a.slice(i, i + n))) return true;
  return false;
}

export const textPurposeCopy: Rule = {
  id: 'text.purpose-copy',
  title: '科目用途说明照抄了上一项',
  description:
    '逐项说明支出时，某一项的“主要用于”与上一项完全相同且说的是上一项的内容（如住房公积金（项）写成“主要用于：事业单位医疗保险支出”），应改为本项的实际用途。',
  severity: 'warning',
  check(ctx, report) {
    const text = ctx.narrative;
    if (!text) return;
    let previous: { name: string; purpose: string } | null = null;
    for (const m of text.matchAll(ITEM_PURPOSE)) {
      const name = m[1];
      const purpose = m[2].trim();
      if (
        previous &&
        previous.purpose === purpose &&
        previous.name !== name &&
        sharesRun(previous.name, purpose, 4) &&
        !sharesRun(name, purpose, 2)
      ) {
        const start = (m.index ?? 0) + m[0].indexOf('主要用于');
        const end = (m.index ?? 0) + m[0].length - 1;
        report({
          message: `${name}（项）的用途写成${quoted(text.slice(start, end))}，与上一项${previous.name}（项）的说明相同，是上一项的内容，应改为${name}的实际用途`,
          narrative: { start, end, text: text.slice(start, end) },
        });
      }
      previous = { name, purpose };
    }
  },
};
