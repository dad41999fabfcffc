/** What a host had to guess or could not read (an encoding, a hidden sheet), added to the report as findings. */

import { summarize, type Report } from '../core/report';

export const NOTICE_RULE = 'input.notice';

export function withNotices(report: Report, notices: readonly string[]): Report {
  if (notices.length === 0) return report;
  const start = report.findings.length;
  const findings = [
    ...notices.map((message, i) => ({
      id: `f${start + i + 1}`,
      rule: NOTICE_RULE,
      severity: 'warning' as const,
      message,
    })),
    ...report.findings,
  ];
  return { ...report, findings, summary: summarize(findings) };
}
