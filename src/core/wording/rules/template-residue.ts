import { extractMalformed } from '../../narrative/text-claims';
import type { Rule } from '../../rules/rule';
import { context, eachHit, where } from '../passages';

/** A placeholder of X's (or ×, ○) standing for a name, a figure or a rate: "XX局", "XX%", "XXX万元". */
const PLACEHOLDER =
  /[XＸ×xｘ○〇]{2,}(?![A-Za-z])[ \t]*(?:万元|元|%|％|单位|部门|中心|[局委办厅处科室院所站队区市县镇乡年月日个项人次])/g;

const DIRECTION = '增加|减少|增长|下降|上升|降低|增|减|高|低|多|少';
/** Both alternatives of a template choice left in: "增加（减少）", "下降（增长）", "增加/减少". */
const ALTERNATIVES = new RegExp(`(${DIRECTION})(?:[（(](${DIRECTION})[)）]|[/／](${DIRECTION}))`, 'g');

/** The template's own instructions to the preparer, printed as if they were text of the disclosure. */
const INSTRUCTIONS: RegExp[] = [
  /仍保留该表格?式[^。：:\n]{0,30}/g,
  /并?在本表下方作下述说明/g,
  /(?:请|须|应)?(?:根据|按照?)实际情况(?:填写|填列|修改|选择|删除)/g,
  /[（(【[](?:请)?(?:填写|填列|此处填|单位名称|部门名称|单位全称|部门全称|项目名称)[^）)】\]\n]{0,12}[）)】\]]/g,
  /(?:此处|以下)(?:请)?填写/g,
];

/** The sentence around [start, end): from after the previous 。 to the next 。 or ：, the mark left out. */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  let a = start;
  while (a > 0 && !/[。；;\n]/.test(text[a - 1])) a--;
  let b = end;
  while (b < text.length && !/[。：:；;\n]/.test(text[b])) b++;
  while (a < b && /\s/.test(text[a])) a++;
  return [a, b];
}

type Hit = [start: number, end: number, why: string, severity?: 'info'];

/** A finding of the rule in one text: where, and what it says. */
interface Residue {
  start: number;
  end: number;
  message: string;
  severity?: 'info';
}

/**
 * What every pattern above needs: X's, a bracket or slash, or one of the instructions' words. A text without any
 * (most labels and figures) is not scanned further.
 */
const TRIGGER = /[XＸ×xｘ○〇]{2}|[（(【[/／]|仍保留|下方作|实际情况|填写/;

/** A change of zero after the choice ("增加（减少）0万元"): either word is then as good, so only a hint. */
const ZERO_AFTER = /^[ \t]*0(?:\.0+)?[ \t]*(?:万元|元|%|％)/;

function alternatives(text: string, out: Hit[]): void {
  for (const m of text.matchAll(ALTERNATIVES)) {
    const other = m[2] ?? m[3];
    if (other === m[1]) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (ZERO_AFTER.test(text.slice(end, end + 12)))
      out.push([
        start,
        end,
        `模板中的两种写法“${m[1]}”“${other}”都留在了文中（其后的变动数为 0），宜改为“持平”或删去`,
        'info',
      ]);
    else out.push([start, end, `模板中的两种写法“${m[1]}”“${other}”都留在了文中，应按实际只留一种`]);
  }
}

export const textTemplateResidue: Rule = {
  id: 'text.template-residue',
  title: '模板文字未清理',
  description:
    '公开文件中留有模板的占位符（“XX局”“XX%”）、模板的两种写法并存（“增加（减少）”“下降（增长）”）、模板给编制人的填写说明（“无政府性基金预算财政拨款收入支出的，仍保留该表格式，并在本表下方作下述说明”）或待填的括号，应按实际情况填写并删去模板文字。',
  severity: 'warning',
  check(ctx, report) {
    // "XX万元" in the narrative is narrative.malformed's: not reported twice.
    const malformed = ctx.narrative ? extractMalformed(ctx.narrative) : [];
    const scan = (text: string, offset: number | undefined): Residue[] => {
      if (!TRIGGER.test(text)) return [];
      const found: Hit[] = [];
      for (const m of text.matchAll(PLACEHOLDER)) {
        const start = m.index ?? 0;
        const end = start + m[0].length;
        if (/[A-Za-z]/.test(text[start - 1] ?? '')) continue;
        const at = (offset ?? 0) + start;
        if (offset !== undefined && malformed.some((s) => s.start <= at + 2 && s.end > at)) continue;
        found.push([start, end, '是模板的占位符，应填写实际的名称或数字']);
      }
      alternatives(text, found);
      for (const re of INSTRUCTIONS)
        for (const m of text.matchAll(re)) {
          const [start, end] = sentenceAround(text, m.index ?? 0, (m.index ?? 0) + m[0].length);
          found.push([
            start,
            end,
            '是模板给编制人的填写说明，不应印在公开文件中，应删去并按说明填写实际内容',
          ]);
        }
      found.sort((a, b) => a[0] - b[0]);
      const out: Residue[] = [];
      let last = -1;
      for (const [start, end, why, severity] of found) {
        if (start < last) continue;
        last = end;
        const shown = text.slice(start, end).trim();
        const long = end - start > 20;
        out.push({
          start,
          end,
          message: long ? `“${shown}”${why}` : `“${shown}”${why}（原文${context(text, start, end)}）`,
          severity,
        });
      }
      return out;
    };
    eachHit(ctx, scan, (p, r) =>
      report({
        message: r.message,
        ...where(p, r.start, r.end),
        ...(r.severity ? { severity: r.severity } : {}),
      }),
    );
  },
};
