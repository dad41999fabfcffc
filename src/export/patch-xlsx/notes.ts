/**
 * Notes (legacy comments) on marked cells: the sheet's comments part and its VML drawing, created when
 * the sheet has none; a cell that already has a note keeps it, with 勾稽's lines after it.
 */

import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { fromA1 } from '../../core/address';
import { child, createLike, elements, NS, OoxmlPackage, REL_TYPES } from './ooxml-package';

const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
const VML_TYPE = 'application/vnd.openxmlformats-officedocument.vmlDrawing';
export const AUTHOR = '勾稽';

/** The elements that may follow legacyDrawing in a worksheet, in schema order. */
const AFTER_LEGACY_DRAWING = [
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

function shapeXml(id: number, row: number, col: number): string {
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:240pt;height:90pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    `<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>` +
    `<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>` +
    `<x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 4}, 15, ${row + 5}, 16</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}

const SHAPE_TYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

const NEW_VML =
  '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
  '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>' +
  SHAPE_TYPE +
  '</xml>';

function firstElement(el: Element): Element | null {
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) return n as Element;
  return null;
}

/** The text of a comment element, its runs joined. */
function commentText(comment: Element): string {
  const out: string[] = [];
  const walk = (el: Element) => {
    for (let n = el.firstChild; n; n = n.nextSibling)
      if (n.nodeType === 1) {
        const e = n as Element;
        if (e.localName === 't') out.push(e.textContent ?? '');
        else if (e.localName !== 'rPh') walk(e);
      }
  };
  walk(comment);
  return out.join('');
}

/** Adds `notes` (address → text) to a worksheet part; returns each marked cell's note before (JSON-able text or ''). */
export function addNotes(
  pkg: OoxmlPackage,
  sheetPart: string,
  sheetDoc: Document,
  notes: Map<string, string>,
): Map<string, string> {
  const before = new Map<string, string>();
  if (notes.size === 0) return before;
  const rels = pkg.rels(sheetPart).list;
  let commentsPart = rels.find((r) => r.type === REL_TYPES.comments && !r.external)?.target ?? null;
  const root = sheetDoc.documentElement!;
  const legacy = child(root, 'legacyDrawing');
  const legacyId = legacy?.getAttributeNS(NS.rel, 'id') ?? null;
  let vmlPart = legacyId ? (rels.find((r) => r.id === legacyId)?.target ?? null) : null;

  let comments: Document;
  if (commentsPart && pkg.has(commentsPart)) comments = pkg.xml(commentsPart)!;
  else {
    commentsPart = pkg.freeName('xl/comments', '.xml');
    comments = new DOMParser().parseFromString(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${NS.main}"><authors></authors><commentList></commentList></comments>`,
      'text/xml',
    );
    pkg.declare(commentsPart, COMMENTS_TYPE);
    pkg.addRel(sheetPart, REL_TYPES.comments, commentsPart);
  }
  const croot = comments.documentElement!;
  // A valid part may leave out <authors> or <commentList>: they are added where the schema puts them.
  let authors = child(croot, 'authors');
  if (!authors) {
    authors = createLike(comments, croot, 'authors');
    croot.insertBefore(authors, firstElement(croot));
  }
  let authorId = elements(authors, 'author').findIndex((a) => a.textContent === AUTHOR);
  if (authorId < 0) {
    const a = createLike(comments, croot, 'author');
    a.appendChild(comments.createTextNode(AUTHOR));
    authors.appendChild(a);
    authorId = elements(authors, 'author').length - 1;
  }
  let list = child(croot, 'commentList');
  if (!list) {
    list = createLike(comments, croot, 'commentList');
    croot.insertBefore(list, authors.nextSibling);
  }
  const existing = new Map(elements(list, 'comment').map((c) => [c.getAttribute('ref') ?? '', c]));
  const fresh: string[] = [];
  for (const [address, note] of notes) {
    const old = existing.get(address);
    const run = (text: string) => {
      const r = createLike(comments, croot, 'r');
      const t = createLike(comments, croot, 't');
      t.setAttribute('xml:space', 'preserve');
      t.appendChild(comments.createTextNode(text));
      r.appendChild(t);
      return r;
    };
    if (old) {
      let text = child(old, 'text');
      if (!text) {
        // A comment without its text: the note starts empty, 勾稽's line follows.
        text = createLike(comments, croot, 'text');
        old.insertBefore(text, firstElement(old));
      }
      before.set(address, JSON.stringify(commentText(text)));
      // A note kept as plain text (<t> directly under <text>) becomes a run, so both parts are runs.
      const plain = child(text, 't');
      if (plain) {
        text.removeChild(plain);
        text.insertBefore(run(plain.textContent ?? ''), text.firstChild);
      }
      text.appendChild(run(`\n${note}`));
      continue;
    }
    before.set(address, '');
    const c = createLike(comments, croot, 'comment');
    c.setAttribute('ref', address);
    c.setAttribute('authorId', String(authorId));
    const text = createLike(comments, croot, 'text');
    text.appendChild(run(note));
    c.appendChild(text);
    list.appendChild(c);
    fresh.push(address);
  }
  pkg.setXml(commentsPart, comments);

  if (fresh.length === 0) return before;
  let vml: string;
  if (vmlPart && pkg.has(vmlPart)) vml = pkg.text(vmlPart)!;
  else {
    vmlPart = pkg.freeName('xl/drawings/vmlDrawing', '.vml');
    vml = NEW_VML;
    pkg.declare(null, VML_TYPE, 'vml');
    const id = pkg.addRel(sheetPart, REL_TYPES.vml, vmlPart);
    const el = createLike(sheetDoc, root, 'legacyDrawing');
    el.setAttributeNS(NS.rel, 'r:id', id);
    let anchor: Element | null = null;
    for (let n = root.firstChild; n; n = n.nextSibling)
      if (n.nodeType === 1 && AFTER_LEGACY_DRAWING.includes((n as Element).localName ?? '')) {
        anchor = n as Element;
        break;
      }
    root.insertBefore(el, anchor);
  }
  if (!vml.includes('_x0000_t202')) vml = vml.replace(/<\/xml>\s*$/, `${SHAPE_TYPE}</xml>`);
  let nextId = 1024;
  for (const m of vml.matchAll(/_x0000_s(\d+)/g)) nextId = Math.max(nextId, Number(m[1]) + 1);
  const shapes = fresh
    .map((address) => {
      const { row, col } = fromA1(address);
      return shapeXml(nextId++, row, col);
    })
    .join('');
  const close = vml.lastIndexOf('</xml>');
  const end = close < 0 ? vml.length : close;
  pkg.setText(vmlPart, vml.slice(0, end) + shapes + vml.slice(end));
  return before;
}
