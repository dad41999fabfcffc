/**
 * 公开完整性: each topic of the disclosure checklist, present / missing / weak, clickable to its place. A topic
 * whose input was not given reads 未检查 with the reason, never 不适用 (which would look like a pass).
 */

import { Link } from '@fluentui/react';
import { TOPIC_SOURCE } from '../../core/completeness/topics';
import type { Finding } from '../../core/report';
import type { ChecklistItem } from '../logic/completeness';

interface Props {
  items: readonly ChecklistItem[] | null;
  /** What the last check read: the tables, the narrative. */
  checked: { tables: boolean; narrative: boolean } | null;
  onOpen(finding: Finding): void;
}

const STATUS: Record<Exclude<ChecklistItem['status'], 'n/a'>, { mark: string; text: string }> = {
  present: { mark: '✓', text: '已公开' },
  missing: { mark: '✗', text: '缺失' },
  weak: { mark: '!', text: '不充分' },
};

/** Why a topic was not judged: its input was not given. */
export function notCheckedText(
  item: ChecklistItem,
  checked: { tables: boolean; narrative: boolean } | null,
): string {
  const source = TOPIC_SOURCE[item.topic];
  const tables = checked ? checked.tables : false;
  const narrative = checked ? checked.narrative : false;
  if (source === 'narrative' || (source === 'either' && tables)) return '未检查（未提供情况说明）';
  if (source === 'tables' || (source === 'either' && narrative)) return '未检查（未识别到公开表）';
  return '未检查（未识别到公开表，也未提供情况说明）';
}

export function CompletenessPanel({ items, checked, onOpen }: Props) {
  if (!items) return <p className="gj-empty">先点“开始审核”，再查看公开完整性清单。</p>;
  if (items.length === 0) return <p className="gj-empty">本次审核没有公开完整性清单。</p>;
  return (
    <section className="gj-completeness" aria-label="公开完整性">
      <ul className="gj-checklist">
        {items.map((item) => {
          const unchecked = item.status === 'n/a';
          const cls = unchecked ? 'gj-check-unchecked' : `gj-check-${item.status}`;
          const text = unchecked ? notCheckedText(item, checked) : STATUS[item.status as 'present'].text;
          return (
            <li key={item.topic} className={`gj-check ${cls}`}>
              <span className="gj-check-mark" aria-hidden="true">
                {unchecked ? '?' : STATUS[item.status as 'present'].mark}
              </span>
              <span className="gj-check-topic">{item.topic}</span>
              {item.finding ? (
                <Link onClick={() => onOpen(item.finding!)} title={item.finding.message}>
                  {text}
                </Link>
              ) : (
                <span className="gj-check-status">{text}</span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
