/** Settings kept in the document: the fiscal year, which rules run, and whether tails (提示) are shown. */

import { useState } from 'react';
import { Checkbox, TextField, Toggle } from '@fluentui/react';
import { ALL_RULES, type RuleInfo } from '../../core/rule-catalog';
import { parseYearInput, toggleRule, type PaneSettings } from '../logic/settings';

interface Props {
  settings: PaneSettings;
  onChange(settings: PaneSettings): void;
}

export function SettingsPanel({ settings, onChange }: Props) {
  const [yearText, setYearText] = useState(settings.year === null ? '' : String(settings.year));
  const [yearError, setYearError] = useState<string | null>(null);
  const commitYear = (text: string) => {
    setYearText(text);
    const parsed = parseYearInput(text);
    if ('error' in parsed) {
      setYearError(parsed.error);
      return;
    }
    setYearError(null);
    if (parsed.year !== settings.year) onChange({ ...settings, year: parsed.year });
  };
  const groups: Array<{ kind: RuleInfo['kind']; legend: string }> = [
    { kind: '表格', legend: '表格审核规则' },
    { kind: '情况说明', legend: '情况说明审核规则' },
    { kind: '文字规范', legend: '文字规范性规则' },
    { kind: '完整性', legend: '公开完整性规则' },
    { kind: '跨年', legend: '跨年审核规则（上年决算）' },
    { kind: '根源', legend: '出错单元格（根源）' },
  ];
  return (
    <section className="gj-settings" aria-label="设置">
      <TextField
        label="决算年度"
        description="留空则从表头或情况说明自动识别"
        value={yearText}
        onChange={(_e, v) => commitYear(v ?? '')}
        errorMessage={yearError ?? undefined}
        inputMode="numeric"
      />
      <Toggle
        label="显示提示（尾差、公开完整性等）"
        checked={settings.showInfo}
        onText="显示"
        offText="不显示"
        onChange={(_e, on) => onChange({ ...settings, showInfo: !!on })}
      />
      {groups.map(({ kind, legend }) => (
        <fieldset key={kind} className="gj-rule-set">
          <legend>{legend}</legend>
          {ALL_RULES.filter((r) => r.kind === kind).map((r) => (
            <Checkbox
              key={r.id}
              label={r.title}
              title={r.description}
              checked={!settings.disabledRules.includes(r.id)}
              onChange={(_e, on) => onChange(toggleRule(settings, r.id, !!on))}
              className="gj-rule-check"
            />
          ))}
        </fieldset>
      ))}
    </section>
  );
}
