/** 开始审核 with its progress, the counts of the last check, and 清除标记. */

import { DefaultButton, PrimaryButton, ProgressIndicator } from '@fluentui/react';
import type { Report } from '../../core/report';
import type { CheckProgress } from '../logic/run-check';

interface Props {
  busy: boolean;
  progress: CheckProgress | null;
  report: Report | null;
  canClear: boolean;
  stale: boolean;
  onCheck(): void;
  onClear(): void;
}

export function CheckBar({ busy, progress, report, canClear, stale, onCheck, onClear }: Props) {
  return (
    <div className="gj-checkbar">
      <div className="gj-row">
        <PrimaryButton text={report ? '重新审核' : '开始审核'} onClick={onCheck} disabled={busy} />
        <DefaultButton text="清除标记" onClick={onClear} disabled={busy || !canClear} />
      </div>
      {busy && progress && (
        <ProgressIndicator
          label={progress.label}
          percentComplete={progress.fraction}
          ariaValueText={progress.label}
        />
      )}
      {!busy && stale && <p className="gj-stale">工作表已修改，结果可能已过时，请重新审核。</p>}
      {!busy && report && (
        <p className="gj-summary" aria-live="polite" data-testid="summary">
          {report.year ? `${report.year} 年度，` : ''}错误{' '}
          <b className="gj-n-error">{report.summary.error}</b>，警告{' '}
          <b className="gj-n-warning">{report.summary.warning}</b>，提示{' '}
          <b className="gj-n-info">{report.summary.info}</b>
        </p>
      )}
    </div>
  );
}
