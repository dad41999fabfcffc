/** 公开完整性: each topic of the disclosure checklist, present / missing / weak, clickable to its place. */

import { Link } from '@fluentui/react';
import type { Finding } from '../../core/report';
import type { ChecklistItem } from '../logic/completeness';

interface Props {
  items: readonly ChecklistItem[] | null;
  onOpen(finding: Finding): void;
}

const STATUS: Record<ChecklistItem['status'], { mark: string; text: string }> = {
  present: { mark: '✓', text: '已公开' },
  missing: { mark: '✗', text: '缺失' },
  weak: { mark: '!', text: '不充分' },
  'n/a': { mark: '–', text: '不适用' },
};

export function CompletenessPanel({ items, onOpen }: Props) {
  if (!items) return <p className="gj-empty">先点“开始审核”，再查看公开完整性清单。</p>;
  if (items.length === 0) return <p className="gj-empty">本次审核没有公开完整性清单。</p>;
  return (
    <section className="gj-completeness" aria-label="公开完整性">
      <ul className="gj-checklist">
        {items.map((item) => (
          <li key={item.topic} className={`gj-check gj-check-${item.status.replace('/', '')}`}>
            <span className="gj-check-mark" aria-hidden="true">
              {STATUS[item.status].mark}
            </span>
            <span className="gj-check-topic">{item.topic}</span>
            {item.finding ? (
              <Link onClick={() => onOpen(item.finding!)} title={item.finding.message}>
                {STATUS[item.status].text}
              </Link>
            ) : (
              <span className="gj-check-status">{STATUS[item.status].text}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
