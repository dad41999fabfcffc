import type { Rule } from '../../rules/rule';
import { eachHit, narrativePassages, quoted, where } from '../passages';
import { titleHits } from './unit-titles';

/** A heading's unit field: "编制单位：", "单位名称：", "单位：" (the unit's name, not the money unit). */
const FIELD = /^[ \t]*(编制单位|单位名称|填报单位|部门名称|单位)[ \t]*[:：][ \t]*/;
/** What may follow a field in its row without being the unit's name: the money unit, a date, another field. */
const NOT_A_NAME =
  /^(?:(?:金额)?单位[:：]?[ \t]*(?:万元|元|千元)?|万元|元|千元|\d{4}[年.\-/]?.*|[^:：]{0,8}[:：].*)$/;

function blankField(row: Array<string | null>, col: number): string | null {
  const cell = row[col] ?? '';
  const m = FIELD.exec(cell);
  if (!m) return null;
  const rest = cell.slice(m[0].length).trim();
  if (rest !== '' && !NOT_A_NAME.test(rest)) return null;
  // "单位：万元" is the money unit, not a blank name.
  if (m[1] === '单位' && /^(?:万元|元|千元)/.test(rest)) return null;
  for (let c = col + 1; c < row.length; c++) {
    const v = (row[c] ?? '').trim();
    if (v === '') continue;
    if (m[1] === '单位' && /^(?:万元|元|千元)$/.test(v)) return null;
    return NOT_A_NAME.test(v) ? m[1] : null;
  }
  return m[1];
}

/** 部门 words in a 单位 document: "部门预算安排" where the document is a 单位预算/单位决算. */
const DEPARTMENT_WORD = /部门(预算|决算)(?=安排|数|支出|收入)/g;

function documentKind(ctx: Parameters<Rule['check']>[0]): '部门' | '单位' | null {
  const head = (ctx.narrative ?? '').slice(0, 200);
  const m = /(部门|单位)(?:预算|决算)/.exec(head.replace(/\s+/g, ''));
  return m ? (m[1] as '部门' | '单位') : null;
}

export const textUnitName: Rule = {
  id: 'text.unit-name',
  title: '单位名称或文件名称用词不当',
  description:
    '表头的“编制单位”“单位名称”不应留空，也不应与封面、标题中的单位名称不同（写法不同或写成其他单位）；标题中的“部门决算”“单位预算”等应与本文件一致；单位预算（决算）文件中不应写成“部门预算安排”等部门口径的用词，应统一为本文件的口径。',
  severity: 'warning',
  check(ctx, report) {
    // Only a cell that starts with a field's name can be a blank field: its row is read then.
    const fields = (text: string) => (FIELD.test(text) ? [true] : []);
    eachHit(
      ctx,
      fields,
      (p, _, at) => {
        if (!at) return;
        const texts = at.sheet.values[at.r].map((v) =>
          typeof v === 'string' ? v : v === null ? null : String(v),
        );
        const field = blankField(texts, at.c);
        if (!field) return;
        report({
          message: `表头“${field}：”后未填写单位名称，应填写编制本表的单位全称`,
          ...where(p, 0, p.text.length),
        });
      },
      'cells',
    );
    // A table heading read as prose (a PDF page the table reader did not take): "单位名称： 单位：万元".
    for (const p of narrativePassages(ctx)) {
      const m =
        /^[ \t]*(编制单位|单位名称|填报单位)[ \t]*[:：][ \t]*(?:(?:金额)?单位[ \t]*[:：][ \t]*(?:万元|元)[ \t]*)?$/.exec(
          p.text,
        );
      if (!m) continue;
      report({
        message: `表头“${m[1]}：”后未填写单位名称，应填写编制本表的单位全称`,
        ...where(p, 0, p.text.trimEnd().length),
      });
    }
    for (const h of titleHits(ctx)) report({ message: h.message, ...where(h.p, h.start, h.end) });
    if (documentKind(ctx) === '单位')
      for (const p of narrativePassages(ctx))
        for (const m of p.text.matchAll(DEPARTMENT_WORD)) {
          const start = m.index ?? 0;
          const end = start + m[0].length;
          report({
            message: `本文件是单位${m[1]}，${quoted(p.text.slice(Math.max(0, start - 8), end + 8))}中的“${m[0]}”应为“单位${m[1]}”`,
            ...where(p, start, end),
          });
        }
  },
};
