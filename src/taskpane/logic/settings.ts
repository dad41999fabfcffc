/** The pane's settings (fiscal year, rules switched off, show tails), kept in the document's state. */

import type { CheckOptions } from '../../core/check';
import type { DocumentState } from '../../hosts/host';
import { ALL_RULES } from './rule-list';

export interface PaneSettings {
  /** null: detect the year from the titles or the narrative. */
  year: number | null;
  disabledRules: string[];
  /** Show rounding tails (提示) in the list and on the sheet. */
  showInfo: boolean;
}

export const DEFAULT_SETTINGS: PaneSettings = { year: null, disabledRules: [], showInfo: true };

const KNOWN_RULES = new Set(ALL_RULES.map((r) => r.id));

/** Settings as saved in a document, checked: unknown rule ids and impossible years are dropped. */
export function settingsFromState(saved: DocumentState['settings'] | undefined): PaneSettings {
  if (!saved) return { ...DEFAULT_SETTINGS };
  const year = typeof saved.year === 'number' && isPlausibleYear(saved.year) ? saved.year : null;
  const disabledRules = Array.isArray(saved.disabledRules)
    ? saved.disabledRules.filter((id) => typeof id === 'string' && KNOWN_RULES.has(id))
    : [];
  return { year, disabledRules, showInfo: saved.showInfo !== false };
}

export function isPlausibleYear(year: number): boolean {
  return Number.isInteger(year) && year >= 2000 && year <= 2100;
}

/** The year typed by the user: empty means detect; anything else must be a year from 2000 to 2100. */
export function parseYearInput(text: string): { year: number | null } | { error: string } {
  const t = text.trim().replace(/[\uFF10-\uFF19]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  if (t === '') return { year: null };
  const m = /^(\d{4})\s*年?度?$/.exec(t);
  if (!m || !isPlausibleYear(Number(m[1])))
    return { error: `“${text.trim()}”不是有效的年度，请填写四位年份（如 2024），留空则自动识别` };
  return { year: Number(m[1]) };
}

export function checkOptions(settings: PaneSettings, narrative: string): CheckOptions {
  return {
    year: settings.year,
    narrative: narrative.trim() ? narrative : null,
    disabledRules: settings.disabledRules,
  };
}

export function toggleRule(settings: PaneSettings, id: string, enabled: boolean): PaneSettings {
  const others = settings.disabledRules.filter((r) => r !== id);
  return { ...settings, disabledRules: enabled ? others : [...others, id] };
}
