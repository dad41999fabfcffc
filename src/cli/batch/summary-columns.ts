/**
 * The columns of the 汇总 sheet, one row per workbook. Completeness topics (九张表, 空表说明, 细化到项 …)
 * get one column each from the completeness checklist: see completenessColumns.
 */

import path from 'path';
import { COMPLETENESS_TOPICS, completenessChecklist, type ChecklistStatus } from '../../core/completeness';
import type { Report } from '../../core/report';
import { SEVERITY_LABELS } from '../../core/report';
import { TABLE_IDS } from '../../core/tables/model';
import { isTail, worstFinding, type JobResult } from './check-job';

export type SummaryValue = string | number | { text: string; hyperlink: string } | null;

export interface SummaryColumn {
  header: string;
  width: number;
  value(result: JobResult, summaryDir: string): SummaryValue;
}

const count = (r: Report | null, f: (x: Report['findings'][number]) => boolean) =>
  r ? r.findings.filter(f).length : null;

export const BASE_COLUMNS: SummaryColumn[] = [
  { header: '文件', width: 36, value: (r) => r.job.name },
  { header: '部门', width: 24, value: (r) => r.department },
  { header: '年度', width: 8, value: (r) => r.report?.year ?? null },
  {
    header: '状态',
    width: 40,
    value: (r) => (r.reason ? `无法审核：${r.reason}` : r.report!.summary.error > 0 ? '有错误' : '通过'),
  },
  {
    header: '识别到的表',
    width: 10,
    value: (r) => (r.report ? new Set(r.report.tables.map((t) => t.id)).size : null),
  },
  {
    header: '缺少的表',
    width: 16,
    value: (r) => {
      if (!r.report) return null;
      const found = new Set(r.report.tables.map((t) => t.id));
      return TABLE_IDS.filter((id) => !found.has(id)).join('、');
    },
  },
  { header: '错误', width: 6, value: (r) => r.report?.summary.error ?? null },
  { header: '警告', width: 6, value: (r) => r.report?.summary.warning ?? null },
  { header: '尾差', width: 6, value: (r) => count(r.report, isTail) },
  { header: '其他提示', width: 8, value: (r) => count(r.report, (f) => f.severity === 'info' && !isTail(f)) },
  {
    header: '情况说明',
    width: 10,
    value: (r) => (r.narrativeSource === 'file' ? '已附' : r.narrativeSource === 'sheet' ? '表内' : '未附'),
  },
  { header: '跨年', width: 40, value: (r) => (r.report ? (r.acrossYears ?? null) : null) },
  {
    header: '最严重的问题',
    width: 80,
    value: (r) => {
      const f = r.report ? worstFinding(r.report) : null;
      if (!f) return null;
      const where = f.sheet && f.cell ? `${f.sheet}!${f.cell} ` : '';
      return `【${SEVERITY_LABELS[f.severity]}】${where}${f.message}`;
    },
  },
  {
    header: '标注副本',
    width: 30,
    value: (r, dir) =>
      r.annotated
        ? {
            text: path.basename(r.annotated),
            hyperlink: path.relative(dir, r.annotated).split(path.sep).join('/'),
          }
        : null,
  },
];

const CHECKLIST_LABELS: Record<ChecklistStatus, string> = {
  present: '有',
  missing: '缺',
  weak: '不足',
  'n/a': '未审',
};

/**
 * One column per completeness topic (九张表, 空表说明, 细化到项 …), from the completeness checklist of
 * each report: 有 / 缺 / 不足, or 未审 when the input it is judged from (the narrative) was not given.
 */
export function completenessColumns(): SummaryColumn[] {
  return COMPLETENESS_TOPICS.map((topic) => ({
    header: topic,
    width: 8,
    value: (r: JobResult) => {
      if (!r.report) return null;
      const entry = completenessChecklist(r.report).find((e) => e.topic === topic);
      return entry ? CHECKLIST_LABELS[entry.status] : null;
    },
  }));
}
