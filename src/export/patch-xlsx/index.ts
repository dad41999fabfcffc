/**
 * The annotated copy as the user's own package with 勾稽's changes only: the styles part (three fills and the
 * marked cells' styles), the marked cells' style ids, the notes (comments and VML) of the marked sheets, the
 * workbook part, its relationships and content types for the two sheets added (审核结果 first, and the
 * very hidden 勾稽_原格式 with the marked cells' own fills and notes, so 清除标记 can restore them). Every
 * other part — charts, pivot tables, images, threaded comments, external links, custom XML — is copied as
 * stored, byte for byte.
 */

import type { Element } from '@xmldom/xmldom';
import { marksFromFindings, type Mark } from '../../core/marks';
import type { Report } from '../../core/report';
import { addNotes } from './notes';
import { child, createLike, elements, NS, OoxmlPackage, REL_TYPES } from './ooxml-package';
import {
  resultsFilterRange,
  resultsSheetXml,
  savedFormatsSheetXml,
  type IgnoredFindings,
} from './results-sheet';
import { SheetCells, styleOf } from './sheet-cells';
import { MarkStyles } from './styles';

export const RESULTS_SHEET = '审核结果';
/** The browser host's record of original formats (src/hosts/browser/workbook-model.ts ORIGINALS_SHEET). */
export const ORIGINALS_SHEET = '勾稽_原格式';
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

interface SheetRef {
  name: string;
  part: string;
}

function addSheet(
  pkg: OoxmlPackage,
  sheets: Element,
  name: string,
  xml: string,
  options: { first: boolean; state?: string },
): void {
  const part = pkg.freeName('xl/worksheets/sheet', '.xml');
  pkg.setText(part, xml);
  pkg.declare(part, WORKSHEET_TYPE);
  const id = pkg.addRel('xl/workbook.xml', REL_TYPES.worksheet, part);
  const doc = sheets.ownerDocument!;
  const all = elements(sheets, 'sheet');
  const sheetId = Math.max(0, ...all.map((s) => Number(s.getAttribute('sheetId') ?? 0))) + 1;
  const el = createLike(doc, sheets, 'sheet');
  el.setAttribute('name', name);
  el.setAttribute('sheetId', String(sheetId));
  if (options.state) el.setAttribute('state', options.state);
  el.setAttributeNS(NS.rel, 'r:id', id);
  sheets.insertBefore(el, options.first ? (all[0] ?? null) : null);
}

/** Sheet indexes in the workbook part shift by one when 审核结果 goes first. */
function shiftSheetIndexes(workbook: Element): void {
  const names = child(workbook, 'definedNames');
  if (names)
    for (const n of elements(names, 'definedName')) {
      const local = n.getAttribute('localSheetId');
      if (local !== null && local !== '') n.setAttribute('localSheetId', String(Number(local) + 1));
    }
  const views = child(workbook, 'bookViews');
  if (views)
    for (const v of elements(views, 'workbookView')) {
      // The sheet that was active stays active: the new first sheet is not selected with it.
      v.setAttribute('activeTab', String(Number(v.getAttribute('activeTab') ?? 0) + 1));
      const first = v.getAttribute('firstSheet');
      if (first) v.setAttribute('firstSheet', String(Number(first) + 1));
    }
}

/** The filter on 审核结果 (the first sheet) as Excel records it: a hidden name local to the sheet. */
function addFilterName(workbook: Element, sheetsEl: Element, sheetName: string, range: string): void {
  const doc = workbook.ownerDocument!;
  let names = child(workbook, 'definedNames');
  if (!names) {
    names = createLike(doc, workbook, 'definedNames');
    let next = sheetsEl.nextSibling;
    while (next && next.nodeType !== 1) next = next.nextSibling;
    workbook.insertBefore(names, next);
  }
  const el = createLike(doc, names, 'definedName');
  el.setAttribute('name', '_xlnm._FilterDatabase');
  el.setAttribute('localSheetId', '0');
  el.setAttribute('hidden', '1');
  const absolute = range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  el.appendChild(doc.createTextNode(`'${sheetName.replace(/'/g, "''")}'!${absolute}`));
  names.appendChild(el);
}

const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

/**
 * A package without a styles part (valid: every cell in the default style) gets the default one. A styles
 * relationship whose part is missing is kept and given the part (a second one would make the package invalid).
 */
