/**
 * One finding: its message, expected/actual, a link to each cell, and 忽略 / 取消忽略. A root cause carries
 * its consequences folded under it. The card is one stop of the list's roving focus: its own links and
 * buttons take Tab only while the card is the active one.
 */

import { DefaultButton, Link } from '@fluentui/react';
import { useState } from 'react';
import { SEVERITY_LABELS, type CellLocation, type Finding, type Report } from '../../core/report';
import { groupLabel, groupOf, type FindingEntry } from '../logic/findings-view';
import { ruleTitle } from '../../core/rule-catalog';
import { otherYearPlace } from '../../core/format/text';

export interface FindingActions {
  onSelect(target: CellLocation, related: CellLocation[]): void;
  onShowNarrative(finding: Finding): void;
  onIgnore(finding: Finding): void;
  onUnignore(finding: Finding): void;
  /** The report's tables, which name each table as its face does (表4 … in the central units' face). */
  tables?: Report['tables'];
}

interface Props extends FindingActions {
  entry: FindingEntry;
  /** The roving-focus key of this card. */
  navKey: string;
  activeKey: string | null;
  onActivate(navKey: string): void;
  /** Consequences shown (for a cause). */
  expanded: boolean;
  onExpand(navKey: string, open: boolean): void;
  /** This card is a consequence under its cause. */
  consequence?: boolean;
}

/** Related cells shown before the rest fold away: a total over 26 类 lists them all otherwise. */
const RELATED_SHOWN = 6;

function amount(n: number | undefined): string | null {
  return n === undefined
    ? null
    : n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 4 });
}

/** What Enter on a card does: go to its cell, else to its quote in the narrative. */
export function openFinding(f: Finding, actions: FindingActions): void {
  if (f.sheet && f.cell) actions.onSelect({ sheet: f.sheet, cell: f.cell }, f.related ?? []);
  else if (f.narrative) actions.onShowNarrative(f);
}

export function consequenceKey(causeKey: string, i: number): string {
  return `${causeKey}>${i}`;
}

export function FindingItem(props: Props) {
  const { entry, navKey, activeKey, onActivate, expanded, onExpand, consequence } = props;
  const f = entry.finding;
  const related = f.related ?? [];
  const [allRelated, setAllRelated] = useState(false);
  const shownRelated = allRelated ? related : related.slice(0, RELATED_SHOWN);
  const main = f.sheet && f.cell ? { sheet: f.sheet, cell: f.cell } : null;
  const active = navKey === activeKey;
  const tab = active ? 0 : -1;
  const cause = entry.consequences.length > 0;
  const figures = [
    ['应为', amount(f.expected)],
    ['实际', amount(f.actual)],
    ['差额', amount(f.difference)],
  ].filter((x): x is [string, string] => x[1] !== null);
  const classes = ['gj-finding', `gj-sev-${f.severity}`];
  if (entry.ignoredReason !== null) classes.push('gj-ignored');
  if (cause) classes.push('gj-cause');
  if (consequence) classes.push('gj-consequence');
  const label = `${SEVERITY_LABELS[f.severity]}：${f.message}`;
  return (
    <li className="gj-finding-item">
      <div
        className={classes.join(' ')}
        data-nav={navKey}
        tabIndex={tab}
        role="group"
        aria-label={label}
        onFocus={(e) => {
          if (e.target === e.currentTarget || !active) onActivate(navKey);
        }}
      >
        <div className="gj-finding-head">
          <span className={`gj-badge gj-badge-${f.severity}`}>{SEVERITY_LABELS[f.severity]}</span>
          <span className="gj-rule">{ruleTitle(f.rule)}</span>
          <span className="gj-where">{groupLabel(groupOf(f), props.tables ?? [])}</span>
        </div>
        <p className="gj-message">{f.message}</p>
        {figures.length > 0 && (
          <dl className="gj-figures">
            {figures.map(([name, value]) => (
              <div key={name}>
                <dt>{name}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        )}
        {f.narrative && (
          <blockquote className="gj-quote" data-start={f.narrative.start}>
            <Link onClick={() => props.onShowNarrative(f)} title="在情况说明中查看这段文字" tabIndex={tab}>
              {f.narrative.text}
            </Link>
          </blockquote>
        )}
        {f.otherYear && f.otherYear.length > 0 && (
          <p className="gj-other-year">上年：{f.otherYear.map(otherYearPlace).join('；')}</p>
        )}
        <div className="gj-cells">
          {f.pdf && (
            <span className="gj-pdf-page" title="这个数字在 PDF 中所在的页">{`第 ${f.pdf.page} 页`}</span>
          )}
          {main && (
            <Link
              className="gj-cell-link"
              onClick={() => props.onSelect(main, related)}
              title="选中这个单元格"
              tabIndex={tab}
            >
              {`${main.sheet}!${main.cell}`}
            </Link>
          )}
          {shownRelated.map((r) => (
            <Link
              key={`${r.sheet}!${r.cell}`}
              className="gj-cell-link gj-related"
              onClick={() => props.onSelect(r, main ? [main] : [])}
              title="选中相关单元格"
              tabIndex={tab}
            >
              {`${r.sheet}!${r.cell}`}
            </Link>
          ))}
          {related.length > RELATED_SHOWN && (
            <Link
              className="gj-more"
              onClick={() => setAllRelated(!allRelated)}
              aria-expanded={allRelated}
              tabIndex={tab}
            >
              {allRelated ? '收起' : `另有 ${related.length - RELATED_SHOWN} 个相关单元格…`}
            </Link>
          )}
        </div>
        <div className="gj-ignore-row">
          {cause && (
            <DefaultButton
              className="gj-small-button gj-consequences-toggle"
              aria-expanded={expanded}
              tabIndex={tab}
              onClick={() => onExpand(navKey, !expanded)}
              text={expanded ? '收起它引起的审核意见' : `它引起的 ${entry.consequences.length} 条审核意见…`}
            />
          )}
          {entry.ignoredReason !== null ? (
            <>
              <span className="gj-reason">已忽略：{entry.ignoredReason}</span>
              <DefaultButton
                text="取消忽略"
                onClick={() => props.onUnignore(f)}
                className="gj-small-button"
                tabIndex={tab}
              />
            </>
          ) : (
            !consequence && (
              <DefaultButton
                text="忽略…"
                onClick={() => props.onIgnore(f)}
                className="gj-small-button"
                tabIndex={tab}
              />
            )
          )}
        </div>
      </div>
      {cause && expanded && (
        <ul className="gj-consequences" aria-label="由它引起的审核意见">
          {entry.consequences.map((c, i) => (
            <FindingItem
              key={`${c.key}#${i}`}
              {...props}
              entry={c}
              navKey={consequenceKey(navKey, i)}
              expanded={false}
              consequence
            />
          ))}
        </ul>
      )}
    </li>
  );
}
