import type { Rule } from '../../rules/rule';
import { context, narrativePassages, where, type Passage } from '../passages';

/** A paragraph that starts a numbered part: "2.", "（二）", "三、", "第三部分" followed by words. */
const ORDINAL =
  /^[ \t\u3000]*(?:\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]{1,2}[)）]|第[一二三四五六七八九十]+部分)[ \t\u3000]*[\u4e00-\u9fff“]/;
/** The last character of a sentence that stops without its mark: a word or a rate. */
const OPEN_END = /[\u4e00-\u9fff%％]$/;

/** Words after which a sentence must go on: a paragraph ending with them is cut short, not only unstopped. */
const CUT_SHORT = /(?:原因是|原因为|原因|主要用于|用于|包括|主要是|是|为|如下)$/;

/** A sentence, not a heading, a caption or a table row (cells apart by tabs or runs of spaces). */
function isSentence(text: string): boolean {
  const t = text.trim();
  return t.length >= 16 && /[，,]/.test(t) && !/^表\s*\d/.test(t) && !/\t|[ \u3000]{2,}/.test(t);
}

export const textParagraphEnd: Rule = {
  id: 'text.paragraph-end',
  title: '段落末尾缺少句号或句子没有写完',
  description:
    '情况说明中一段话写完而末尾没有句号（如“财政拨款收入支出增加的主要原因是工作量增加”后接下一条），应补上“。”；一段话停在“主要原因是”“主要用于”等处、没有写完的，应补全。标题、表名和以冒号、分号结尾的列举不在此列。PDF 中因换行断开的句子不会被当作段落末尾。',
  severity: 'warning',
  check(ctx, report) {
    const paragraphs = narrativePassages(ctx);
    // A PDF's prose is broken into lines at the page's width: a paragraph ends only where the next one starts a
    // numbered part. A text or Word narrative keeps its paragraphs, so its last one ends there too.
    const fromPdf = ctx.pages !== undefined;
    paragraphs.forEach((p: Passage, i) => {
      const next = paragraphs[i + 1];
      const ends = next ? ORDINAL.test(next.text) : !fromPdf;
      const t = p.text.trimEnd();
      if (!ends || !OPEN_END.test(t) || !isSentence(t)) return;
      const cut = CUT_SHORT.exec(t);
      if (cut) {
        report({
          message: `${context(p, cut.index, t.length, 24)}这句话没有写完：“${cut[0]}”之后缺少内容，段落就此结束，应补全并以句号结尾`,
          ...where(p, cut.index, t.length),
        });
        return;
      }
      report({
        message: `${context(p, t.length - 1, t.length, 24)}是一段话的结尾，末尾缺少句号“。”，应补上`,
        ...where(p, t.length - 1, t.length),
      });
    });
  },
};
