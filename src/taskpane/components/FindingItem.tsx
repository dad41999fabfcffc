/** One finding: its message, expected/actual, a link to each cell, and 忽略 / 取消忽略. */

import { DefaultButton, Link } from '@fluentui/react';
import { useState } from 'react';
import { SEVERITY_LABELS, type CellLocation, type Finding } from '../../core/report';
import type { FindingEntry } from '../logic/findings-view';
import { ruleTitle } from '../logic/rule-list';

interface Props {
  entry: FindingEntry;
  onSelect(target: CellLocation, related: CellLocation[]): void;
  onShowNarrative(finding: Finding): void;
  onIgnore(finding: Finding): void;
  onUnignore(finding: Finding): void;
}

/** Related cells shown before the rest fold away: a total over 26 类 lists them all otherwise. */
const RELATED_SHOWN = 6;

function amount(n: number | undefined): string | null {
  return n === undefined
    ? null
    : n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 4 });
}

export function FindingItem({ entry, onSelect, onShowNarrative, onIgnore, onUnignore }: Props) {
  const f = entry.finding;
  const related = f.related ?? [];
  const [allRelated, setAllRelated] = useState(false);
  const shownRelated = allRelated ? related : related.slice(0, RELATED_SHOWN);
  const main = f.sheet && f.cell ? { sheet: f.sheet, cell: f.cell } : null;
  const figures = [
    ['应为', amount(f.expected)],
    ['实际', amount(f.actual)],
    ['差额', amount(f.difference)],
  ].filter((x): x is [string, string] => x[1] !== null);
  return (
    <li className={`gj-finding gj-sev-${f.severity}${entry.ignoredReason !== null ? ' gj-ignored' : ''}`}>
      <div className="gj-finding-head">
        <span className={`gj-badge gj-badge-${f.severity}`}>{SEVERITY_LABELS[f.severity]}</span>
        <span className="gj-rule" title={f.rule}>
          {ruleTitle(f.rule)}
        </span>
      </div>
      <p className="gj-message">{f.message}</p>
      {figures.length > 0 && (
        <dl className="gj-figures">
          {figures.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      {f.narrative && (
        <blockquote className="gj-quote">
          <Link onClick={() => onShowNarrative(f)} title="在情况说明中查看这段文字">
            {f.narrative.text}
          </Link>
        </blockquote>
      )}
      <div className="gj-cells">
        {main && (
          <Link className="gj-cell-link" onClick={() => onSelect(main, related)} title="选中这个单元格">
            {`${main.sheet}!${main.cell}`}
          </Link>
        )}
        {shownRelated.map((r) => (
          <Link
            key={`${r.sheet}!${r.cell}`}
            className="gj-cell-link gj-related"
            onClick={() => onSelect(r, main ? [main] : [])}
            title="选中相关单元格"
          >
            {`${r.sheet}!${r.cell}`}
          </Link>
        ))}
        {related.length > RELATED_SHOWN && (
          <Link className="gj-more" onClick={() => setAllRelated(!allRelated)} aria-expanded={allRelated}>
            {allRelated ? '收起' : `另有 ${related.length - RELATED_SHOWN} 个相关单元格…`}
          </Link>
        )}
      </div>
      {entry.ignoredReason !== null ? (
        <div className="gj-ignore-row">
          <span className="gj-reason">已忽略：{entry.ignoredReason}</span>
          <DefaultButton text="取消忽略" onClick={() => onUnignore(f)} className="gj-small-button" />
        </div>
      ) : (
        <div className="gj-ignore-row">
          <DefaultButton text="忽略…" onClick={() => onIgnore(f)} className="gj-small-button" />
        </div>
      )}
    </li>
  );
}
