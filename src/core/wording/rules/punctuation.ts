import type { Rule } from '../../rules/rule';
import { context, eachHit, narrativePassages, occurrences, where } from '../passages';

/** Two sentence or clause marks in a row: "。。", "，。", "；。", "，，". */
const DOUBLED = /。{2,}|[，；、][。，；]|。[、，；]/g;
/** Text that does not display: the replacement character, private-use glyphs. */
const GARBLED = /[\ufffd\ue000-\uf8ff]+/g;

/** True when the text holds a character GARBLED matches: most texts hold none and are not scanned. */
function mayBeGarbled(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff)) return true;
  }
  return false;
}

const PAIRS: Array<[string, string, string]> = [
  ['“', '”', '引号'],
  ['《', '》', '书名号'],
  ['（', '）', '括号'],
];

/** The first unbalanced mark of a pair in a paragraph: [offset, which mark], or null when balanced. */
function unbalanced(text: string, open: string, close: string): [number, string] | null {
  let depth = 0;
  let lastOpen = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === open) {
      // Quotes that do not nest: a second “ before any ” is an error of its own.
      if (open === '“' && depth > 0) return [i, open];
      depth++;
      lastOpen = i;
    } else if (text[i] === close) {
      if (depth === 0) return [i, close];
      depth--;
    }
  }
  return depth > 0 ? [lastOpen, open] : null;
}

export const textPunctuation: Rule = {
  id: 'text.punctuation',
  title: '标点符号或字符有误',
  description:
    '连续的标点（“。。”“，。”）、不成对的引号、书名号或括号（多一个右引号“活动。”）”），以及无法正常显示的字符（替换字符“�”或私用区字形），应改正。',
  severity: 'warning',
  check(ctx, report) {
    const paragraphs = narrativePassages(ctx);
    // A pair opened at the end of one paragraph and closed at the start of the next: a line broken inside it.
    const carried = new Set<string>();
    paragraphs.forEach((p, i) => {
      for (const [open, close] of PAIRS) {
        const u = unbalanced(p.text, open, close);
        const next = paragraphs[i + 1];
        if (u?.[1] !== open || !next) continue;
        const v = unbalanced(next.text, open, close);
        if (v?.[1] === close) carried.add(`${i} ${open}`).add(`${i + 1} ${close}`);
      }
    });
    // Lines of a PDF's prose may be read out of order: a paragraph's odd mark counts only when the whole text
    // has more of that mark than of its partner (counted on first need: most paragraphs are balanced).
    let surplus: Map<string, number> | null = null;
    const surplusOf = (open: string) => {
      surplus ??= new Map(PAIRS.map(([o, c]) => [o, occurrences(ctx, o) - occurrences(ctx, c)]));
      return surplus.get(open) ?? 0;
    };
    paragraphs.forEach((p, i) => {
      for (const m of p.text.matchAll(DOUBLED)) {
        // Three or more full stops are an ellipsis (a template's "。。。"), not a doubled mark.
        if (/^。{3,}$/.test(m[0])) continue;
        const start = m.index ?? 0;
        report({
          message: `${context(p, start, start + 2)}中连续出现标点“${m[0]}”，应只保留一个`,
          ...where(p, start, start + 2),
        });
      }
      for (const [open, close, what] of PAIRS) {
        const u = unbalanced(p.text, open, close);
        if (!u) continue;
        const [at, mark] = u;
        const extra = surplusOf(open);
        if (carried.has(`${i} ${mark}`) || (mark === open ? extra <= 0 : extra >= 0)) continue;
        report({
          message: `${context(p, at, at + 1, 16)}中的${what}不成对：多了一个“${mark}”或缺少与之配对的“${mark === open ? close : open}”`,
          ...where(p, at, at + 1),
        });
      }
    });
    const garbled = (text: string) =>
      mayBeGarbled(text)
        ? [...text.matchAll(GARBLED)].map((m) => {
            const start = m.index ?? 0;
            const end = start + m[0].length;
            const message = `${context(text, start, end)}中有 ${m[0].length} 个无法正常显示的字符（乱码），应核对原文后改正`;
            return { start, end, message };
          })
        : [];
    eachHit(ctx, garbled, (p, g) => report({ message: g.message, ...where(p, g.start, g.end) }));
  },
};
