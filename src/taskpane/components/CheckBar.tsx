/**
 * 开始审核 with its progress, what the last check found (or that nothing could be checked), 清除标记 and
 * what it did. The counts are the summary of the list: accepted findings and consequences left out.
 */

import { useEffect, useRef, useState } from 'react';
import { DefaultButton, PrimaryButton, ProgressIndicator, type IButton } from '@fluentui/react';
import type { Report, Severity } from '../../core/report';
import type { CheckProgress } from '../logic/run-check';
import { useToastSpace } from './use-toast-space';

interface Props {
  busy: boolean;
  progress: CheckProgress | null;
  report: Report | null;
  /** Counts of the findings the user still has to look at (not accepted, causes not consequences). */
  counts: Record<Severity, number> | null;
  /** The tails (提示) are counted but not shown in the list (设置: 显示提示 off). */
  tailsHidden?: boolean;
  /** Something to check: a workbook or a narrative. */
  canCheck: boolean;
  canClear: boolean;
  stale: boolean;
  /** What the last action did (清除标记…). */
  status: string | null;
  /** Changed by the page when 开始审核 should take the focus (after a workbook was loaded). */
  focusToken?: number;
  onCheck(): void;
  onClear(): void;
}

/** What was checked: null when something was, else why nothing was (no table recognised, no narrative). */
export function nothingChecked(report: Report): string | null {
  const tables = report.checked ? report.checked.tables : report.tables.length > 0;
  const narrative = report.checked ? report.checked.narrative : false;
  if (tables || narrative) return null;
  if (report.workbook)
    return `未审核：在“${report.workbook}”中没有识别到公开表（公开01–09），也没有情况说明。请确认打开的是部门决算公开表，或在“识别到的表格”中指定工作表对应的表。`;
  return '未审核：没有打开工作簿，也没有情况说明。请先打开 .xlsx 公开表或粘贴情况说明。';
}

export function CheckBar(props: Props) {
  const { busy, progress, report, counts, tailsHidden, canCheck, canClear, stale, status, focusToken } =
    props;
  const button = useRef<IButton>(null);
  const [dismissed, setDismissed] = useState<string | null>(null);
  useEffect(() => setDismissed(null), [status]);
  const shown = !!status && status !== dismissed;
  const toasts = useRef<HTMLDivElement>(null);
  useToastSpace(toasts, `${shown ? status : ''}|${!busy && stale}`);
  useEffect(() => {
    if (focusToken) button.current?.focus();
  }, [focusToken]);
  const empty = report ? nothingChecked(report) : null;
  const tablesOnlyMissing =
    report && !empty && report.checked && !report.checked.tables && report.workbook !== null;
  return (
    <div className="gj-checkbar">
      <div className="gj-row">
        <PrimaryButton
          componentRef={button}
          text={report ? '重新审核' : '开始审核'}
          onClick={() => !busy && canCheck && props.onCheck()}
          disabled={busy || !canCheck}
          // Keep focus on the button while it is busy: it must not fall to the page.
          allowDisabledFocus
          data-testid="check-button"
          title={canCheck ? undefined : '先打开工作簿或粘贴情况说明'}
        />
        <DefaultButton text="清除标记" onClick={props.onClear} disabled={busy || !canClear} />
      </div>
      {busy && progress && (
        <ProgressIndicator
          label={progress.label}
          percentComplete={progress.fraction}
          ariaValueText={progress.label}
        />
      )}
      {/* The live regions stay mounted and only their content changes: a region inserted together with
          its text is often not announced. */}
      <div className="gj-live" role="status" data-testid="summary-region">
        {!busy && report && empty && (
          <p className="gj-summary gj-nothing" data-testid="summary">
            {empty}
          </p>
        )}
        {!busy && report && !empty && counts && (
          <p className="gj-summary" data-testid="summary">
            {report.year ? `${report.year} 年度，` : ''}错误 <b className="gj-n-error">{counts.error}</b>
            ，警告 <b className="gj-n-warning">{counts.warning}</b>，提示{' '}
            <b className="gj-n-info">{counts.info}</b>
            {tailsHidden && counts.info > 0 ? '（提示未显示，可在“设置”中打开）' : ''}
            {tablesOnlyMissing ? '（没有识别到公开表，只审核了情况说明）' : ''}
          </p>
        )}
      </div>
      {/* What an action did and that the results are stale are shown where the user is, whatever part of
          the pane or the page is scrolled into view: at the bottom of the window, below the page (which ends
          above them while they show, so that they cover none of its controls). */}
      <div className="gj-toasts" ref={toasts}>
        {!busy && stale && <p className="gj-stale">工作表或设置已修改，结果可能已过时，请重新审核。</p>}
        <div className={`gj-toast${shown ? '' : ' gj-toast-empty'}`}>
          <div className="gj-live" role="status" data-testid="status-region">
            {shown && (
              <p className="gj-status" data-testid="status">
                {status}
              </p>
            )}
          </div>
          {shown && (
            <button
              type="button"
              className="gj-toast-close"
              aria-label="关闭提示"
              title="关闭"
              onClick={() => setDismissed(status)}
            >
              ×
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
