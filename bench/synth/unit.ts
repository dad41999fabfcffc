/**
 * One synthetic unit's final accounts as exact amounts in cents, built so that every relation of the
 * domain guide holds exactly: rows from 项 up, 公开06 splitting the 基本支出 of 公开05, 三公 from 公开06.
 */

import { defaultCatalogs } from '../../src/core/catalog';
import { THREE_COST_KEYS, type ThreeCostKey } from '../../src/core/tables/model';
import { Random } from './random';

export interface CodedLine {
  code: string;
  name: string;
  total: number;
  basic: number;
  project: number;
}

export interface UnitData {
  name: string;
  year: number;
  /** 类, then its 款, each followed by its 项, in code order. */
  lines: CodedLine[];
  total: number;
  basic: number;
  project: number;
  /** 公开06 amounts by economic code, 款 and 类. */
  economic: Map<string, number>;
  personnel: number;
  public: number;
  budget: Record<ThreeCostKey, number>;
  actual: Record<ThreeCostKey, number>;
  /** 一般公共预算财政拨款 年初预算, quoted by the narrative. */
  initialBudget: number;
}

const PERSONNEL_CLASSES = ['301', '303'];
const PUBLIC_CLASSES = ['302', '307', '310', '312', '399'];
/** Economic 款 that feed 公开09 (X9) and its 会议费/培训费 columns. */
const THREE_COST_SOURCES: Partial<Record<ThreeCostKey, string>> = {
  abroad: '30212',
  carPurchase: '31013',
  carRunning: '30231',
  reception: '30217',
  meeting: '30215',
  training: '30216',
};

interface Chain {
  item: { code: string; name: string };
  section: { code: string; name: string };
  cls: { code: string; name: string };
}

let chains: Chain[] | null = null;

/** Every 项 of the bundled catalogue whose 款 and 类 are listed too. */
function catalogueChains(): Chain[] {
  if (chains) return chains;
  const all = defaultCatalogs().functional.all();
  const byCode = new Map(all.map((e) => [e.code, e]));
  chains = all
    .filter((e) => e.code.length === 7 && byCode.has(e.code.slice(0, 5)) && byCode.has(e.code.slice(0, 3)))
    .map((e) => ({ item: e, section: byCode.get(e.code.slice(0, 5))!, cls: byCode.get(e.code.slice(0, 3))! }))
    .sort((a, b) => a.item.code.localeCompare(b.item.code));
  return chains;
}

