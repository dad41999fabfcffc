import { round2 } from '../../numbers';
import type { FindingDraft, Rule } from '../../rules/rule';
import type { NarrativeAmount, NarrativeDoc } from '../document';
import { add, expectedPercent, meets, percentOf, printed, type Interval } from '../interval';
import {
  CATEGORY_NAMES,
  clauseStart,
  type ProcurementCategory,
  type ProcurementClaim,
  type ProcurementShare,
} from '../procurement-claims';
import { amountSpan, formatAmount, intervalOf, inWan, narrativeOf, quote, written } from './shared';

const CATEGORIES: ProcurementCategory[] = ['goods', 'works', 'services'];
const BASE_NAMES = { total: '政府采购支出总额', sme: '授予中小企业合同金额' };

type Report = (finding: FindingDraft) => void;

/** 总额 = 货物 + 工程 + 服务, with the rounding model of the 其中 lists. */
function checkSum(doc: NarrativeDoc, c: ProcurementClaim, report: Report): void {
  const parts = CATEGORIES.map((k) => c.categories[k]);
  if (!c.total || parts.some((p) => !p)) return;
  const listed = parts as NarrativeAmount[];
  const sum = round2(listed.reduce((s, p) => s + inWan(p), 0));
  const difference = round2(inWan(c.total) - sum);
  if (difference === 0) return;
  const tail = meets(intervalOf(c.total), listed.map(intervalOf).reduce(add));
  report({
    severity: tail ? 'info' : undefined,
    message: `${quote(doc, c.total.labelStart, c.total.end)}：货物、工程、服务之和 ${formatAmount(sum)} 万元，与总额相差 ${formatAmount(Math.abs(difference))} 万元${tail ? '（尾差）' : ''}`,
    narrative: amountSpan(doc, c.total),
    expected: sum,
    actual: inWan(c.total),
    difference,
  });
}

/** A part that cannot exceed its whole: 中小企业 ≤ 总额, 小微企业 ≤ 中小企业. */
function checkAbove(
  doc: NarrativeDoc,
  part: NarrativeAmount | null,
  whole: NarrativeAmount | null,
  wholeName: string,
  report: Report,
): boolean {
  if (!part || !whole || intervalOf(part).lo <= intervalOf(whole).hi) return false;
  report({
    message: `${quote(doc, part.labelStart, part.end)}大于${wholeName} ${written(whole)}`,
    narrative: amountSpan(doc, part),
    expected: inWan(whole),
    actual: inWan(part),
  });
  return true;
}

function checkShare(
  doc: NarrativeDoc,
  part: NarrativeAmount | null,
  share: ProcurementShare | null,
  base: NarrativeAmount | null,
  report: Report,
): void {
  if (!part || !share || !base) return;
  const { percent } = share;
  const q = percentOf(intervalOf(part), intervalOf(base));
  if (!q) {
    if (base.value !== 0 || percent.value === 0) return;
    report({
      message: `${quote(doc, part.labelStart, percent.end)}：${BASE_NAMES[share.base]}为0，不存在占比“${written(percent)}”`,
      narrative: amountSpan(doc, percent),
      actual: percent.value,
    });
    return;
  }
  if (meets(q, printed(percent.value, percent.decimals))) return;
  const expected = expectedPercent(q, percent.decimals);
  report({
    message: `${quote(doc, part.labelStart, percent.end)}：${written(part)}÷${BASE_NAMES[share.base]} ${written(base)} 约为 ${expected.toFixed(percent.decimals)}%，与所述 ${written(percent)} 不符`,
    narrative: amountSpan(doc, percent),
    expected,
    actual: percent.value,
  });
}

const nonNegative = (a: Interval): Interval => ({ lo: Math.max(0, a.lo), hi: Math.max(0, a.hi) });

