import type { FindingDraft, Reporter, Rule, RuleContext } from '../../rules/rule';
import type { NarrativeDoc } from '../document';
import { expectedPercent, meets, percentOf, printed, type Interval } from '../interval';
import type { NamedShareClaim } from '../named-share-claims';
import { tableFigure } from '../table-figures';
import { cellQuantity, type Quantity, type TestRelation } from '../../causes/relation';
import { narrativeQuantity, percentRelation } from './relations';
import { cells, figureSpan, formatAmount, intervalOf, narrativeOf, quote, written } from './shared';

interface Base {
  interval: Interval;
  value: number;
  what: string;
  table?: NonNullable<ReturnType<typeof tableFigure>>;
  /** The figures it is read from, and its interval were they to hold other values (for the cause pass). */
  quantities: Quantity[];
  intervalAt(values: number[]): Interval;
}

type NarrativeFigure = NarrativeDoc['claims']['figures'][number];

/**
 * A base written many times over is one base: past this many distinct amounts of one subject, the later
 * ones are not weighed (a real narrative states a total two or three times; a narrative repeating one
 * sentence thousands of times made every share weigh every figure: quadratic).
 */
const MAX_NAMED_BASES = 16;
const namedFigures = new WeakMap<NarrativeDoc, Map<string, NarrativeFigure[]>>();

/** The narrative's figures of `subject` in `unit`, in document order, each amount as written once. */
function figuresNamed(doc: NarrativeDoc, subject: string, unit: string | null): NarrativeFigure[] {
  let index = namedFigures.get(doc);
  if (!index) {
    index = new Map();
    const seen = new Set<string>();
    for (const f of doc.claims.figures) {
      const key = `${f.subject}\u0000${f.amount.unit}`;
      const amount = `${key}\u0000${f.amount.value}\u0000${f.amount.decimals}`;
      if (seen.has(amount)) continue;
      seen.add(amount);
      const list = index.get(key) ?? [];
      if (list.length < MAX_NAMED_BASES) list.push(f);
      index.set(key, list);
    }
    namedFigures.set(doc, index);
  }
  return index.get(`${subject}\u0000${unit}`) ?? [];
}

/** Every figure the named base may be read from: the tables' first, then the narrative's own. */
function basesOf(ctx: RuleContext, doc: NarrativeDoc, claim: NamedShareClaim): Base[] {
  const out: Base[] = [];
  const tf = tableFigure(ctx, claim.subject);
  if (tf)
    out.push({
      interval: { lo: tf.value - 0.005, hi: tf.value + 0.005 },
      value: tf.value,
      what: `${tf.label} ${formatAmount(tf.value)} 万元`,
      table: tf,
      quantities: tf.figures.map(cellQuantity),
      intervalAt: (values) => {
        const sum = values.reduce((a, b) => a + b, 0);
        return { lo: sum - 0.005, hi: sum + 0.005 };
      },
    });
  for (const f of figuresNamed(doc, claim.subject, claim.part.unit))
    out.push({
      interval: intervalOf(f.amount),
      value: f.amount.value,
      what: `“${f.what}”${written(f.amount)}`,
      quantities: [narrativeQuantity(doc, f.amount)],
      intervalAt: ([value]) => intervalOf({ ...f.amount, value }),
    });
  return out;
}

/** The share holds when it agrees with any of the figures its base may be read from. */
function namedRelation(doc: NarrativeDoc, claim: NamedShareClaim, bases: Base[]): TestRelation {
  const quantities = [narrativeQuantity(doc, claim.part), narrativeQuantity(doc, claim.percent)];
  const slices = bases.map((b) => {
    const start = quantities.length;
    quantities.push(...b.quantities);
    return [start, quantities.length] as const;
  });
  return {
    kind: 'test',
    quantities,
    holds: (values) => {
      const part = intervalOf({ ...claim.part, value: values[0] });
      const stated = printed(values[1], claim.percent.decimals);
      const quotients = bases.flatMap(
        (b, i) => percentOf(part, b.intervalAt(values.slice(...slices[i]))) ?? [],
      );
      return quotients.length === 0 || quotients.some((q) => meets(q, stated));
    },
  };
}

function checkNamed(ctx: RuleContext, doc: NarrativeDoc, report: Reporter): void {
  for (const claim of doc.claims.namedShares) {
    const { part, percent } = claim;
    const stated = printed(percent.value, percent.decimals);
    const bases = basesOf(ctx, doc, claim);
    const relation = namedRelation(doc, claim, bases);
    const judged = bases
      .map((base) => ({ base, q: percentOf(intervalOf(part), base.interval) }))
      .filter((x) => x.q !== null);
    if (judged.length === 0 || judged.some((x) => meets(x.q!, stated))) {
      report.relation?.(relation);
      continue;
    }
    const { base, q } = judged[0];
    const expected = expectedPercent(q!, percent.decimals);
    const finding: FindingDraft = {
      message: `${quote(doc, part.labelStart, percent.end)}：基数为“${claim.base}”（${base.what}），${written(part)}÷${formatAmount(base.value)} 约为 ${expected.toFixed(percent.decimals)}%，与所述 ${written(percent)} 不符`,
      narrative: figureSpan(doc, percent),
      ...(base.table ? { ...cells(base.table), table: base.table.table } : {}),
      expected,
      actual: percent.value,
    };
    report(finding);
    report.relation?.(relation, finding);
  }
}

export const narrativeShare: Rule = {
  id: 'narrative.share',
  title: '情况说明中的占比与金额不符',
  description:
    '“其中：某项X万元，占P%”：按区间算法（每个金额代表 ±半个末位单位，百分比亦然）计算 X÷合计 的取值范围，与所述百分比的区间不相交时报错。写明基数的占比（“占本年支出合计的P%”“占一般公共预算财政拨款支出的P%”“占“三公”经费的P%”）以所写基数为分母，基数取公开表或情况说明中的该数。',
  severity: 'error',
  check(ctx, report) {
    const doc = narrativeOf(ctx);
    if (!doc) return;
    for (const { part, whole, percent } of doc.claims.shares) {
      const q = percentOf(intervalOf(part), intervalOf(whole));
      const relation = percentRelation(doc, [part, whole], percent, ([p, w]) => percentOf(p, w));
      if (!q || meets(q, printed(percent.value, percent.decimals))) {
        report.relation?.(relation);
        continue;
      }
      const expected = expectedPercent(q, percent.decimals);
      const finding: FindingDraft = {
        message: `${quote(doc, part.labelStart, percent.end)}：${written(part)}÷${written(whole)} 约为 ${expected.toFixed(percent.decimals)}%（${q.lo.toFixed(4)}%～${q.hi.toFixed(4)}%），与所述 ${written(percent)} 不符`,
        narrative: figureSpan(doc, percent),
        expected,
        actual: percent.value,
      };
      report(finding);
      report.relation?.(relation, finding);
    }
    checkNamed(ctx, doc, report);
  },
};