function linesFromItems(items: Array<{ chain: Chain; basic: number; project: number }>): CodedLine[] {
  const lines = new Map<string, CodedLine>();
  const add = (code: string, name: string, basic: number, project: number) => {
    const l = lines.get(code) ?? { code, name, total: 0, basic: 0, project: 0 };
    l.basic += basic;
    l.project += project;
    l.total += basic + project;
    lines.set(code, l);
  };
  for (const { chain, basic, project } of items) {
    add(chain.cls.code, chain.cls.name, basic, project);
    add(chain.section.code, chain.section.name, basic, project);
    add(chain.item.code, chain.item.name, basic, project);
  }
  return [...lines.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/**
 * A unit with random figures. economicCodes: the 款 codes of the 公开06 layout (from the template), by 类.
 */
export function randomUnit(
  rnd: Random,
  name: string,
  year: number,
  economicCodes: Map<string, string[]>,
): UnitData {
  const all = catalogueChains();
  const picked = rnd.sample(all, rnd.int(Math.min(15, all.length), all.length));
  const items = picked.map((chain) => ({
    chain,
    basic: rnd.chance(0.8) ? rnd.int(50, 40_000) : 0,
    project: rnd.chance(0.4) ? rnd.int(50, 30_000) : 0,
  }));
  if (items.every((i) => i.basic === 0)) items[0].basic = rnd.int(1_000, 20_000);
  const lines = linesFromItems(items);
  const classes = lines.filter((l) => l.code.length === 3);
  const basic = classes.reduce((s, l) => s + l.basic, 0);
  const project = classes.reduce((s, l) => s + l.project, 0);

  // 公开06: 人员经费 (301, 303) and 公用经费 (302, 307, 310, 312, 399) split the 基本支出.
  const personnel = Math.round(basic * (0.6 + 0.25 * rnd.next()));
  const publicTotal = basic - personnel;
  const economic = new Map<string, number>();
  const actual = Object.fromEntries(THREE_COST_KEYS.map((k) => [k, 0])) as Record<ThreeCostKey, number>;
  let threeCostSources = 0;
  for (const [key, code] of Object.entries(THREE_COST_SOURCES) as Array<[ThreeCostKey, string]>) {
    const amount = rnd.chance(key === 'abroad' || key === 'carPurchase' ? 0.15 : 0.6)
      ? Math.floor(publicTotal * 0.03 * rnd.next())
      : 0;
    actual[key] = amount;
    economic.set(code, amount);
    threeCostSources += amount;
  }
  const fill = (classCodes: string[], total: number, reserved: Set<string>) => {
    const free = classCodes.flatMap((c) => (economicCodes.get(c) ?? []).filter((k) => !reserved.has(k)));
    const chosen = rnd.sample(free, Math.min(free.length, rnd.int(4, 10)));
    rnd.split(total, chosen.length).forEach((v, i) => economic.set(chosen[i], v));
  };
  const reserved = new Set(Object.values(THREE_COST_SOURCES));
  fill(PERSONNEL_CLASSES, personnel, reserved);
  fill(PUBLIC_CLASSES, publicTotal - threeCostSources, reserved);
  for (const cls of [...PERSONNEL_CLASSES, ...PUBLIC_CLASSES])
    economic.set(
      cls,
      (economicCodes.get(cls) ?? []).reduce((s, k) => s + (economic.get(k) ?? 0), 0),
    );

  actual.carSubtotal = actual.carPurchase + actual.carRunning;
  actual.total = actual.abroad + actual.carSubtotal + actual.reception;
  const budget = { ...actual };
  for (const k of ['abroad', 'carPurchase', 'carRunning', 'reception', 'meeting', 'training'] as const)
    budget[k] = actual[k] + (actual[k] > 0 ? Math.floor(actual[k] * 0.3 * rnd.next()) : 0);
  budget.carSubtotal = budget.carPurchase + budget.carRunning;
  budget.total = budget.abroad + budget.carSubtotal + budget.reception;

  const total = basic + project;
  return {
    name,
    year,
    lines,
    total,
    basic,
    project,
    economic,
    personnel,
    public: publicTotal,
    budget,
    actual,
    initialBudget: Math.round(total * (0.5 + 0.5 * rnd.next())),
  };
}

/** The 部门汇总 of several units: every amount added up, so every relation still holds exactly. */
export function consolidate(units: UnitData[], name: string): UnitData {
  const lines = new Map<string, CodedLine>();
  const economic = new Map<string, number>();
  const sum = (f: (u: UnitData) => number) => units.reduce((s, u) => s + f(u), 0);
  for (const u of units) {
    for (const l of u.lines) {
      const m = lines.get(l.code) ?? { ...l, total: 0, basic: 0, project: 0 };
      m.total += l.total;
      m.basic += l.basic;
      m.project += l.project;
      lines.set(l.code, m);
    }
    for (const [k, v] of u.economic) economic.set(k, (economic.get(k) ?? 0) + v);
  }
  const keyed = (f: (u: UnitData) => Record<ThreeCostKey, number>) =>
    Object.fromEntries(THREE_COST_KEYS.map((k) => [k, sum((u) => f(u)[k])])) as Record<ThreeCostKey, number>;
  return {
    name,
    year: units[0]?.year ?? 2024,
    lines: [...lines.values()].sort((a, b) => a.code.localeCompare(b.code)),
    total: sum((u) => u.total),
    basic: sum((u) => u.basic),
    project: sum((u) => u.project),
    economic,
    personnel: sum((u) => u.personnel),
    public: sum((u) => u.public),
    budget: keyed((u) => u.budget),
    actual: keyed((u) => u.actual),
    initialBudget: sum((u) => u.initialBudget),
  };
}
