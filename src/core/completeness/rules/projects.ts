import type { ItemHeader } from '../../narrative/claims';
import { parseNarrative, type NarrativeDoc } from '../../narrative/document';
import { meets } from '../../narrative/interval';
import { intervalOf } from '../../narrative/rules/shared';
import { nameFit, resolveItem, subjectNames } from '../../narrative/subjects';
import { compact } from '../../narrative/compact';
import { formatAmount } from '../../numbers';
import { location } from '../../report';
import type { FindingDraft, Rule, RuleContext } from '../../rules/rule';
import type { CodedRow } from '../../tables/model';
import { headingAt } from '../outline';
import { onNarrative, rowAmount } from '../shared';
import {
  completenessDoc,
  locate,
  NO_DIFFERENCE,
  REASON,
  sectionOfFace,
  type CompletenessDoc,
} from '../sections';

const SECTION = {
  heading: /一般公共预算财政拨款支出|财政拨款支出决算(?:具体|明细)|财政拨款支出(?:具体|明细)/,
  exclude: /基本支出|三公|绩效|名词/,
};

function narrativeDoc(ctx: RuleContext): NarrativeDoc {
  return ctx.narrativeDoc?.() ?? parseNarrative(ctx.narrative ?? '');
}

/** The passage of one item: from its header to the next header or the end of its section. */
function itemPassage(doc: CompletenessDoc, items: ItemHeader[], i: number): { start: number; end: number } {
  const start = items[i].start;
  const sectionEnd = headingAt(doc.outline, start)?.bodyEnd ?? doc.text.length;
  const next = items[i + 1]?.start ?? doc.text.length;
  return { start, end: Math.min(next, sectionEnd) };
}

function itemName(h: ItemHeader): string {
  return h.levels.map((l) => `${l.name}（${l.level}）`).join('');
}

/** What one explained item lacks: 年初预算, 决算, 完成率, or the reason of a difference. */
function itemLacks(nd: NarrativeDoc, doc: CompletenessDoc, items: ItemHeader[], i: number): string[] {
  const passage = itemPassage(doc, items, i);
  const key = compact(doc.text, passage.start, passage.end).key;
  const c = nd.claims.completions.find((x) => x.item === items[i]);
  if (!c) {
    const out: string[] = [];
    if (!/预算[^。；]{0,8}\d/.test(key)) out.push('年初预算');
    if (!/决算[^。；]{0,8}\d/.test(key)) out.push('决算');
    return out;
  }
  const out: string[] = [];
  if (c.budget.value > 0 && !c.percent && !/完成|执行率|超出|超支|\d%/.test(key)) out.push('完成率');
  const differ = !meets(intervalOf(c.budget), intervalOf(c.actual));
  if (differ && !REASON.test(key) && !NO_DIFFERENCE.test(key)) out.push('决算与年初预算差异的原因');
  return out;
}

/** The 公开05 项 rows the narrative's items name. */
function coveredRows(ctx: RuleContext, items: ItemHeader[], rows: CodedRow[]): Set<CodedRow> {
  const names = subjectNames(ctx);
  const covered = new Set<CodedRow>();
  for (const h of items) {
    const resolved = resolveItem(h, names);
    const code = resolved?.[2]?.code;
    const exact = code ? rows.find((r) => r.code === code) : undefined;
    if (exact) {
      covered.add(exact);
      continue;
    }
    const byName = rows.filter((r) => !covered.has(r) && nameFit(h.levels[2].name, r.name) > 0);
    const kuan = byName.filter((r) => {
      const parent = rows.find((p) => p.code === r.code.slice(0, 5));
      return !parent || nameFit(h.levels[1].name, parent.name) > 0;
    });
    const pick = kuan.length === 1 ? kuan[0] : byName.length === 1 ? byName[0] : undefined;
    if (pick) covered.add(pick);
  }
  return covered;
}

function tableSide(
  ctx: RuleContext,
  doc: CompletenessDoc,
  items: ItemHeader[],
  at: { start: number; end: number } | null,
  within: { start: number; end: number } | null,
  report: (f: FindingDraft) => void,
): void {
  const t = ctx.coded('公开05');
  if (!t) return;
  const rows = t.rows.filter(
    (r) => r.code.length === 7 && Object.values(r.values).some((f) => f.value !== 0),
  );
  const covered = coveredRows(ctx, items, rows);
  // An item cited by its code in the section ("1.小学教育（2050202），2023年度决算数为…", the 高等学校 wording).
  const text = within ? doc.text.slice(within.start, within.end) : '';
  const cited = (r: CodedRow) => text.includes(`（${r.code}）`) || text.includes(`(${r.code})`);
  for (const r of rows) {
    if (covered.has(r) || cited(r)) continue;
    const v = rowAmount(r);
    report({
      ...onNarrative(
        doc,
        '项目说明',
        `公开05的项“${r.code} ${r.name}”（${formatAmount(v)} 万元）在情况说明中没有逐项说明（年初预算、决算、完成率及差异原因）`,
        'warning',
        at,
      ),
      ...location(r.nameRef),
      table: '公开05',
    });
  }
}

export const completenessProjects: Rule = {
  id: 'completeness.projects',
  title: '一般公共预算财政拨款支出未逐项说明',
  description:
    '情况说明应对公开05的每个项写年初预算、决算、完成率，决算与预算不同的写原因；公开05的项没有说明或没有逐项说明为警告，某项缺完成率或原因为提示。',
  severity: 'warning',
  check(ctx, report) {
    const doc = completenessDoc(ctx);
    if (!doc) return;
    const nd = narrativeDoc(ctx);
    const items = nd.claims.items;
    const section = locate(doc, sectionOfFace(ctx, '项目说明', SECTION));
    const at =
      section.kind === 'found' ? section.scope.at : section.kind === 'empty' ? section.heading : null;
    const within = section.kind === 'found' ? section.scope : null;
    if (ctx.coded('公开05')) tableSide(ctx, doc, items, at, within, report);
    else if (items.length === 0) {
      const inSection =
        section.kind === 'found'
          ? nd.claims.completions.filter(
              (c) => c.budget.start >= section.scope.start && c.budget.start < section.scope.end,
            ).length
          : 0;
      if (inSection < 2)
        report(
          onNarrative(
            doc,
            '项目说明',
            '情况说明没有逐项（类、款、项）说明一般公共预算财政拨款支出的年初预算、决算、完成率及差异原因',
            'warning',
            at,
          ),
        );
    }
    for (let i = 0; i < items.length; i++) {
      const lacking = itemLacks(nd, doc, items, i);
      if (lacking.length === 0) continue;
      report(
        onNarrative(doc, '项目说明', `“${itemName(items[i])}”没有写${lacking.join('、')}`, 'info', items[i]),
      );
    }
  },
};