function addStylesPart(pkg: OoxmlPackage, dangling?: { id: string; target: string }): string {
  const free = pkg.has('xl/styles.xml') ? pkg.freeName('xl/styles', '.xml') : 'xl/styles.xml';
  const reuse = dangling && /^xl\/[\w\-./]*\.xml$/.test(dangling.target) && !dangling.target.includes('..');
  const part = reuse ? dangling.target : free;
  pkg.setText(
    part,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS.main}">` +
      '<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
  );
  pkg.declare(part, STYLES_TYPE);
  if (!dangling) pkg.addRel('xl/workbook.xml', REL_TYPES.styles, part);
  else if (!reuse) pkg.retarget('xl/workbook.xml', dangling.id, part);
  return part;
}

function uniqueName(taken: Set<string>, base: string): string {
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base}(${i})`;
  return name;
}

/** The report to annotate with: the findings kept and, from the pane, the accepted ones with reasons. */
export type AnnotateInput = Report & { ignored?: IgnoredFindings };

export function annotatePackage(bytes: Uint8Array, report: AnnotateInput): Uint8Array {
  const pkg = new OoxmlPackage(bytes);
  const workbookDoc = pkg.xml('xl/workbook.xml');
  if (!workbookDoc) throw new Error('no xl/workbook.xml');
  const workbook = workbookDoc.documentElement!;
  const sheetsEl = child(workbook, 'sheets')!;
  const rels = pkg.rels('xl/workbook.xml').list;
  const sheets: SheetRef[] = elements(sheetsEl, 'sheet').map((s) => ({
    name: s.getAttribute('name') ?? '',
    part: rels.find((r) => r.id === s.getAttributeNS(NS.rel, 'id'))?.target ?? '',
  }));
  const stylesRel = rels.find((r) => r.type === REL_TYPES.styles);
  let stylesPart = stylesRel?.target;
  if (!stylesPart || !pkg.has(stylesPart)) stylesPart = addStylesPart(pkg, stylesRel);
  const styles = new MarkStyles(pkg, stylesPart);

  const bySheet = new Map<string, Mark[]>();
  for (const mark of marksFromFindings(report.findings)) {
    const list = bySheet.get(mark.sheet);
    if (list) list.push(mark);
    else bySheet.set(mark.sheet, [mark]);
  }
  const saved: Array<{ sheet: string; cell: string; fill: string; note: string }> = [];
  for (const [sheetName, marks] of bySheet) {
    const sheet = sheets.find((s) => s.name === sheetName);
    if (!sheet || !pkg.has(sheet.part)) continue;
    const doc = pkg.xml(sheet.part)!;
    const fills = new Map<string, string>();
    const cells = new SheetCells(doc);
    for (const mark of marks) {
      const cell = cells.cell(mark.cell);
      const xf = styleOf(cell);
      fills.set(mark.cell, styles.originalFill(xf));
      cell.setAttribute('s', String(styles.marked(xf, mark.severity)));
    }
    const notesBefore = addNotes(pkg, sheet.part, doc, new Map(marks.map((m) => [m.cell, m.note])));
    pkg.setXml(sheet.part, doc);
    for (const mark of marks)
      saved.push({
        sheet: sheetName,
        cell: mark.cell,
        fill: fills.get(mark.cell) ?? '',
        note: notesBefore.get(mark.cell) ?? '',
      });
  }

  const taken = new Set(sheets.map((s) => s.name));
  const results = resultsSheetXml(
    report,
    {
      bold: styles.boldStyle(),
      severity: (s) => styles.marked(0, s),
    },
    report.ignored ?? [],
  );
  styles.save();
  shiftSheetIndexes(workbook);
  const resultsName = uniqueName(taken, RESULTS_SHEET);
  addSheet(pkg, sheetsEl, resultsName, results, { first: true });
  addFilterName(workbook, sheetsEl, resultsName, resultsFilterRange(report));
  // A record left by the browser page is kept as it is: its originals are older than these marks.
  if (saved.length > 0 && !taken.has(ORIGINALS_SHEET))
    addSheet(pkg, sheetsEl, ORIGINALS_SHEET, savedFormatsSheetXml(saved), {
      first: false,
      state: 'veryHidden',
    });
  pkg.setXml('xl/workbook.xml', workbookDoc);
  return pkg.write();
}
