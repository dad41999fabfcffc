/**
 * The 部门整体支出绩效自评表 pasted into the narrative (tab-separated rows) and the sentence that
 * states the same 全年预算数 and 执行数: "部门整体支出自评得分90，全年预算数1,049.22万元，执行数1,049.22万元".
 * Only the layout with 全年预算数 and 全年执行数 each split into 总额 | 财政拨款 | 其他资金 is read.
 */

import type { CompletionClaim, Span } from './claims';
import { compactKey } from './compact';
import { sentenceKey, type NarrativeDoc } from './document';

export interface SelfEvalCell extends Span {
  value: number;
  decimals: number;
}

export interface SelfEvalRow extends Span {
  /** The row's words before its figures: "任务1 人员经费". */
  name: string;
  budget: SelfEvalCell;
  actual: SelfEvalCell;
}

export interface SelfEvaluation {
  /** The table title line. */
  title: Span;
  tasks: SelfEvalRow[];
  total: SelfEvalRow;
  /** The sentence figures for the same 部门整体支出. */
  stated: CompletionClaim;
}

const NUMBER = /^[ \t]*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?[ \t]*$/;
const SUB_HEADER = ['总额', '财政拨款', '其他资金', '总额', '财政拨款', '其他资金'];
const MAX_LINES = 40;

interface Cell extends Span {
  text: string;
}

function cellsOf(text: string, start: number, end: number): Cell[] {
  const out: Cell[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '\t') {
      out.push({ start: from, end: i, text: text.slice(from, i) });
      from = i + 1;
    }
  }
  return out;
}

function lines(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++)
    if (i === text.length || text[i] === '\n') {
      out.push({ start, end: text[i - 1] === '\r' ? i - 1 : i });
      start = i + 1;
    }
  return out;
}

function rowOf(text: string, line: Span): SelfEvalRow | null {
  const cells = cellsOf(text, line.start, line.end);
  const figures: SelfEvalCell[] = [];
  const words: string[] = [];
  for (const c of cells) {
    const m = NUMBER.exec(c.text);
    if (m) {
      const lead = c.text.length - c.text.trimStart().length;
      const trimmed = c.text.trim();
      figures.push({
        start: c.start + lead,
        end: c.start + lead + trimmed.length,
        value: Number(trimmed.replace(/,/g, '')),
        decimals: m[2]?.length ?? 0,
      });
    } else if (figures.length === 0 && c.text.trim() !== '') words.push(c.text.trim());
  }
  if (figures.length < 6) return null;
  return {
    start: figures[0].start,
    end: figures[3].end,
    name: words.join(' '),
    budget: figures[0],
    actual: figures[3],
  };
}

/** The sentence stating 部门整体支出 全年预算数 and 执行数, as a completion claim. */
function statedTotals(doc: NarrativeDoc, completions: CompletionClaim[]): CompletionClaim | null {
  return (
    completions.find((c) => {
      const key = sentenceKey(doc, c.budget.sentence);
      return (
        /整体支出/.test(key) && !/项目/.test(key) && c.budget.unit === '万元' && c.actual.unit === '万元'
      );
    }) ?? null
  );
}

export function extractSelfEvaluations(doc: NarrativeDoc, completions: CompletionClaim[]): SelfEvaluation[] {
  if (!doc.text.includes('\t') || !doc.text.includes('自评表')) return [];
  const stated = statedTotals(doc, completions);
  if (!stated) return [];
  const out: SelfEvaluation[] = [];
  const all = lines(doc.text);
  for (let i = 0; i < all.length; i++) {
    if (!doc.text.slice(all[i].start, all[i].end).includes('自评表')) continue;
    const key = compactKey(doc.text, all[i].start, all[i].end);
    if (!/整体(?:支出)?绩效自评表$/.test(key)) continue;
    let header = false;
    let subHeader = false;
    const rows: SelfEvalRow[] = [];
    let total: SelfEvalRow | null = null;
    for (let j = i + 1; j < Math.min(all.length, i + MAX_LINES) && !total; j++) {
      const line = all[j];
      const text = doc.text.slice(line.start, line.end);
      const k = compactKey(doc.text, line.start, line.end);
      if (/自评表$/.test(k)) break;
      if (!header) {
        header = /全年预算数.*全年执行数/.test(k);
        continue;
      }
      if (!subHeader) {
        const words = text
          .split('\t')
          .map((c) => c.trim())
          .filter(Boolean);
        subHeader = SUB_HEADER.every((w, n) => words[n] === w);
        if (!subHeader) break;
        continue;
      }
      if (k === '') continue;
      const row = rowOf(doc.text, line);
      if (!row) break;
      if (/合计|总计/.test(row.name)) total = row;
      else rows.push(row);
    }
    if (total) out.push({ title: all[i], tasks: rows, total, stated });
  }
  return out;
}
