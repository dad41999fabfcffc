/**
 * The findings: errors first, then warnings, then tails (folded by default); filters by severity and rule,
 * and search. The list is one Tab stop: arrow keys move between the section headings and the cards, Enter
 * goes to a card's cell, → / ← unfold and fold.
 */

import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Checkbox, Dropdown, SearchBox, type IDropdownOption } from '@fluentui/react';
import { SEVERITY_LABELS, type Finding, type Severity } from '../../core/report';
import { SEVERITIES, buildFindingsView, sectionNote, type FindingFilter } from '../logic/findings-view';
import { FindingItem, consequenceKey, openFinding, type FindingActions } from './FindingItem';

interface Props extends FindingActions {
  findings: readonly Finding[];
  ignored: Readonly<Record<string, string>>;
  filter: FindingFilter;
  onFilter(filter: FindingFilter): void;
  /** Changed by the pane when focus should come back to the list (after 忽略, after a check). */
  focusToken?: number;
}

const ALL_RULES_KEY = '*';

function toggled(list: Severity[], s: Severity, on: boolean): Severity[] {
  const rest = list.filter((x) => x !== s);
  return on ? SEVERITIES.filter((x) => x === s || rest.includes(x)) : rest;
}

const sectionKey = (s: Severity) => `sec:${s}`;

