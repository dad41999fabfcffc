/** The cause rule: one wrong figure that every broken relation it takes part in points to. */

import { toA1 } from '../address';
import { formatAmount, round2 } from '../numbers';
import type { Finding } from '../report';
import type { CellLabel } from './labels';
import type { Quantity } from './relation';
import { likelySlip } from './slips';
import type { Candidate } from './solve';

export const singleCellCause = {
  id: 'cause.single-cell',
  title: '出错的单元格（根源）',
  description:
    '一个数填错，会使它所在的几条勾稽关系同时不平。若某一格改为某个值后，它所在的每条不平的关系都恢复平衡、原本成立的关系也不被破坏，且没有别的格能同样解释这些不平，就把这一格报为根源：给出它应有的数，并把由它引起的各条发现归到它名下。几格都能解释时不作猜测，只在发现中列出可能出错的格；若差额像是相邻两位数字颠倒、多打或少打一位、正负号错误，一并说明。',
  severity: 'error' as const,
};

export function amountText(q: Quantity, x: number): string {
  return q.decimals === 2 ? formatAmount(x) : round2(x).toFixed(q.decimals);
}

/** "公开05表!C14 2080505 机关事业单位基本养老保险缴费支出 小计", or a quoted narrative figure. */
export function quantityName(q: Quantity, labels: ReadonlyMap<string, CellLabel>): string {
  if (q.ref) {
    const label = labels.get(q.key)?.label;
    return `${q.ref.sheet}!${toA1(q.ref.row, q.ref.col)}${label ? ' ' + label : ''}`;
  }
  return `情况说明“${(q.span?.text ?? '').replace(/\s+/g, '')}”中的`;
}

export function causeMessage(
  c: Candidate<Finding>,
  count: number,
  labels: ReadonlyMap<string, CellLabel>,
): string {
  const q = c.quantity;
  const slip = likelySlip(q.value, c.value);
  const why =
    count > 1 ? `所在的 ${count} 条勾稽关系都因它不平` : '它所在的勾稽关系因它不平，改正后其余关系仍成立';
  return `${quantityName(q, labels)} ${amountText(q, q.value)} 应为 ${amountText(q, c.value)}：${why}${slip ? `（${slip}）` : ''}`;
}

const LISTED = 4;

/** What a broken relation no single figure explains says about the figures that could. */
export function candidatesNote(
  candidates: Array<Candidate<Finding>>,
  labels: ReadonlyMap<string, CellLabel>,
): string {
  if (candidates.length === 0) return '';
  const slips = candidates.map((c) => likelySlip(c.quantity.value, c.value));
  // A typing slip first, then corrections that keep the figure's sign, then the rest.
  const flips = (c: Candidate<Finding>) => c.value < 0 !== c.quantity.value < 0;
  const rank = (i: number) => (slips[i] ? 0 : flips(candidates[i]) ? 2 : 1);
  const order = candidates.map((c, i) => i).sort((a, b) => rank(a) - rank(b) || a - b);
  const listed = order.slice(0, LISTED).map((i) => {
    const c = candidates[i];
    const q = c.quantity;
    return `${quantityName(q, labels)} ${amountText(q, q.value)} 若为 ${amountText(q, c.value)}${slips[i] ? `（${slips[i]}）` : ''}`;
  });
  const more = candidates.length > LISTED ? ` 等 ${candidates.length} 格` : '';
  return candidates.length === 1
    ? `。可能出错的是 ${listed[0]} 即平`
    : `。无法确定是哪一格有误，以下任一格改正都能使其平衡：${listed.join('；')}${more}`;
}
