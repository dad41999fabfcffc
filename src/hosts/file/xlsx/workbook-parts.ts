/**
 * The workbook-level parts as ExcelJS 4.4 reads them: the sheets of xl/workbook.xml (name, id, state and
 * relationship, in order), the 1904 date system, the relationships, the number format of each cell style
 * (xl/styles.xml) and the shared strings. Each mirrors the ExcelJS xform named beside it; where ExcelJS would
 * throw, or its result depends on details not mirrored here, the reader declines.
 */

import { Decline, walkXml } from './xml';

/** ExcelJS's utils.xmlDecode (applied on top of the parser's own decoding). */
export function xmlDecode(text: string): string {
  return text.replace(/&([a-z]*);/g, (c) => {
    switch (c) {
      case '&lt;':
        return '<';
      case '&gt;':
        return '>';
      case '&amp;':
        return '&';
      case '&apos;':
        return "'";
      case '&quot;':
        return '"';
      default:
        return c;
    }
  });
}

export interface SheetEntry {
  name: string;
  id: number;
  state: string | undefined;
  rId: string | undefined;
}

export interface WorkbookPart {
  sheets: SheetEntry[];
  date1904: boolean;
}

/** A range of a print area that ExcelJS's colCache.decodeEx certainly reads. */
const PLAIN_RANGE =
  /^(?:'(?:[^']|'')+'|[^'\s!,]+)!\$?[A-Z]{1,3}\$?[1-9]\d{0,6}(?::\$?[A-Z]{1,3}\$?[1-9]\d{0,6})?$/;

/** Where each element ExcelJS's WorkbookXform interprets may stand. */
const WORKBOOK_PATHS: Record<string, string> = {
  workbookPr: 'workbook',
  sheets: 'workbook',
  sheet: 'workbook/sheets',
  definedNames: 'workbook',
  definedName: 'workbook/definedNames',
};

/** xl/workbook.xml (WorkbookXform, SheetXform, WorkbookPropertiesXform, DefinedNameXform). */
export function readWorkbookPart(xml: string): WorkbookPart {
  const path: string[] = [];
  const part: WorkbookPart = { sheets: [], date1904: false };
  let definedName: { name: string | undefined; text: string } | null = null;
  let props = 0;
  walkXml(xml, {
    open(name, a) {
      const at = path.join('/');
      if (path.length === 0 && name !== 'workbook') throw new Decline('workbook root');
      if (name in WORKBOOK_PATHS && WORKBOOK_PATHS[name] !== at) throw new Decline(`workbook ${name}`);
      if (definedName) throw new Decline('definedName content');
      if (name === 'workbookPr') {
        if (++props > 1) throw new Decline('workbookPr');
        part.date1904 = a.date1904 === '1';
      } else if (name === 'sheet') {
        if (a.name === undefined) throw new Decline('sheet name');
        part.sheets.push({
          name: xmlDecode(a.name),
          id: parseInt(a.sheetId, 10),
          state: a.state,
          rId: a['r:id'],
        });
      } else if (name === 'definedName') definedName = { name: a.name, text: '' };
      path.push(name);
    },
    text(text) {
      if (definedName) definedName.text += text;
    },
    close(name) {
      path.pop();
      if (name === 'definedName' && definedName) {
        if (
          definedName.name === '_xlnm.Print_Area' &&
          !definedName.text.split(',').every((r) => PLAIN_RANGE.test(r))
        )
          throw new Decline('print area');
        definedName = null;
      }
    },
  });
  return part;
}

export interface Relationship {
  Id?: string;
  Type?: string;
  Target?: string;
}

/** A .rels part (RelationshipsXform: anything but Relationship elements throws there). */
export function readRelationships(xml: string): Relationship[] {
  const rels: Relationship[] = [];
  let depth = 0;
  walkXml(xml, {
    open(name, a) {
      if (depth === 0 ? name !== 'Relationships' : depth !== 1 || name !== 'Relationship')
        throw new Decline(`rels ${name}`);
      if (depth === 1) rels.push({ Id: a.Id, Type: a.Type, Target: a.Target });
      depth++;
    },
    text: () => undefined,
    close() {
      depth--;
    },
  });
  return rels;
}

