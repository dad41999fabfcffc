/**
 * An .xlsx package read straight into the snapshot, without ExcelJS: the same sheets, in the same order, with
 * the same values, merges, unknown cells and notices that ExcelJS 4.4 and snapshot-from-exceljs give, in a
 * fraction of the time (no ExcelJS to load, no cell objects, styles or fonts built). It is strict: whatever it
 * does not mirror exactly throws a Decline, and the caller reads the package with ExcelJS as before, so a
 * damaged or unusual file gets ExcelJS's verdict. test/hosts/file/fast-xlsx.test.ts compares the two readers.
 */

import type { SheetSnapshot } from '../../../core/snapshot';
import type { CellContext } from './cell-value';
import type { InflatedParts } from '../preflight-xlsx';
import { packageParts } from './package-parts';
import { readSheetXml } from './sheet-xml';
import {
  readRelationships,
  readSharedStrings,
  readStyles,
  readWorkbookPart,
  type Relationship,
} from './workbook-parts';
import { assertWellFormed, Decline } from './xml';

export { Decline };

export interface SheetsByVisibility {
  visible: SheetSnapshot[];
  hidden: Array<{ sheet: SheetSnapshot; veryHidden: boolean }>;
  notices: string[];
}

/** ExcelJS's Worksheet name setter throws on these, or truncates past 31 characters. */
function acceptedName(name: string, taken: Set<string>): boolean {
  return (
    name !== '' &&
    name !== 'History' &&
    !/[*?:/\\[\]]/.test(name) &&
    !/(^')|('$)/.test(name) &&
    name.length <= 31 &&
    !taken.has(name.toLowerCase())
  );
}

function relsById(rels: Relationship[]): Map<string | undefined, Relationship> {
  const map = new Map<string | undefined, Relationship>();
  for (const r of rels) map.set(r.Id, r);
  return map;
}

/**
 * The sheets of the package apart by visibility, as sheetsByVisibility gives them from ExcelJS; or a Decline.
 * `inflated`: the parts preflightXlsx inflated from these same bytes.
 */
export function readXlsxSheets(bytes: Uint8Array, inflated?: InflatedParts): SheetsByVisibility {
  const parts = packageParts(bytes, inflated);
  const xml = (name: string) => parts.xml.get(name);
  const workbookXml = xml('xl/workbook.xml');
  if (workbookXml === undefined) throw new Decline('no workbook part');
  for (const name of ['_rels/.rels', ...parts.sheetRels]) {
    const text = xml(name);
    if (text === undefined) continue;
    const rels = readRelationships(text);
    if (name !== '_rels/.rels' && !rels.every((r) => /\/printerSettings$/.test(r.Type ?? '')))
      throw new Decline(`${name}: relationships`);
  }
  for (const name of ['docProps/app.xml', 'docProps/core.xml']) {
    const text = xml(name);
    if (text !== undefined) assertWellFormed(text);
  }
  const workbook = readWorkbookPart(workbookXml);
  const relsXml = xml('xl/_rels/workbook.xml.rels');
  const rels = relsById(relsXml === undefined ? [] : readRelationships(relsXml));
  const stylesXml = xml('xl/styles.xml');
  const stringsXml = xml('xl/sharedStrings.xml');
  const styles = stylesXml === undefined ? undefined : readStyles(stylesXml);
  const strings = stringsXml === undefined ? undefined : readSharedStrings(stringsXml);

  const ids = new Set<number>();
  for (const s of workbook.sheets) {
    if (!(s.id >= 1) || ids.has(s.id)) throw new Decline(`sheet id ${s.id}`);
    ids.add(s.id);
  }
  const names = new Set<string>();
  const used = new Set<string>();
  const sheets: Array<{ name: string; state: string | undefined; part: string }> = [];
  for (const s of workbook.sheets) {
    const rel = rels.get(s.rId);
    if (!rel) continue;
    if (rel.Target === undefined) throw new Decline('relationship without target');
    const part = `xl/${rel.Target.replace(/^(\s|\/xl\/)+/, '')}`;
    if (!parts.sheets.includes(part)) continue; // a chartsheet: ExcelJS leaves it out
    if (used.has(part) || !acceptedName(s.name, names)) throw new Decline(`sheet ${s.name}`);
    used.add(part);
    names.add(s.name.toLowerCase());
    sheets.push({ name: s.name, state: s.state, part });
  }
  const context = (): CellContext => ({
    strings,
    styles,
    date1904: workbook.date1904,
    formulae: new Map(),
    dateStyles: new Map(),
  });
  // ExcelJS reads every sheet part into a worksheet, listed in the workbook or not (then left out).
  for (const part of parts.sheets) if (!used.has(part)) readSheetXml('', xml(part)!, context(), []);

  const result: SheetsByVisibility = { visible: [], hidden: [], notices: [] };
  for (const s of sheets) {
    const sheet = readSheetXml(s.name, xml(s.part)!, context(), result.notices);
    if (s.state === 'hidden' || s.state === 'veryHidden')
      result.hidden.push({ sheet, veryHidden: s.state === 'veryHidden' });
    else result.visible.push(sheet);
  }
  return result;
}
