/**
 * How a disclosure names its unit and itself, wherever it does: title lines ("丹凤县医疗保障局2024年度部门决算",
 * "第三部分 2024年度部门决算情况说明") and the unit fields of table headings ("编制部门：丹凤县医疗保障局").
 * A name or a document word (部门/单位, 预算/决算) unlike the one the document uses everywhere else is reported.
 */

import { sameUnit } from '../../years/unit';
import type { RuleContext } from '../../rules/rule';
import { eachHit, narrativePassages, occurrences, quoted, type Passage } from '../passages';

/** A title line: an optional part heading, the unit, the year and the document's own words. */
const TITLE =
  /^[ \t\u3000]*(?:第[一二三四五六七八九十]+部分[:：]?)?[ \t\u3000]*(\S*?)[ \t\u3000]*(20\d{2})[ \t\u3000]*年度?[ \t\u3000]*(部门|单位)(预算|决算)(?:公开|报告|情况说明|情况|公开说明|表|报表)?[ \t\u3000]*$/;
/** A heading's unit field with the name written in the same cell: "编制部门：丹凤县医疗保障局". */
const FIELD = /^[ \t\u3000]*(?:编制|填报)(?:单位|部门)[ \t\u3000]*[:：][ \t\u3000]*([^ \t\u3000:：]{2,40})/;

interface Naming {
  p: Passage;
  start: number;
  end: number;
  /** The unit's name, or null when the line names only the document. */
  unit: string | null;
  year: number | null;
  /** "部门决算", "单位预算"…; null for a heading field. */
  kind: string | null;
  what: string;
}

function namings(ctx: RuleContext): Naming[] {
  const out: Naming[] = [];
  for (const p of narrativePassages(ctx)) {
    const m = TITLE.exec(p.text);
    if (m) {
      const name = m[1].replace(/^关于/, '');
      const unit = /[\u4e00-\u9fff]{2,}/.test(name) && !/[，,。；;]/.test(name) ? name : null;
      const yearAt = p.text.indexOf(m[2]);
      const at = unit ? p.text.lastIndexOf(unit, yearAt) : yearAt;
      out.push({
        p,
        start: at,
        end: p.text.trimEnd().length,
        unit,
        year: Number(m[2]),
        kind: m[3] + m[4],
        what: '标题',
      });
      continue;
    }
    const f = FIELD.exec(p.text);
    if (f) {
      const start = p.text.indexOf(f[1], f[0].length - f[1].length);
      out.push({ p, start, end: start + f[1].length, unit: f[1], year: null, kind: null, what: '表头' });
    }
  }
  const fields = (text: string) => {
    const f = FIELD.exec(text);
    return f && !/^(?:万元|元|千元)$/.test(f[1]) ? [f[1]] : [];
  };
  eachHit(
    ctx,
    fields,
    (p, unit) => out.push({ p, start: 0, end: p.text.length, unit, year: null, kind: null, what: '表头' }),
    'cells',
  );
  return out;
}

/** The value most namings give; on a tie, the one `rank` puts first. */
function usual<T>(items: T[], key: (t: T) => string | null, rank: (k: string) => number): string | null {
  const counts = new Map<string, number>();
  for (const t of items) {
    const k = key(t);
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [k, n] of counts) {
    const m = best === null ? -1 : (counts.get(best) ?? 0);
    if (n > m || (n === m && best !== null && rank(k) > rank(best))) best = k;
  }
  return best;
}

/** Two names of one unit written differently: one holds the other, or they differ in one or two characters. */
function variants(a: string, b: string): boolean {
  if (a.includes(b) || b.includes(a)) return true;
  // Edit distance of at most 2 ("与" for "和", a character dropped or added), row by row.
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row.push(Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length] <= 2;
}

export interface TitleHit {
  p: Passage;
  start: number;
  end: number;
  message: string;
}

/** A unit named otherwise than everywhere else; a document word unlike the document's (same year only). */
export function titleHits(ctx: RuleContext): TitleHit[] {
  // A 汇总 workbook's titles and headings name each of its units in turn (and 部门 or 单位 as each is).
  if ((ctx.units ?? 1) > 1) return [];
  const all = namings(ctx);
  const out: TitleHit[] = [];
  const named = all.filter((n) => n.unit !== null);
  // The unit's name as most titles and fields print it; compared once spaces, brackets and widths are normalised.
  const units = new Map<string, string>();
  for (const n of named)
    if (![...units.keys()].some((u) => sameUnit(u, n.unit!))) units.set(n.unit!, n.unit!);
  // On a tie, the full name (one that holds the other), else the one the text uses most.
  const unit = usual(
    named,
    (n) => [...units.keys()].find((u) => sameUnit(u, n.unit!)) ?? null,
    (u) => [...units.keys()].filter((o) => o !== u && u.includes(o)).length * 1e6 + occurrences(ctx, u),
  );
  if (unit !== null)
    for (const n of named) {
      if (sameUnit(n.unit!, unit)) continue;
      const variant = variants(n.unit!, unit) ? '，疑为名称写法不同' : '，疑为其他单位的名称';
      out.push({
        p: n.p,
        start: n.start,
        end: n.start + n.unit!.length,
        message: `${n.what}${quoted(n.p.text.trim())}中的单位名称“${n.unit}”与本文件其他${
          n.what === '标题' ? '标题和表头' : '表头和标题'
        }的“${unit}”不一致${variant}，应统一为本单位的全称`,
      });
    }
  const year =
    ctx.year ??
    usual(
      all,
      (n) => (n.year !== null ? String(n.year) : null),
      () => 0,
    );
  const titled = all.filter((n) => n.kind !== null && (year === null || String(n.year) === String(year)));
  const kind = usual(
    titled,
    (n) => n.kind,
    (k) => occurrences(ctx, k),
  );
  if (kind !== null)
    for (const n of titled) {
      if (n.kind === kind) continue;
      const at = n.p.text.indexOf(n.kind!, n.start);
      out.push({
        p: n.p,
        start: at,
        end: at + n.kind!.length,
        message: `标题${quoted(n.p.text.trim())}写作“${n.kind}”，而本文件是${kind}（其他标题均为“${kind}”），应改为“${kind}”`,
      });
    }
  return out;
}
