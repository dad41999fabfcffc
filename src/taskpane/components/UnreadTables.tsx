/**
 * Tables read only in part, or not at all (rule table.unreadable), shown at the top of the results above
 * the grouped findings: what was not understood is not checked, and the user should know that first.
 */

import { Link, MessageBar, MessageBarType } from '@fluentui/react';
import { findingKey } from '../../core/marks';
import type { CellLocation, Finding } from '../../core/report';

export const UNREADABLE_RULE = 'table.unreadable';

interface Props {
  findings: readonly Finding[];
  ignored: Readonly<Record<string, string>>;
  onSelect(target: CellLocation): void;
}

/** The table.unreadable findings the user has not accepted (忽略), in report order. */
export function unreadTables(
  findings: readonly Finding[],
  ignored: Readonly<Record<string, string>>,
): Finding[] {
  return findings.filter((f) => f.rule === UNREADABLE_RULE && !(findingKey(f) in ignored));
}

export function UnreadTables({ findings, ignored, onSelect }: Props) {
  const unread = unreadTables(findings, ignored);
  if (unread.length === 0) return null;
  return (
    <section className="gj-unread" aria-label="未能完全识别的表格">
      <MessageBar messageBarType={MessageBarType.warning} isMultiline>
        <strong>有 {unread.length} 张表格未能完全识别，未读懂的部分没有核对：</strong>
        <ul className="gj-unread-list">
          {unread.map((f, i) => (
            <li key={`${findingKey(f)}#${i}`}>
              {f.message}
              {f.sheet && f.cell && (
                <>
                  {' '}
                  <Link onClick={() => onSelect({ sheet: f.sheet!, cell: f.cell! })}>
                    {`${f.sheet}!${f.cell}`}
                  </Link>
                </>
              )}
            </li>
          ))}
        </ul>
        请检查表头，或在下方“识别到的表格”中把该表指定为正确的表、选择正确的格式。
      </MessageBar>
    </section>
  );
}
