/** Cells of a worksheet part found (or added, in row and column order) by A1 address, to restyle them. */

import type { Document, Element } from '@xmldom/xmldom';
import { fromA1 } from '../../core/address';
import { child, createLike, elements } from './ooxml-package';

function rowNumber(row: Element): number {
  return Number(row.getAttribute('r') ?? 0);
}

function colOf(cell: Element): number {
  const r = cell.getAttribute('r');
  return r ? fromA1(r).col : -1;
}

/**
 * The cells of one worksheet part by address, its rows indexed once (a sheet of 60,000 rows with thousands of
 * marks: each mark finds its row in the index, not by scanning the rows).
 */
export class SheetCells {
  private readonly data: Element;
  private readonly rows = new Map<number, Element>();
  /** Row numbers in document order, ascending when the file is (Excel writes them so). */
  private readonly order: number[] = [];
  private sorted = true;

  constructor(private readonly doc: Document) {
    const data = child(doc.documentElement!, 'sheetData');
    if (!data) throw new Error('worksheet without sheetData');
    this.data = data;
    for (const el of elements(data, 'row')) {
      const n = rowNumber(el);
      if (this.order.length && n <= this.order[this.order.length - 1]) this.sorted = false;
      if (!this.rows.has(n)) this.rows.set(n, el);
      this.order.push(n);
    }
  }

  /** The first row element numbered after r (null: append), and its place in `order`. */
  private after(r: number): { el: Element | null; at: number } {
    if (!this.sorted) {
      const at = this.order.findIndex((n) => n > r);
      return at < 0 ? { el: null, at: this.order.length } : { el: this.rows.get(this.order[at])!, at };
    }
    let lo = 0;
    let hi = this.order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.order[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    return { el: lo < this.order.length ? this.rows.get(this.order[lo])! : null, at: lo };
  }

  /** The <c> element of an address, added empty when the sheet has none there. */
  cell(address: string): Element {
    const { row, col } = fromA1(address);
    const r = row + 1;
    let rowEl = this.rows.get(r) ?? null;
    if (!rowEl) {
      const { el, at } = this.after(r);
      rowEl = createLike(this.doc, this.data, 'row');
      rowEl.setAttribute('r', String(r));
      this.data.insertBefore(rowEl, el);
      this.rows.set(r, rowEl);
      this.order.splice(at, 0, r);
    }
    let cellBefore: Element | null = null;
    for (const c of elements(rowEl, 'c')) {
      const at = colOf(c);
      if (at === col) return c;
      if (at > col) {
        cellBefore = c;
        break;
      }
    }
    const cell = createLike(this.doc, this.data, 'c');
    cell.setAttribute('r', address);
    rowEl.insertBefore(cell, cellBefore);
    return cell;
  }
}

/** The <c> element of an address, added empty when the sheet has none there (one lookup: see SheetCells). */
export function cellElement(doc: Document, address: string): Element {
  return new SheetCells(doc).cell(address);
}

/** The style index of a cell: its own s, else its row's, else 0. */
export function styleOf(cell: Element): number {
  const own = cell.getAttribute('s');
  if (own) return Number(own);
  const row = cell.parentNode as Element | null;
  const rowStyle = row && row.getAttribute('customFormat') === '1' ? row.getAttribute('s') : null;
  return rowStyle ? Number(rowStyle) : 0;
}
