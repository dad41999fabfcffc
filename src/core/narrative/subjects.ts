/**
 * Mapping 类/款/项 names written in the narrative to function-classification codes. The tables'
 * own code+name pairs come first, the (partial) catalogue second. Names drift in the text
 * ("行政事业养老支出" for 行政事业单位养老支出), so matching is tolerant and the drift is reported.
 */

import { nameKey } from '../rules/lookup';
import type { RuleContext } from '../rules/rule';
import type { ItemHeader, ItemLevel } from './claims';

export interface ResolvedLevel {
  level: ItemLevel;
  code: string;
  /** The official name: the tables' name of the code, else the catalogue's. */
  official: string;
  source: '公开表' | '科目目录';
}

export type SubjectNames = Map<string, { name: string; source: '公开表' | '科目目录' }>;

/** Every code with its name, from 公开05/03/02 first and then the catalogue. */
export function subjectNames(ctx: RuleContext): SubjectNames {
  const names: SubjectNames = new Map();
  for (const id of ['公开05', '公开03', '公开02'] as const)
    for (const r of ctx.coded(id)?.rows ?? [])
      if (!names.has(r.code)) names.set(r.code, { name: r.name, source: '公开表' });
  for (const e of ctx.catalogs.functional.all())
    if (!names.has(e.code) && (ctx.year === null || e.years.length === 0 || e.years.includes(ctx.year)))
      names.set(e.code, { name: e.name, source: '科目目录' });
  return names;
}

/** True when every character of `short` appears in `long` in order. */
function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

/** How well a written name fits an official one: 3 exact, 2 up to a 支出 suffix, 1 one inside the other. */
export function nameFit(written: string, official: string): number {
  const w = nameKey(written);
  const o = nameKey(official);
  if (w === o) return 3;
  const bare = (s: string) => s.replace(/支出$/, '');
  if (bare(w) === bare(o)) return 2;
  const [short, long] = bare(w).length <= bare(o).length ? [bare(w), bare(o)] : [bare(o), bare(w)];
  if (short.length >= 3 && long.length - short.length <= 4 && isSubsequence(short, long)) return 1;
  return 0;
}

/** The unique best-fitting code among candidates, or null when none fits or two fit equally. */
export function bestCode(written: string, candidates: Array<[string, string]>): string | null {
  let best: string | null = null;
  let bestFit = 0;
  let tie = false;
  for (const [code, name] of candidates) {
    const fit = nameFit(written, name);
    if (fit > bestFit) {
      best = code;
      bestFit = fit;
      tie = false;
    } else if (fit === bestFit && fit > 0 && code !== best) tie = true;
  }
  return bestFit > 0 && !tie ? best : null;
}

/** The codes of a header, level by level; null when any level cannot be placed. */
export function resolveItem(header: ItemHeader, names: SubjectNames): ResolvedLevel[] | null {
  const out: ResolvedLevel[] = [];
  let parent = '';
  for (const level of header.levels) {
    const length = parent.length === 0 ? 3 : parent.length + 2;
    const candidates: Array<[string, string]> = [];
    for (const [code, v] of names)
      if (code.length === length && code.startsWith(parent)) candidates.push([code, v.name]);
    const code = bestCode(level.name, candidates);
    if (!code) return null;
    const official = names.get(code)!;
    out.push({ level, code, official: official.name, source: official.source });
    parent = code;
  }
  return out;
}
