/** The pane's settings (fiscal year, rules switched off, show tails), kept in the document's state. */

import type { CheckOptions } from '../../core/check';
import { FACE_CHOICES, type FaceId, type TableAssignment } from '../../core/faces/choices';
import { TABLE_IDS } from '../../core/tables/model';
import type { DocumentState } from '../../hosts/host';
import { ALL_RULES } from '../../core/rule-catalog';

export interface PaneSettings {
  /** null: detect the year from the titles or the narrative. */
  year: number | null;
  disabledRules: string[];
  /** Show rounding tails (提示) in the list and on the sheet. */
  showInfo: boolean;
  /** The face picked by the user; null: detect it from titles and headers. */
  face: FaceId | null;
}

export const DEFAULT_SETTINGS: PaneSettings = { year: null, disabledRules: [], showInfo: true, face: null };

const KNOWN_RULES = new Set(ALL_RULES.map((r) => r.id));

/** Settings as saved in a document, checked: unknown rule ids and impossible years are dropped. */
export function settingsFromState(saved: DocumentState['settings'] | undefined): PaneSettings {
  if (!saved) return { ...DEFAULT_SETTINGS };
  const year = typeof saved.year === 'number' && isPlausibleYear(saved.year) ? saved.year : null;
  const disabledRules = Array.isArray(saved.disabledRules)
    ? saved.disabledRules.filter((id) => typeof id === 'string' && KNOWN_RULES.has(id))
    : [];
  const face = FACE_CHOICES.some((c) => c.id === saved.face) ? (saved.face as FaceId) : null;
  return { year, disabledRules, showInfo: saved.showInfo !== false, face };
}

/** The user's table assignments as saved in a document, checked: unknown tables and empty sheets dropped. */
export function assignmentsFromState(saved: unknown): TableAssignment[] {
  if (!Array.isArray(saved)) return [];
  const out: TableAssignment[] = [];
  for (const a of saved as Array<Partial<TableAssignment>>) {
    if (!a || typeof a.sheet !== 'string' || !a.sheet) continue;
    if (!(TABLE_IDS as readonly unknown[]).includes(a.table)) continue;
    const range =
      typeof a.range === 'string' && /^[A-Z]{1,3}\d+:[A-Z]{1,3}\d+$/.test(a.range) ? a.range : undefined;
    out.push(range ? { table: a.table!, sheet: a.sheet, range } : { table: a.table!, sheet: a.sheet });
  }
  return out;
}

/** Assign a sheet (or a range of it) to a table: replaces an earlier assignment of that table or that place. */
export function assignTable(list: readonly TableAssignment[], next: TableAssignment): TableAssignment[] {
  const place = (a: TableAssignment) => `${a.sheet}!${a.range ?? ''}`;
  return [...list.filter((a) => a.table !== next.table && place(a) !== place(next)), next];
}

/** A range typed by the user ("a1:h40", "A1：H40"), upper-cased; null when empty; an error when not a range. */
export function parseRangeInput(text: string): { range: string | null } | { error: string } {
  const t = text.trim().replace(/[：]/g, ':').replace(/\$/g, '').toUpperCase();
  if (!t) return { range: null };
  if (!/^[A-Z]{1,3}\d+:[A-Z]{1,3}\d+$/.test(t))
    return { error: `“${text.trim()}”不是单元格区域，请写成 A1:H40 的形式，或留空表示整张工作表` };
  return { range: t };
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

export function checkOptions(
  settings: PaneSettings,
  narrative: string,
  assignments: readonly TableAssignment[] = [],
): CheckOptions {
  return {
    year: settings.year,
    narrative: narrative.trim() ? narrative : null,
    disabledRules: settings.disabledRules,
    face: settings.face,
    assignments: [...assignments],
  };
}

export function toggleRule(settings: PaneSettings, id: string, enabled: boolean): PaneSettings {
  const others = settings.disabledRules.filter((r) => r !== id);
  return { ...settings, disabledRules: enabled ? others : [...others, id] };
}
