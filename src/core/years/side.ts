/** One year's disclosure as the cross-year rules read it: its tables (in its own face), narrative, unit and year. */

import { defaultCatalogs, type Catalogs } from '../catalog';
import type { FaceId, TableAssignment } from '../faces/choices';
import { faceById } from '../faces';
import { parseNarrative, type NarrativeDoc } from '../narrative/document';
import { recognizeWorkbook } from '../recognition';
import { yearOfText } from '../recognition/titles';
import { disclosureYear } from '../narrative/years';
import { buildContext, type RuleContext } from '../rules/rule';
import type { WorkbookSnapshot } from '../snapshot';
import { splitUnits } from '../units';
import { coverOf, coverOfDisclosure, departmentOf, titleYearOf } from './unit';

export interface DisclosureInput {
  /** The file's name as the user knows it (a base name, or a path below the batch folder). */
  file: string;
  source: 'xlsx' | 'pdf' | 'text';
  workbook: WorkbookSnapshot | null;
  narrative: string | null;
  /** The year, when the user gave it; else from the titles, then the narrative. */
  year?: number | null;
  face?: FaceId | null;
  assignments?: TableAssignment[];
  catalogs?: Catalogs;
}

export interface YearSide {
  file: string;
  source: 'xlsx' | 'pdf' | 'text';
  year: number | null;
  /** The unit its tables or cover name; null when neither prints one. */
  unit: string | null;
  /** How many units its tables hold: more than one is a 汇总. */
  units: number;
  /** The first unit's tables and the narrative, as every rule reads them. */
  ctx: RuleContext;
  doc: NarrativeDoc | null;
}

export function yearSide(input: DisclosureInput): YearSide {
  const narrative = input.narrative ?? null;
  const recognition = input.workbook
    ? recognizeWorkbook(input.workbook, { face: input.face, assignments: input.assignments })
    : null;
  const units = splitUnits(recognition?.tables ?? []);
  const cover = coverOfDisclosure(narrative, input.workbook);
  // A published file is often named as its cover is: "西南大学2023年度部门决算.pdf".
  const named = coverOf(
    input.file
      .split(/[\\/]/)
      .pop()!
      .replace(/\.[^.]*$/, ''),
  );
  const year =
    input.year ??
    recognition?.year ??
    (input.workbook ? titleYearOf(input.workbook) : null) ??
    cover.year ??
    (narrative ? disclosureYear(narrative) : null) ??
    named.year ??
    (narrative ? yearOfText(narrative) : null);
  const ctx = buildContext(units[0] ?? [], year, input.catalogs ?? defaultCatalogs(), narrative, {
    face: recognition?.face ?? (input.face ? faceById(input.face) : undefined),
  });
  return {
    file: input.file,
    source: input.source,
    year,
    unit: (input.workbook ? departmentOf(input.workbook) : null) ?? cover.unit ?? named.unit,
    units: recognition && recognition.tables.length > 0 ? units.length : 0,
    ctx,
    doc: narrative ? parseNarrative(narrative) : null,
  };
}
