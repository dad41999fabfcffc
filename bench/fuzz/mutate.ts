/**
 * Seeded mutations of real inputs for the fuzz run: workbooks changed byte by byte and part by part (values,
 * strings with control characters, formulas without results, far cells, huge merges, missing `r`, hidden
 * sheets, truncation), narratives changed in bytes, encoding and text (digit runs, placeholders, stray bytes).
 */

import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/** A small deterministic generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Rand, n: number) => Math.floor(r() * n);

const ODD_VALUES = [
  '1e308',
  '-1.7976931348623157e308',
  'NaN',
  '-0',
  '1e-320',
  '123456789012345678901234567890',
  '',
  '0x1F',
  '１２３',
  '(12.5)',
  '－',
  '99999999999999.99',
];
const ODD_TEXT = [
  '_x001B_]0;title_x0007_',
  '_x001B_[2J',
  '\u202e反向',
  '&amp;&lt;',
  '𠀀𠀁',
  'XX万元',
  '　',
  '合计',
  '项目',
  '本年收入合计',
];

function mutateXml(r: Rand, name: string, xml: string): string {
  const op = int(r, 12);
  switch (op) {
    case 0: // a value replaced by an odd one
      return xml.replace(/<v>[^<]*<\/v>/g, (m) => (r() < 0.15 ? `<v>${pick(r, ODD_VALUES)}</v>` : m));
    case 1: // shared strings: odd text and escapes
      return xml.replace(/<t([^>]*)>([^<]*)<\/t>/g, (m, a: string, t: string) =>
        r() < 0.1 ? `<t${a}>${t}${pick(r, ODD_TEXT)}</t>` : m,
      );
    case 2: // formulas without results
      return xml.replace(/<c ([^>]*)><v>([^<]*)<\/v><\/c>/g, (m, a: string) =>
        r() < 0.2 ? `<c ${a}><f>SUM(A1:A2)</f></c>` : m,
      );
    case 3: // rows and cells without r
      return xml.replace(/ r="[A-Z]*\d+"/g, (m) => (r() < 0.5 ? '' : m));
    case 4: // a far cell
      return xml.replace(
        '</sheetData>',
        `<row r="${1 + int(r, 1048576)}"><c r="XFD${1 + int(r, 1048576)}"><v>1</v></c></row></sheetData>`,
      );
    case 5: // a merge (sometimes huge)
      return xml.replace(
        /<\/sheetData>/,
        `</sheetData><mergeCells count="1"><mergeCell ref="A${1 + int(r, 40)}:${pick(r, ['B', 'H', 'ZZ', 'XFD'])}${1 + int(r, r() < 0.5 ? 50 : 1048576)}"/></mergeCells>`,
      );
    case 6: // an element removed
      return xml.replace(
        /<(row|c|mergeCell|sheetData|si|xf|fill)\b[^>]*\/>|<(row|c|si)\b[^>]*>.*?<\/\2>/,
        '',
      );
    case 7: // truncated part
      return xml.slice(0, int(r, xml.length));
    case 8: // a row duplicated
      return xml.replace(/<row\b[^>]*>.*?<\/row>/, (m) => m + m);
    case 9: // a sheet hidden
      return name === 'xl/workbook.xml'
        ? xml.replace(/<sheet /, `<sheet state="${pick(r, ['hidden', 'veryHidden'])}" `)
        : xml;
    case 10: // attribute values made odd
      return xml.replace(/ s="\d+"/g, (m) => (r() < 0.2 ? ` s="${pick(r, ['999', '-1', 'x'])}"` : m));
    default: // a random character changed
      if (xml.length === 0) return xml;
      {
        const at = int(r, xml.length);
        return xml.slice(0, at) + pick(r, ['<', '>', '"', '&', '\u0000', 'Z', '9']) + xml.slice(at + 1);
      }
  }
}

export function mutateWorkbook(bytes: Uint8Array, seed: number): Uint8Array {
  const r = rng(seed);
  const mode = r();
  if (mode < 0.15) {
    // Bytes flipped, or the file cut short.
    // A copy: Buffer.slice would be a view of the corpus bytes.
    const out = new Uint8Array(bytes.subarray(0, r() < 0.3 ? int(r, bytes.length) : bytes.length));
    for (let i = 0, n = 1 + int(r, 20); i < n && out.length > 0; i++) out[int(r, out.length)] = int(r, 256);
    return out;
  }
  const parts = unzipSync(bytes);
  const names = Object.keys(parts).filter((n) => /\.(xml|rels)$/.test(n));
  for (let i = 0, n = 1 + int(r, 3); i < n; i++) {
    const name =
      r() < 0.6 ? pick(r, names.filter((x) => x.startsWith('xl/worksheets/')) || names) : pick(r, names);
    if (!name) continue;
    parts[name] = strToU8(mutateXml(r, name, strFromU8(parts[name])));
  }
  return zipSync(parts);
}

export function mutateNarrative(text: string, seed: number): Uint8Array {
  const r = rng(seed);
  let t = text;
  for (let i = 0, n = 1 + int(r, 3); i < n; i++) {
    const at = int(r, t.length + 1);
    const op = int(r, 7);
    if (op === 0) t = t.slice(0, at) + '1'.repeat(1 + int(r, 50000)) + t.slice(at);
    else if (op === 1) t = t.slice(0, at) + pick(r, ['XX万元', '0X 万元', 'ＸＸ元', '12 XX元']) + t.slice(at);
    else if (op === 2) t = t.slice(0, at) + pick(r, ODD_TEXT) + t.slice(at);
    else if (op === 3) t = t.slice(0, at);
    else if (op === 4) t = t + t.slice(0, int(r, t.length));
    else if (op === 5) t = t.slice(0, at) + String.fromCharCode(int(r, 0x10000)) + t.slice(at);
    else t = t.replace(/\d+\.\d+/, () => String(r() * 1e6));
  }
  const encoding = r();
  let bytes: Uint8Array =
    encoding < 0.6
      ? Buffer.from(t, 'utf8')
      : encoding < 0.8
        ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')])
        : Buffer.from(t, 'utf16le');
  if (r() < 0.2) {
    bytes = Buffer.from(bytes);
    for (let i = 0, n = 1 + int(r, 5); i < n && bytes.length > 0; i++)
      bytes[int(r, bytes.length)] = int(r, 256);
  }
  return bytes;
}