export function FindingsPanel(props: Props) {
  const { findings, ignored, filter, onFilter, focusToken } = props;
  const view = useMemo(() => buildFindingsView(findings, ignored, filter), [findings, ignored, filter]);
  // Tails fold by default: errors and warnings come first and stay in sight.
  const [folded, setFolded] = useState<Record<string, boolean>>({ info: true });
  const [expanded, setExpanded] = useState<Record<string, boolean>>({});
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const lastIndex = useRef(0);
  const list = useRef<HTMLDivElement>(null);

  // The roving-focus stops in order: each section heading, then its cards (and unfolded consequences).
  const navKeys: string[] = [];
  for (const s of view.sections) {
    navKeys.push(sectionKey(s.severity));
    if (folded[s.severity]) continue;
    s.entries.forEach((e, i) => {
      const key = `${s.severity}:${e.key}#${i}`;
      navKeys.push(key);
      if (expanded[key]) e.consequences.forEach((_c, j) => navKeys.push(consequenceKey(key, j)));
    });
  }
  const found = activeKey ? navKeys.indexOf(activeKey) : -1;
  if (found >= 0) lastIndex.current = found;
  // When the active card left the list (忽略, a filter), the card now in its place takes over.
  const current = found >= 0 ? activeKey : (navKeys[Math.min(lastIndex.current, navKeys.length - 1)] ?? null);

  const focusKey = (key: string | null) => {
    if (!key || !list.current) return;
    setActiveKey(key);
    const all = list.current.querySelectorAll<HTMLElement>('[data-nav]');
    for (const el of Array.from(all)) if (el.getAttribute('data-nav') === key) el.focus();
  };

  useEffect(() => {
    if (!focusToken) return;
    focusKey(current);
    // Only a new token moves focus; the list's own changes do not.
  }, [focusToken]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    const key = target.getAttribute('data-nav');
    if (!key) return; // keys inside a card's links and buttons keep their usual meaning
    const i = navKeys.indexOf(key);
    const go = (j: number) => {
      e.preventDefault();
      focusKey(navKeys[Math.max(0, Math.min(navKeys.length - 1, j))]);
    };
    const section = key.startsWith('sec:') ? (key.slice(4) as Severity) : null;
    const entry = section ? null : entryOf(key);
    switch (e.key) {
      case 'ArrowDown':
        return go(i + 1);
      case 'ArrowUp':
        return go(i - 1);
      case 'Home':
        return go(0);
      case 'End':
        return go(navKeys.length - 1);
      case 'ArrowRight':
        e.preventDefault();
        if (section) setFolded({ ...folded, [section]: false });
        else if (entry && entry.consequences.length) setExpanded({ ...expanded, [key]: true });
        return;
      case 'ArrowLeft':
        e.preventDefault();
        if (section) setFolded({ ...folded, [section]: true });
        else if (entry && entry.consequences.length) setExpanded({ ...expanded, [key]: false });
        return;
      case 'Enter':
        if (entry) {
          e.preventDefault();
          openFinding(entry.finding, props);
        }
        return;
    }
  };

  function entryOf(key: string) {
    const [top, sub] = key.split('>');
    const sev = top.split(':')[0] as Severity;
    const index = Number(top.slice(top.lastIndexOf('#') + 1));
    const section = view.sections.find((s) => s.severity === sev);
    const e = section ? section.entries[index] : undefined;
    return e && sub !== undefined ? e.consequences[Number(sub)] : e;
  }

  const ruleOptions: IDropdownOption[] = [
    { key: ALL_RULES_KEY, text: '全部规则' },
    ...view.rules.map((r) => ({ key: r.id, text: `${r.title}（${r.count}）` })),
  ];
  return (
    <section className="gj-findings" aria-label="审核意见">
      <div className="gj-filters">
        <div className="gj-severity-filter" role="group" aria-label="按级别筛选">
          {SEVERITIES.map((s) => (
            <Checkbox
              key={s}
              label={`${SEVERITY_LABELS[s]} ${view.totals[s]}`}
              checked={filter.severities.includes(s)}
              onChange={(_e, on) => onFilter({ ...filter, severities: toggled(filter.severities, s, !!on) })}
              className={`gj-sev-check gj-sev-check-${s}`}
            />
          ))}
        </div>
        <Dropdown
          ariaLabel="按规则筛选"
          options={ruleOptions}
          selectedKey={filter.rule ?? ALL_RULES_KEY}
          onChange={(_e, o) =>
            onFilter({ ...filter, rule: !o || o.key === ALL_RULES_KEY ? null : String(o.key) })
          }
          className="gj-rule-filter"
          // Narrow panes: a rule's title and count wrap rather than being cut off.
          styles={{
            dropdownItem: { height: 'auto', minHeight: 32, padding: '4px 8px' },
            dropdownItemSelected: { height: 'auto', minHeight: 32, padding: '4px 8px' },
            dropdownOptionText: { whiteSpace: 'normal', overflow: 'visible', lineHeight: '18px' },
          }}
        />
        <SearchBox
          placeholder="搜索：文字、单元格、规则"
          ariaLabel="搜索审核意见"
          clearButtonProps={{ ariaLabel: '清除搜索文字', title: '清除搜索文字' }}
          value={filter.search}
          onChange={(_e, v) => onFilter({ ...filter, search: v ?? '' })}
          onClear={() => onFilter({ ...filter, search: '' })}
        />
        {view.ignored > 0 && (
          <Checkbox
            label={`显示已忽略的 ${view.ignored} 条`}
            checked={filter.showIgnored}
            onChange={(_e, on) => onFilter({ ...filter, showIgnored: !!on })}
          />
        )}
      </div>
      <p className="gj-shown" aria-live="polite">
        {view.shown === 0
          ? '没有符合筛选条件的审核意见'
          : `显示 ${view.shown} 条（方向键逐条移动，回车定位）`}
      </p>
      <div className="gj-list" ref={list} onKeyDown={onKeyDown}>
        {view.sections.map((s) => {
          const key = sectionKey(s.severity);
          const isFolded = !!folded[s.severity];
          const note = sectionNote(s);
          return (
            <div key={s.severity} className={`gj-section gj-section-${s.severity}`}>
              <h3 className="gj-section-head">
                <button
                  type="button"
                  className={`gj-section-toggle gj-sev-${s.severity}`}
                  data-nav={key}
                  tabIndex={key === current ? 0 : -1}
                  aria-expanded={!isFolded}
                  onFocus={() => setActiveKey(key)}
                  onClick={() => setFolded({ ...folded, [s.severity]: !isFolded })}
                >
                  <span className="gj-chevron" aria-hidden="true">
                    {isFolded ? '▸' : '▾'}
                  </span>
                  {SEVERITY_LABELS[s.severity]}（{s.entries.length}）
                  {note && <span className="gj-section-note">{note}</span>}
                </button>
              </h3>
              {!isFolded && (
                <ul className="gj-finding-list">
                  {s.entries.map((e, i) => {
                    const navKey = `${s.severity}:${e.key}#${i}`;
                    return (
                      <FindingItem
                        key={navKey}
                        entry={e}
                        navKey={navKey}
                        activeKey={current}
                        onActivate={setActiveKey}
                        expanded={!!expanded[navKey]}
                        onExpand={(k, open) => setExpanded({ ...expanded, [k]: open })}
                        onSelect={props.onSelect}
                        onShowNarrative={props.onShowNarrative}
                        onIgnore={props.onIgnore}
                        onUnignore={props.onUnignore}
                        tables={props.tables}
                      />
                    );
                  })}
                </ul>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
