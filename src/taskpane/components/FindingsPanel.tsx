/** The findings, grouped by table and severity with counts; filter by severity and rule, and search. */

import { useMemo, useState } from 'react';
import { Checkbox, Dropdown, SearchBox, type IDropdownOption } from '@fluentui/react';
import { SEVERITY_LABELS, type CellLocation, type Finding, type Severity } from '../../core/report';
import { SEVERITIES, buildFindingsView, type FindingFilter, type FindingGroup } from '../logic/findings-view';
import { FindingItem } from './FindingItem';

interface Props {
  findings: readonly Finding[];
  ignored: Readonly<Record<string, string>>;
  filter: FindingFilter;
  onFilter(filter: FindingFilter): void;
  onSelect(target: CellLocation, related: CellLocation[]): void;
  onShowNarrative(finding: Finding): void;
  onIgnore(finding: Finding): void;
  onUnignore(finding: Finding): void;
}

const ALL_RULES_KEY = '*';

function toggled(list: Severity[], s: Severity, on: boolean): Severity[] {
  const rest = list.filter((x) => x !== s);
  return on ? SEVERITIES.filter((x) => x === s || rest.includes(x)) : rest;
}

function GroupCounts({ counts }: { counts: Record<Severity, number> }) {
  return (
    <span className="gj-counts">
      {SEVERITIES.filter((s) => counts[s] > 0).map((s) => (
        <span key={s} className={`gj-count gj-count-${s}`}>
          {SEVERITY_LABELS[s]} {counts[s]}
        </span>
      ))}
    </span>
  );
}

export function FindingsPanel(props: Props) {
  const { findings, ignored, filter, onFilter } = props;
  const view = useMemo(() => buildFindingsView(findings, ignored, filter), [findings, ignored, filter]);
  const [collapsed, setCollapsed] = useState<Record<string, boolean>>({});
  const ruleOptions: IDropdownOption[] = [
    { key: ALL_RULES_KEY, text: '全部规则' },
    ...view.rules.map((r) => ({ key: r.id, text: `${r.title}（${r.count}）`, title: r.id })),
  ];
  const toggleGroup = (g: FindingGroup) => setCollapsed({ ...collapsed, [g.id]: !collapsed[g.id] });
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
        />
        <SearchBox
          placeholder="搜索：文字、单元格、规则"
          ariaLabel="搜索审核意见"
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
        {view.shown === 0 ? '没有符合筛选条件的审核意见' : `显示 ${view.shown} 条`}
      </p>
      {view.groups.map((g) => (
        <div key={g.id} className="gj-group">
          <h3 className="gj-group-title">
            <button
              type="button"
              className="gj-group-toggle"
              aria-expanded={!collapsed[g.id]}
              onClick={() => toggleGroup(g)}
            >
              <span className="gj-chevron" aria-hidden="true">
                {collapsed[g.id] ? '▸' : '▾'}
              </span>
              <span className="gj-group-name">{g.title}</span>
              <GroupCounts counts={g.counts} />
            </button>
          </h3>
          {!collapsed[g.id] &&
            g.sections.map((s) => (
              <div key={s.severity} className="gj-section">
                <h4 className={`gj-section-title gj-sev-${s.severity}`}>
                  {SEVERITY_LABELS[s.severity]}（{s.entries.length}）
                </h4>
                <ul className="gj-finding-list">
                  {s.entries.map((e, i) => (
                    <FindingItem
                      key={`${e.key}#${i}`}
                      entry={e}
                      onSelect={props.onSelect}
                      onShowNarrative={props.onShowNarrative}
                      onIgnore={props.onIgnore}
                      onUnignore={props.onUnignore}
                    />
                  ))}
                </ul>
              </div>
            ))}
        </div>
      ))}
    </section>
  );
}
