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

/** The <c> element of an address, added empty when the sheet has none there. */
export function cellElement(doc: Document, address: string): Element {
  const root = doc.documentElement!;
  const data = child(root, 'sheetData');
  if (!data) throw new Error('worksheet without sheetData');
  const { row, col } = fromA1(address);
  const r = row + 1;
  let rowEl: Element | null = null;
  let before: Element | null = null;
  for (const el of elements(data, 'row')) {
    const n = rowNumber(el);
    if (n === r) {
      rowEl = el;
      break;
    }
    if (n > r) {
      before = el;
      break;
    }
  }
  if (!rowEl) {
    rowEl = createLike(doc, data, 'row');
    rowEl.setAttribute('r', String(r));
    data.insertBefore(rowEl, before);
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
  const cell = createLike(doc, data, 'c');
  cell.setAttribute('r', address);
  rowEl.insertBefore(cell, cellBefore);
  return cell;
}

/** The style index of a cell: its own s, else its row's, else 0. */
export function styleOf(cell: Element): number {
  const own = cell.getAttribute('s');
  if (own) return Number(own);
  const row = cell.parentNode as Element | null;
  const rowStyle = row && row.getAttribute('customFormat') === '1' ? row.getAttribute('s') : null;
  return rowStyle ? Number(rowStyle) : 0;
}
