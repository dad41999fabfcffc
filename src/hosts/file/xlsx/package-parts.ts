/**
 * The parts of an .xlsx package as ExcelJS 4.4 sees them (xlsx/xlsx.js `load`): which entries it parses, which
 * it keeps as bytes, which it ignores. The fast reader takes the package only when every entry ExcelJS parses
 * is one it handles (the workbook, its relationships, styles, shared strings, the sheets, document properties,
 * a sheet's relationships to printer settings); a drawing, comment, table, VML part or anything else ExcelJS
 * would interpret declines. Each part used is checked against its CRC and size, and must be valid UTF-8.
 */

import { readZip, type ZipEntry } from '../../../export/zip/read-zip';
import type { InflatedParts } from '../preflight-xlsx';
import { inflateExact } from './inflate-exact';
import { Decline } from './xml';

export interface PackageParts {
  /** Parts by name, decoded: the ones the reader interprets or checks for well-formedness. */
  xml: Map<string, string>;
  /** `xl/worksheets/sheetN.xml` names present. */
  sheets: string[];
  /** `xl/worksheets/_rels/sheetN.xml.rels` names present. */
  sheetRels: string[];
}

const EXACT = new Set([
  '_rels/.rels',
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'xl/sharedStrings.xml',
  'xl/styles.xml',
  'docProps/app.xml',
  'docProps/core.xml',
]);
// ExcelJS's own patterns (unanchored, as there): an entry matching one is parsed or kept by it.
const EXCELJS_SHEET = /xl\/worksheets\/sheet(\d+)[.]xml/;
const EXCELJS_SHEET_RELS = /xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/;
const EXCELJS_THEME = /xl\/theme\/([a-zA-Z0-9]+)[.]xml/;
const EXCELJS_MEDIA = /xl\/media\/([a-zA-Z0-9]+[.][a-zA-Z0-9]{3,4})$/;
const EXCELJS_INTERPRETED = [
  /xl\/drawings\/([a-zA-Z0-9]+)[.]xml/,
  /xl\/(comments\d+)[.]xml/,
  /xl\/tables\/(table\d+)[.]xml/,
  /xl\/drawings\/_rels\/([a-zA-Z0-9]+)[.]xml[.]rels/,
  /xl\/drawings\/(vmlDrawing\d+)[.]vml/,
];

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Uint8Array, entry: ZipEntry, inflated?: InflatedParts): string {
  const data = inflated?.get(entry.dataStart) ?? inflateExact(bytes, entry);
  if (!data) throw new Decline(`${entry.name}: size or crc`);
  try {
    return utf8.decode(data);
  } catch {
    throw new Decline(`${entry.name}: not UTF-8`);
  }
}

/**
 * An entry JSZip (ExcelJS's unzipper) might see differently: marked as a directory by its DOS attribute, or
 * renamed by an Info-ZIP Unicode path or comment field.
 */
function oddEntry(e: ZipEntry): boolean {
  if (e.externalAttributes & 0x10) return true;
  for (let o = 0; o + 4 <= e.extra.length;) {
    const id = e.extra[o] | (e.extra[o + 1] << 8);
    if (id === 0x7075 || id === 0x6375) return true;
    o += 4 + (e.extra[o + 2] | (e.extra[o + 3] << 8));
  }
  return false;
}

/**
 * The parts the reader needs, or a Decline. `bytes` passed preflightXlsx (every part inflates within limits);
 * `inflated`, the parts it inflated on the way.
 */
export function packageParts(bytes: Uint8Array, inflated?: InflatedParts): PackageParts {
  const entries = readZip(bytes);
  const seen = new Set<string>();
  const parts: PackageParts = { xml: new Map(), sheets: [], sheetRels: [] };
  for (const e of entries) {
    const name = e.name;
    if (seen.has(name) || name.startsWith('/') || name.includes('\\')) throw new Decline(`entry ${name}`);
    seen.add(name);
    if (name.endsWith('/')) {
      if (e.size !== 0) throw new Decline(`directory ${name}`);
      continue;
    }
    if (oddEntry(e)) throw new Decline(`entry ${name}`);
    if (EXACT.has(name)) parts.xml.set(name, decode(bytes, e, inflated));
    else if (EXCELJS_SHEET.test(name)) {
      if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) throw new Decline(`entry ${name}`);
      parts.sheets.push(name);
      parts.xml.set(name, decode(bytes, e, inflated));
    } else if (EXCELJS_SHEET_RELS.test(name)) {
      if (!/^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/.test(name)) throw new Decline(`entry ${name}`);
      parts.sheetRels.push(name);
      parts.xml.set(name, decode(bytes, e, inflated));
    } else if (EXCELJS_THEME.test(name) || EXCELJS_MEDIA.test(name)) {
      // Kept as bytes by ExcelJS, never parsed.
    } else if (EXCELJS_INTERPRETED.some((re) => re.test(name))) throw new Decline(`entry ${name}`);
  }
  return parts;
}
