/**
 * The styles part patched for the marks: one solid fill per severity, and for every (cell style, severity)
 * met a copy of the cell's own style (cellXfs entry) with that fill, so a marked cell keeps its font,
 * border, number format and alignment. Nothing already in the part is changed.
 */

import type { Document, Element } from '@xmldom/xmldom';
import { MARK_FILLS } from '../../core/marks';
import type { Severity } from '../../core/report';
import { child, createLike, elements, type OoxmlPackage } from './ooxml-package';

/** An ExcelJS-style colour from an OOXML colour element. */
function colour(el: Element | null): Record<string, string | number> | undefined {
  if (!el) return undefined;
  const c: Record<string, string | number> = {};
  if (el.getAttribute('rgb')) c.argb = el.getAttribute('rgb')!;
  if (el.getAttribute('theme')) c.theme = Number(el.getAttribute('theme'));
  if (el.getAttribute('indexed')) c.indexed = Number(el.getAttribute('indexed'));
  if (el.getAttribute('tint')) c.tint = Number(el.getAttribute('tint'));
  return Object.keys(c).length ? c : undefined;
}

export class MarkStyles {
  private readonly doc: Document;
  private readonly fills: Element;
  private readonly xfs: Element[];
  private readonly cellXfs: Element;
  private readonly fillIds = new Map<Severity, number>();
  private readonly made = new Map<string, number>();
  private bold: number | null = null;

  constructor(
    private readonly pkg: OoxmlPackage,
    private readonly part: string,
  ) {
    this.doc = pkg.xml(part)!;
    const root = this.doc.documentElement!;
    this.fills = child(root, 'fills')!;
    this.cellXfs = child(root, 'cellXfs')!;
    if (!this.fills || !this.cellXfs) throw new Error('styles part without fills or cellXfs');
    this.xfs = elements(this.cellXfs, 'xf');
  }

  /** The original fill of a cell style as the browser host records it (ExcelJS JSON), '' when none. */
  originalFill(xfIndex: number): string {
    const xf = this.xfs[xfIndex];
    const fill = elements(this.fills, 'fill')[Number(xf?.getAttribute('fillId') ?? 0)];
    const pattern = fill ? child(fill, 'patternFill') : null;
    const type = pattern?.getAttribute('patternType') ?? 'none';
    if (!pattern || type === 'none') return '';
    const json: Record<string, unknown> = { type: 'pattern', pattern: type };
    const fg = colour(child(pattern, 'fgColor'));
    const bg = colour(child(pattern, 'bgColor'));
    if (fg) json.fgColor = fg;
    if (bg) json.bgColor = bg;
    return JSON.stringify(json);
  }

  private fillId(severity: Severity): number {
    let id = this.fillIds.get(severity);
    if (id !== undefined) return id;
    const fill = createLike(this.doc, this.fills, 'fill');
    const pattern = createLike(this.doc, this.fills, 'patternFill');
    pattern.setAttribute('patternType', 'solid');
    const fg = createLike(this.doc, this.fills, 'fgColor');
    fg.setAttribute('rgb', MARK_FILLS[severity]);
    const bg = createLike(this.doc, this.fills, 'bgColor');
    bg.setAttribute('indexed', '64');
    pattern.appendChild(fg);
    pattern.appendChild(bg);
    fill.appendChild(pattern);
    this.fills.appendChild(fill);
    id = elements(this.fills, 'fill').length - 1;
    this.fills.setAttribute('count', String(id + 1));
    this.fillIds.set(severity, id);
    return id;
  }

  private append(xf: Element): number {
    this.cellXfs.appendChild(xf);
    this.xfs.push(xf);
    this.cellXfs.setAttribute('count', String(this.xfs.length));
    return this.xfs.length - 1;
  }

  /** The style of a marked cell: its own style with the severity's fill. */
  marked(xfIndex: number, severity: Severity): number {
    const key = `${xfIndex}|${severity}`;
    const known = this.made.get(key);
    if (known !== undefined) return known;
    const base = this.xfs[xfIndex] ?? this.xfs[0];
    const xf = (base ? base.cloneNode(true) : createLike(this.doc, this.cellXfs, 'xf')) as Element;
    xf.setAttribute('fillId', String(this.fillId(severity)));
    xf.setAttribute('applyFill', '1');
    if (!xf.getAttribute('xfId')) xf.setAttribute('xfId', '0');
    const index = this.append(xf);
    this.made.set(key, index);
    return index;
  }

  /** A bold style for the header row of the sheets 勾稽 adds. */
  boldStyle(): number {
    if (this.bold !== null) return this.bold;
    const fonts = child(this.doc.documentElement!, 'fonts')!;
    const list = elements(fonts, 'font');
    const font = (list[0] ? list[0].cloneNode(true) : createLike(this.doc, fonts, 'font')) as Element;
    if (!child(font, 'b')) font.insertBefore(createLike(this.doc, fonts, 'b'), font.firstChild);
    fonts.appendChild(font);
    fonts.setAttribute('count', String(list.length + 1));
    const xf = (
      this.xfs[0] ? this.xfs[0].cloneNode(true) : createLike(this.doc, this.cellXfs, 'xf')
    ) as Element;
    xf.setAttribute('fontId', String(list.length));
    xf.setAttribute('applyFont', '1');
    this.bold = this.append(xf);
    return this.bold;
  }

  save(): void {
    this.pkg.setXml(this.part, this.doc);
  }
}
