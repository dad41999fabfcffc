import renamedData from '../../catalog/data/renamed.json';
import { nameKey } from '../../rules/lookup';
import type { Rule, RuleContext } from '../../rules/rule';
import { subjectNames } from '../../narrative/subjects';
import { NearNames } from '../near-names';
import { eachHit, narrativePassages, where, type Passage } from '../passages';

interface Renamed {
  code: string;
  old: string;
  name: string;
  since: number | null;
  sources: string[];
}

const RENAMED = renamedData.items as Renamed[];

/** "重点实验室及相关设施（2060204）", "医疗卫生与计划生育支出（210类）": a name with its code in brackets. */
const NAME_CODE = /([\u4e00-\u9fff“”（）()、]{2,40}?)[（(](\d{3}|\d{5}|\d{7})(?:类|款|项)?[）)]/g;
/** Words before a name that are not part of it. */
const LEAD = /^(?:[一二三四五六七八九十]+、|其中|主要用于|用于|包括|反映|主要是|是|为|的|及|和|、)+/;

/** What comes before a name that is a list entry of its own: nothing, or an ordinal. */
const ENTRY_START = /(?:^|\d{1,2}[.．、]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]{1,2}[)）])$/;

type Hit = { p: Passage; start: number; end: number; message: string };

function renamedHits(ctx: RuleContext, out: Hit[]): void {
  const renamed = RENAMED.filter((r) => r.since === null || ctx.year === null || ctx.year >= r.since);
  if (renamed.length === 0) return;
  const scan = (text: string) => {
    const found: Array<Omit<Hit, 'p'>> = [];
    for (const r of renamed)
      for (let i = text.indexOf(r.old); i >= 0; i = text.indexOf(r.old, i + r.old.length)) {
        const when = r.since !== null ? `${r.since}年起` : '现行科目中';
        found.push({
          start: i,
          end: i + r.old.length,
          message: `“${r.old}”是已停用的科目名称：${r.code} ${when}名为“${r.name}”，应改为“${r.name}”`,
        });
      }
    return found;
  };
  eachHit(ctx, scan, (p, h) => out.push({ p, ...h }));
}

/** A name written with its code, set against the tables' (or the catalogue's) name of that code. */
function codedNameHits(ctx: RuleContext, out: Hit[]): void {
  const names = subjectNames(ctx);
  for (const p of narrativePassages(ctx))
    for (const m of p.text.matchAll(NAME_CODE)) {
      const official = names.get(m[2]);
      if (!official) continue;
      const lead = LEAD.exec(m[1])?.[0].length ?? 0;
      const written = m[1].slice(lead).replace(/^[“”]+|[“”]+$/g, '');
      if (written.length < 2 || nameKey(written) === nameKey(official.name)) continue;
      // A longer run of words that ends with the right name: the words before it are not the name, unless
      // the run is an entry of its own (a list item of the 名词解释: "8.重点实验室及相关设施（2060204）").
      const entry = ENTRY_START.test(p.text.slice(0, (m.index ?? 0) + lead).trimEnd());
      if (nameKey(written).endsWith(nameKey(official.name)) && !entry && !isKnownOld(written, m[2])) continue;
      const start = (m.index ?? 0) + lead + m[1].slice(lead).indexOf(written);
      const end = (m.index ?? 0) + m[0].length;
      out.push({
        p,
        start,
        end,
        message: `“${p.text.slice(start, end)}”与${official.source}不一致：科目 ${m[2]} 在${official.source}中为“${official.name}”`,
      });
    }
}

function isKnownOld(written: string, code: string): boolean {
  return RENAMED.some((r) => r.code === code && nameKey(written) === nameKey(r.old));
}

/** Names of 类 (and longer names) to tell a misspelt one from: the catalogue's and the tables'. */
function knownNames(ctx: RuleContext): string[] {
  const set = new Set<string>(ctx.catalogs.functional.classNames());
  for (const [, v] of subjectNames(ctx)) set.add(v.name);
  return [...set].filter((n) => n.length >= 6 && /^[\u4e00-\u9fff]+$/.test(n));
}

/** A name stands on its own: nothing but a mark, a space, a figure or an ordinal's 、 on either side. */
const BEFORE = /^(?:|[\s、，,。；;：:（(“"\d.．]|[一二三四五六七八九十])$/;
const AFTER = /^(?:|[\s、，,。；;：:（()）”"\d]|[类款项])$/;

/** A name one character off a known name ("抗役特别国债安排的支出" for 抗疫…): a misspelt subject name. */
function misspeltHits(ctx: RuleContext, out: Hit[]): void {
  const names = knownNames(ctx);
  const known = new Set(names);
  const near = new NearNames(names);
  const scan = (t: string) => {
    const found: Array<Omit<Hit, 'p'>> = [];
    for (const { name, start: i, diff } of near.find(t)) {
      const n = names[name];
      const L = n.length;
      const w = t.slice(i, i + L);
      if (known.has(w) || !BEFORE.test(t[i - 1] ?? '') || !AFTER.test(t[i + L] ?? '')) continue;
      found.push({
        start: i,
        end: i + L,
        message: `“${w}”应为“${n}”：“${t[i + diff]}”疑为“${n[diff]}”之误（科目名称）`,
      });
    }
    return found;
  };
  eachHit(ctx, scan, (p, h) => out.push({ p, ...h }));
}

export const textSubjectName: Rule = {
  id: 'text.subject-name',
  title: '科目名称有误（旧称、错字或与表内不一致）',
  description:
    '文中和表中的科目名称应为现行名称并与公开表一致：已更名科目仍用旧称（如 2019 年起“医疗卫生与计划生育支出”更名为“卫生健康支出”），科目名称有错字（“抗役特别国债安排的支出”应为“抗疫”），或名词解释等处写明代码的科目名称与表内该代码的名称不同。更名清单注明了每一条的出处。',
  severity: 'warning',
  check(ctx, report) {
    const hits: Hit[] = [];
    renamedHits(ctx, hits);
    codedNameHits(ctx, hits);
    misspeltHits(ctx, hits);
    // What each passage has reported so far: a hit overlapping one of them is left out.
    const taken = new Map<Passage, Hit[]>();
    for (const h of hits) {
      const mine = taken.get(h.p);
      if (mine?.some((o) => o.start < h.end && h.start < o.end)) continue;
      if (mine) mine.push(h);
      else taken.set(h.p, [h]);
      report({ message: h.message, ...where(h.p, h.start, h.end) });
    }
  },
};
