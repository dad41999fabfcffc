/**
 * An .xlsx package opened for patching: parts read on demand (capped), changed or added parts kept apart, and
 * the package written back with every untouched part copied as stored, byte for byte.
 */

import { DOMParser, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import { MAX_PART_BYTES } from '../../core/limits';
import { inflateEntry } from '../zip/inflate-entry';
import { readZip, type ZipEntry } from '../zip/read-zip';
import { writeZip, type OutEntry } from '../zip/write-zip';

export const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  pkgRel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  types: 'http://schemas.openxmlformats.org/package/2006/content-types',
};

export const REL_TYPES = {
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  comments: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  vml: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
};

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

export class OoxmlPackage {
  private readonly entries: ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();
  private readonly changed = new Map<string, Uint8Array>();
  private readonly added: string[] = [];

  constructor(private readonly bytes: Uint8Array) {
    // An entry named outside the package ("../x", "/etc/x", "C:\\x") is no part of it: not kept in the copy.
    this.entries = readZip(bytes).filter((e) => OoxmlPackage.safeName(e.name));
    for (const e of this.entries) this.byName.set(e.name, e);
  }

  has(name: string): boolean {
    return this.byName.has(name) || this.changed.has(name);
  }

  text(name: string): string | null {
    const data = this.changed.get(name);
    if (data) return decoder.decode(data);
    const e = this.byName.get(name);
    return e ? decoder.decode(inflateEntry(this.bytes, e, MAX_PART_BYTES)) : null;
  }

  xml(name: string): Document | null {
    const text = this.text(name);
    return text === null ? null : new DOMParser().parseFromString(text, 'text/xml');
  }

  setText(name: string, text: string): void {
    if (!this.byName.has(name) && !this.changed.has(name)) this.added.push(name);
    this.changed.set(name, encoder.encode(text));
  }

  setXml(name: string, doc: Document): void {
    this.setText(name, new XMLSerializer().serializeToString(doc));
  }

  /** A part name not yet in the package: `${base}${n}${ext}` for the first free n. */
  freeName(base: string, ext: string): string {
    for (let n = 1; ; n++) if (!this.has(`${base}${n}${ext}`)) return `${base}${n}${ext}`;
  }

  write(): Uint8Array {
    const out: OutEntry[] = this.entries.map((e) =>
      this.changed.has(e.name) ? { name: e.name, data: this.changed.get(e.name)! } : { copy: e },
    );
    for (const name of this.added) out.push({ name, data: this.changed.get(name)! });
    return writeZip(out, this.bytes);
  }

  /** A part name inside the package: relative, no `..` or `.` segment, no backslash or drive letter. */
  static safeName(name: string): boolean {
    return (
      name !== '' &&
      !name.startsWith('/') &&
      !name.includes('\u0000') &&
      !/[\\:]/.test(name) &&
      !name.split('/').some((seg) => seg === '..' || seg === '.')
    );
  }

  /** The relationships part of a part: "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
  static relsOf(part: string): string {
    const slash = part.lastIndexOf('/');
    return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  }

  /** A relationship target resolved against the folder of the part it belongs to. */
  static resolve(part: string, target: string): string {
    if (target.startsWith('/')) return target.slice(1);
    const parts = part.split('/').slice(0, -1);
    for (const seg of target.split('/')) {
      if (seg === '..') parts.pop();
      else if (seg !== '.') parts.push(seg);
    }
    return parts.join('/');
  }

  /** The relationship `target` relative to the folder of `part`. */
  static relative(part: string, target: string): string {
    const from = part.split('/').slice(0, -1);
    const to = target.split('/');
    let i = 0;
    while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
    return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
  }

  /** The relationships of a part: id, type, target (resolved), and the document to add to. */
  rels(part: string): {
    doc: Document;
    list: Array<{ id: string; type: string; target: string; external: boolean }>;
  } {
    const name = OoxmlPackage.relsOf(part);
    const doc =
      this.xml(name) ??
      new DOMParser().parseFromString(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRel}"></Relationships>`,
        'text/xml',
      );
    const list = elements(doc.documentElement!, 'Relationship').map((r) => ({
      id: r.getAttribute('Id') ?? '',
      type: r.getAttribute('Type') ?? '',
      external: r.getAttribute('TargetMode') === 'External',
      target:
        r.getAttribute('TargetMode') === 'External'
          ? (r.getAttribute('Target') ?? '')
          : OoxmlPackage.resolve(part, r.getAttribute('Target') ?? ''),
    }));
    return { doc, list };
  }

  /** Adds a relationship from `part` to `target` (a part name); returns its id. */
  addRel(part: string, type: string, target: string): string {
    const { doc, list } = this.rels(part);
    let n = list.length + 1;
    const ids = new Set(list.map((r) => r.id));
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const rel = doc.createElementNS(NS.pkgRel, 'Relationship');
    rel.setAttribute('Id', id);
    rel.setAttribute('Type', type);
    rel.setAttribute('Target', OoxmlPackage.relative(part, target));
    doc.documentElement!.appendChild(rel);
    this.setXml(OoxmlPackage.relsOf(part), doc);
    return id;
  }

  /** Points the relationship `id` of `part` at `target` (a part name). */
  retarget(part: string, id: string, target: string): void {
    const { doc } = this.rels(part);
    const rel = elements(doc.documentElement!, 'Relationship').find((r) => r.getAttribute('Id') === id);
    if (!rel) return;
    rel.removeAttribute('TargetMode');
    rel.setAttribute('Target', OoxmlPackage.relative(part, target));
    this.setXml(OoxmlPackage.relsOf(part), doc);
  }

  /** Declares a part's content type (an Override), or an extension's (a Default) when not yet declared. */
  declare(part: string | null, contentType: string, extension?: string): void {
    const doc = this.xml('[Content_Types].xml')!;
    const root = doc.documentElement!;
    if (extension) {
      if (elements(root, 'Default').some((d) => d.getAttribute('Extension')?.toLowerCase() === extension))
        return;
      const d = doc.createElementNS(NS.types, 'Default');
      d.setAttribute('Extension', extension);
      d.setAttribute('ContentType', contentType);
      root.insertBefore(d, root.firstChild);
    } else if (part) {
      // A part already declared (its relationship kept while the part itself was missing) is declared once.
      const declared = elements(root, 'Override').find((o) => o.getAttribute('PartName') === `/${part}`);
      if (declared) {
        declared.setAttribute('ContentType', contentType);
        this.setXml('[Content_Types].xml', doc);
        return;
      }
      const o = doc.createElementNS(NS.types, 'Override');
      o.setAttribute('PartName', `/${part}`);
      o.setAttribute('ContentType', contentType);
      root.appendChild(o);
    }
    this.setXml('[Content_Types].xml', doc);
  }
}

/** Child elements with a local name (any namespace prefix). */
export function elements(parent: Element, localName: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling)
    if (n.nodeType === 1 && (n as Element).localName === localName) out.push(n as Element);
  return out;
}

export function child(parent: Element, localName: string): Element | null {
  return elements(parent, localName)[0] ?? null;
}

/** A new element in the namespace and with the prefix of `like` (some writers use "x:" for SpreadsheetML). */
export function createLike(doc: Document, like: Element, localName: string): Element {
  const prefix = like.prefix ? `${like.prefix}:` : '';
  return doc.createElementNS(like.namespaceURI ?? NS.main, `${prefix}${localName}`);
}