/** "货物采购授予中小企业合同金额占货物支出金额的R%": a share of a category that is 0, above 100%, or that does not add up to the 中小企业 amount. */
function checkCategoryShares(doc: NarrativeDoc, c: ProcurementClaim, report: Report): void {
  let bad = false;
  for (const { percent, category } of c.categoryShares) {
    const amount = c.categories[category];
    const zeroBase = !!amount && amount.value === 0 && percent.value !== 0;
    if (!zeroBase && printed(percent.value, percent.decimals).lo <= 100) continue;
    bad = true;
    report({
      message: zeroBase
        ? `${quote(doc, percent.labelStart, percent.end)}：政府采购${CATEGORY_NAMES[category]}支出为0，不存在占比`
        : `${quote(doc, percent.labelStart, percent.end)}：授予中小企业的金额不能超过${CATEGORY_NAMES[category]}支出的100%`,
      narrative: amountSpan(doc, percent),
      actual: percent.value,
    });
  }
  if (bad || !c.sme || c.categoryShares.length !== 3) return;
  let implied: Interval = { lo: 0, hi: 0 };
  for (const k of CATEGORIES) {
    const amount = c.categories[k];
    const share = c.categoryShares.find((s) => s.category === k);
    if (!amount || !share) return;
    const a = nonNegative(intervalOf(amount));
    const p = nonNegative(printed(share.percent.value, share.percent.decimals));
    implied = add(implied, { lo: (a.lo * p.lo) / 100, hi: (a.hi * p.hi) / 100 });
  }
  if (meets(implied, intervalOf(c.sme))) return;
  const first = c.categoryShares[0].percent;
  const last = c.categoryShares[c.categoryShares.length - 1].percent;
  report({
    message: `${quote(doc, first.labelStart, last.end)}：按货物、工程、服务支出及各自占比推算，授予中小企业合同金额应在 ${formatAmount(round2(implied.lo))}～${formatAmount(round2(implied.hi))} 万元之间，与所述 ${written(c.sme)} 不符`,
    narrative: { start: first.labelStart, end: last.end, text: doc.text.slice(first.labelStart, last.end) },
    actual: inWan(c.sme),
  });
}

/**
 * The 中小企业 amounts in reserved and in other projects are disjoint parts of the whole procurement: together
 * they cannot exceed it (社会工作部 2024: 21.07 + 21.07 of a 21.07 total).
 */
function checkSmeParts(doc: NarrativeDoc, c: ProcurementClaim, report: Report): void {
  const { reservedSme: reserved, otherSme: other, total } = c;
  if (!reserved || !other || !total) return;
  const sum = add(intervalOf(reserved), intervalOf(other));
  if (sum.lo <= intervalOf(total).hi) return;
  const start = clauseStart(doc, other.labelStart);
  report({
    message: `${quote(doc, start, other.end)}：面向中小企业预留项目中的 ${written(reserved)} 与其他项目中的 ${written(other)} 之和 ${formatAmount(round2(inWan(reserved) + inWan(other)))} 万元，大于${BASE_NAMES.total} ${written(total)}`,
    narrative: amountSpan(doc, other),
    expected: round2(inWan(total) - inWan(reserved)),
    actual: inWan(other),
  });
}

export const narrativeProcurement: Rule = {
  id: 'narrative.procurement',
  title: '情况说明中的政府采购金额或占比不符',
  description:
    '政府采购支出总额应等于货物、工程、服务支出之和（差额在四舍五入范围内为尾差）；授予中小企业合同金额不应大于总额，授予小微企业合同金额不应大于中小企业合同金额；面向中小企业预留项目与其他项目中由中小企业中标的金额之和不应大于总额；所述占比按区间算法与金额核对；货物、工程、服务各类授予中小企业的占比，基数为0时不应有占比，且与中小企业合同金额相符。',
  severity: 'error',
  check(ctx, report) {
    const doc = narrativeOf(ctx);
    if (!doc) return;
    for (const c of doc.claims.procurement) {
      checkSum(doc, c, report);
      const smeAbove = checkAbove(doc, c.sme, c.total, BASE_NAMES.total, report);
      const smallAbove =
        checkAbove(doc, c.small, c.sme, BASE_NAMES.sme, report) ||
        (!c.sme && checkAbove(doc, c.small, c.total, BASE_NAMES.total, report));
      if (!smeAbove) checkShare(doc, c.sme, c.smeShare, c.total, report);
      if (!smallAbove)
        checkShare(doc, c.small, c.smallShare, c.smallShare?.base === 'sme' ? c.sme : c.total, report);
      checkCategoryShares(doc, c, report);
      checkSmeParts(doc, c, report);
    }
  },
};
