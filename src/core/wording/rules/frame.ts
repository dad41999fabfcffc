import type { Rule } from '../../rules/rule';
import type { PageLines } from '../../snapshot';

/** A line that is only a page number: "1", "- 2 -", "第3页". */
const PAGE_NUMBER = /^[-—–\s]*(?:第\s*)?\d{1,3}(?:\s*页)?[-—–\s]*$/;
const TOC_TITLE = /^目\s*录$/;
/** A 目录 entry: its title, leaders (dots, spaces) and the page number. */
const ENTRY = /^(.*[\u4e00-\u9fff）)”])[\s.．。…·•_-]*?(\d{1,3})$/;

const key = (s: string) => s.replace(/[\s.．。…·•_-]+/g, '');

function wholePage(p: PageLines): { page: number; box: [number, number, number, number] } {
  return { page: p.page, box: [0, 0, Math.round(p.width), Math.round(p.height)] };
}

const isBlank = (p: PageLines) => p.lines.every((l) => PAGE_NUMBER.test(l));

interface Entry {
  title: string;
  printed: number;
  tocPage: PageLines;
}

/** The entries of the 目录 that carry a page number, and the last page of the 目录. */
function tocEntries(pages: PageLines[]): { entries: Entry[]; last: number } | null {
  const start = pages.findIndex((p) => p.lines.some((l) => TOC_TITLE.test(l.replace(/\s+/g, ''))));
  if (start < 0) return null;
  const entries: Entry[] = [];
  let last = start;
  for (let i = start; i < Math.min(pages.length, start + 4); i++) {
    const found = pages[i].lines
      .map((l) => ENTRY.exec(l.trim()))
      .filter((m): m is RegExpExecArray => !!m && key(m[1]).length >= 4);
    if (i > start && found.length === 0) break;
    for (const m of found) entries.push({ title: key(m[1]), printed: Number(m[2]), tocPage: pages[i] });
    last = i;
  }
  return { entries, last };
}

export const textFrame: Rule = {
  id: 'text.frame',
  title: '目录页码或空白页有误（PDF）',
  description:
    'PDF 的目录页码应与各部分实际所在页一致（按多数条目的页码与实际页的对应关系判断）；文中不应夹有空白页（目录后多出的空白页为警告，其他位置为提示）。',
  severity: 'warning',
  check(ctx, report) {
    const pages = ctx.pages;
    if (!pages || pages.length < 3) return;
    const toc = tocEntries(pages);
    for (let i = 1; i < pages.length - 1; i++) {
      if (!isBlank(pages[i]) || isBlank(pages[i - 1])) continue;
      const afterToc = toc !== null && i === toc.last + 1;
      report({
        message: afterToc
          ? `目录后的第${pages[i].page}页是空白页，应删除`
          : `第${pages[i].page}页是空白页，请确认是否多余`,
        pdf: wholePage(pages[i]),
        ...(afterToc ? {} : { severity: 'info' as const }),
      });
    }
    if (!toc || toc.entries.length < 3) return;
    // Where each entry's part starts: the first page after the 目录 with a line beginning with its title.
    const placed = toc.entries.flatMap((e) => {
      const at = pages.findIndex((p, i) => i > toc.last && p.lines.some((l) => key(l).startsWith(e.title)));
      return at < 0 ? [] : [{ ...e, actual: pages[at].page, offset: pages[at].page - e.printed }];
    });
    if (placed.length < 3) return;
    const counts = new Map<number, number>();
    for (const p of placed) counts.set(p.offset, (counts.get(p.offset) ?? 0) + 1);
    const [offset, n] = [...counts].sort((a, b) => b[1] - a[1])[0];
    // The numbering is read from the entries themselves: only when most of them agree.
    if (n * 2 <= placed.length) return;
    for (const p of placed) {
      if (p.offset === offset) continue;
      const right = p.actual - offset;
      report({
        message: `目录中“${p.title}”标注在第${p.printed}页，但该部分实际在第${right}页（PDF 第${p.actual}页），目录页码应为 ${right}`,
        pdf: wholePage(p.tocPage),
        expected: right,
        actual: p.printed,
      });
    }
  },
};