export interface StylesPart {
  /** numFmtId of each cellXfs entry, NaN when absent. */
  xfNumFmtIds: number[];
  /** Custom number formats by id, backslash escapes removed as ExcelJS does. */
  numFmts: Map<number, string>;
}

const STYLE_PATHS: Record<string, string> = {
  numFmts: 'styleSheet',
  numFmt: 'styleSheet/numFmts',
  cellXfs: 'styleSheet',
};

/** xl/styles.xml: only what decides whether a number is a date (StylesXform.getStyleModel's numFmt). */
export function readStyles(xml: string): StylesPart {
  const path: string[] = [];
  const numFmts: Array<[number, string]> = [];
  const styles: StylesPart = { xfNumFmtIds: [], numFmts: new Map() };
  walkXml(xml, {
    open(name, a) {
      const at = path.join('/');
      if (path.length === 0 && name !== 'styleSheet') throw new Decline('styles root');
      if (name in STYLE_PATHS && STYLE_PATHS[name] !== at) throw new Decline(`styles ${name}`);
      if (name === 'numFmt') {
        if (a.formatCode === undefined) throw new Decline('numFmt');
        numFmts.push([parseInt(a.numFmtId, 10), a.formatCode.replace(/[\\](.)/g, '$1')]);
      } else if (name === 'xf' && at === 'styleSheet/cellXfs')
        styles.xfNumFmtIds.push(parseInt(a.numFmtId, 10));
      path.push(name);
    },
    text: () => undefined,
    close() {
      path.pop();
    },
  });
  for (const [id, code] of numFmts) styles.numFmts.set(id, code);
  return styles;
}

/** A shared string: text, or rich text runs (their texts, undefined where a run has none). */
export type SharedString = string | { runs: Array<string | undefined> };

/** ExcelJS's TextXform: the text with `_xHHHH_` escapes decoded. */
const unescapeText = (text: string) =>
  text.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** xl/sharedStrings.xml (SharedStringsXform, SharedStringXform, RichTextXform, TextXform). */
export function readSharedStrings(xml: string): SharedString[] {
  const values: SharedString[] = [];
  const path: string[] = [];
  let text: string | null = null;
  let plain: string | undefined;
  let runs: Array<string | undefined> | null = null;
  let runText: string | undefined;
  let phonetic = 0;
  walkXml(xml, {
    open(name) {
      const depth = path.length;
      path.push(name);
      if (phonetic) {
        phonetic++;
        return;
      }
      if (depth === 0) {
        if (name !== 'sst') throw new Decline('sst root');
      } else if (depth === 1) {
        if (name !== 'si') throw new Decline(`sst ${name}`);
        plain = undefined;
        runs = null;
      } else if (depth === 2) {
        if (name === 't') text = '';
        else if (name === 'r') {
          if (plain !== undefined) throw new Decline('text then runs');
          runs ??= [];
          runText = undefined;
        } else if (name === 'rPh') phonetic = 1;
        else if (name !== 'phoneticPr') throw new Decline(`si ${name}`);
      } else if (depth === 3 && path[2] === 'r') {
        if (name === 't') text = '';
        else if (name !== 'rPr') throw new Decline(`r ${name}`);
      } else if (!(depth >= 4 && path[2] === 'r' && path[3] === 'rPr')) throw new Decline(`sst ${name}`);
    },
    text(t) {
      if (text !== null && !phonetic) text += t;
    },
    close(name) {
      path.pop();
      if (phonetic) {
        phonetic--;
        return;
      }
      const depth = path.length;
      if (name === 't' && text !== null) {
        if (depth === 2) plain = unescapeText(text);
        else runText = unescapeText(text);
        text = null;
      } else if (name === 'r' && depth === 2) runs!.push(runText);
      else if (name === 'si' && depth === 1) {
        // Runs then text: the text replaces the runs in ExcelJS (text then runs declines above).
        if (plain !== undefined) values.push(plain);
        else if (runs) values.push({ runs });
        else throw new Decline('empty shared string');
      }
    },
  });
  return values;
}
