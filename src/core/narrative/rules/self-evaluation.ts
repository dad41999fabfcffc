import { round2 } from '../../numbers';
import type { Rule, RuleContext } from '../../rules/rule';
import type { NarrativeAmount, NarrativeDoc } from '../document';
import { meets, printed, type Interval } from '../interval';
import type { SelfEvalCell, SelfEvalRow, SelfEvaluation } from '../self-evaluation';
import { tableFigure } from '../table-figures';
import { formatAmount, intervalOf, inWan, narrativeOf, quote, span } from './shared';

/** Only a difference beyond rounding and beyond a cent (a truncated 0.005) is a contradiction. */
function differs(a: Interval, av: number, b: Interval, bv: number): boolean {
  return !meets(a, b) && Math.abs(av - bv) > 0.01 + 1e-9;
}

const cellInterval = (c: SelfEvalCell): Interval => printed(c.value, c.decimals);
const cellText = (c: SelfEvalCell): string => c.value.toFixed(c.decimals);

interface Component {
  what: string;
  interval: Interval;
  value: number;
}

/** 基本支出 and 项目支出: the parts the tasks of a 部门整体 table usually split the total into. */
function components(ctx: RuleContext, doc: NarrativeDoc): Component[] {
  const out: Component[] = [];
  for (const [subject, what] of [
    ['expense.basic', '基本支出'],
    ['expense.project', '项目支出'],
  ] as const) {
    const stated = doc.claims.figures.find((f) => f.subject === subject)?.amount;
    const tf = tableFigure(ctx, subject);
    if (stated) out.push({ what, interval: intervalOf(stated), value: inWan(stated) });
    else if (tf)
      out.push({ what, interval: { lo: tf.value - 0.005, hi: tf.value + 0.005 }, value: tf.value });
  }
  return out;
}

function rowName(row: SelfEvalRow): string {
  return row.name.split(' ').slice(0, 2).join(' ');
}

/** With two tasks, one equal to 基本支出 or 项目支出, the other must be the other part. */
function wrongTask(
  ctx: RuleContext,
  doc: NarrativeDoc,
  e: SelfEvaluation,
): { row: SelfEvalRow; expected: Component; matched: SelfEvalRow; matchedWhat: string } | null {
  const parts = components(ctx, doc);
  if (e.tasks.length !== 2 || parts.length !== 2) return null;
  for (let i = 0; i < 2; i++) {
    const [row, other] = [e.tasks[i], e.tasks[1 - i]];
    for (let k = 0; k < 2; k++) {
      const [fits, rest] = [parts[k], parts[1 - k]];
      if (!meets(cellInterval(other.actual), fits.interval)) continue;
      if (!differs(cellInterval(row.actual), row.actual.value, rest.interval, rest.value)) return null;
      return { row, expected: rest, matched: other, matchedWhat: fits.what };
    }
  }
  return null;
}

export const narrativeSelfEvaluation: Rule = {
  id: 'narrative.self-evaluation',
  title: '绩效自评表中的金额与情况说明（公开表）不一致',
  description:
    '部门整体支出绩效自评表的“金额合计”全年预算数、全年执行数，应与情况说明中部门整体支出的全年预算数、执行数一致；合计不符而一项任务与基本支出或项目支出相符时，另一项任务应等于另一部分，不等时一并提示。相差在一分以内视为舍位。',
  severity: 'warning',
  check(ctx, report) {
    const doc = narrativeOf(ctx);
    if (!doc) return;
    for (const e of doc.claims.selfEvaluations) {
      const pairs: Array<[SelfEvalCell, NarrativeAmount, string]> = [
        [e.total.budget, e.stated.budget, '全年预算数'],
        [e.total.actual, e.stated.actual, '全年执行数'],
      ];
      const wrong = pairs.filter(([cell, amount]) =>
        differs(cellInterval(cell), cell.value, intervalOf(amount), inWan(amount)),
      );
      if (wrong.length === 0) continue;
      report({
        message: `${quote(doc, e.title.start, e.title.end)}“${rowName(e.total)}”${wrong.map(([c, a, what]) => `${what} ${cellText(c)} 万元，与情况说明${quote(doc, a.labelStart, a.end)}相差 ${formatAmount(Math.abs(round2(inWan(a) - c.value)))} 万元`).join('；')}`,
        narrative: span(doc, e.total.start, e.total.end),
        expected: inWan(wrong[0][1]),
        actual: wrong[0][0].value,
      });
      const task = wrongTask(ctx, doc, e);
      if (!task) continue;
      report({
        message: `${quote(doc, e.title.start, e.title.end)}“${rowName(task.row)}”全年执行数 ${cellText(task.row.actual)} 万元：“${rowName(task.matched)}”${cellText(task.matched.actual)} 万元与${task.matchedWhat}相符，此项应为${task.expected.what} ${formatAmount(task.expected.value)} 万元（相差 ${formatAmount(Math.abs(round2(task.expected.value - task.row.actual.value)))} 万元）`,
        narrative: span(doc, task.row.start, task.row.end),
        expected: task.expected.value,
        actual: task.row.actual.value,
      });
    }
  },
};
