/**
 * The user's selection as a host reports it: a sheet and one rectangle in A1 form without "$", for the
 * pane's 设为公开NN ("用当前选区"). Parses the addresses Excel and WPS give.
 */

import { fromA1 } from '../core/address';

export interface SheetSelection {
  sheet: string;
  /** "A1:C5", or "B3" for one cell. */
  range: string;
}

/** The last row and column of a worksheet, for whole-row and whole-column selections. */
const LAST_ROW = 1048576;
const LAST_COLUMN = 'XFD';

/**
 * "$A$1:$C$5" → "A1:C5", "$B$3" → "B3", "A:C" → "A1:C1048576", "2:4" → "A2:XFD4"; null for anything
 * that is not one rectangle (several areas, a name).
 */
export function plainRange(local: string): string | null {
  const t = local.trim().replace(/\$/g, '').toUpperCase();
  const columns = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(t);
  if (columns) return `${columns[1]}1:${columns[2]}${LAST_ROW}`;
  const rows = /^(\d+):(\d+)$/.exec(t);
  if (rows) return `A${rows[1]}:${LAST_COLUMN}${rows[2]}`;
  const parts = t.split(':');
  if (parts.length > 2) return null;
  try {
    parts.forEach((p) => fromA1(p));
  } catch {
    return null;
  }
  return parts.length === 2 && parts[0] === parts[1] ? parts[0] : parts.join(':');
}

/**
 * "Sheet1!A1:C5" or "'表 二'!$A$1:$C$5" (the sheet name quoted when it needs it, a quote in it doubled)
 * → its sheet and range; null when the address names no sheet or more than one rectangle.
 */
export function parseQualifiedAddress(address: string): SheetSelection | null {
  const text = address.trim();
  let sheet: string;
  let rest: string;
  if (text.startsWith("'")) {
    let i = 1;
    let name = '';
    for (;;) {
      if (i >= text.length) return null;
      if (text[i] === "'") {
        if (text[i + 1] !== "'") break;
        i++;
      }
      name += text[i];
      i++;
    }
    sheet = name;
    rest = text.slice(i + 1);
  } else {
    const bang = text.indexOf('!');
    sheet = bang > 0 ? text.slice(0, bang) : '';
    rest = bang > 0 ? text.slice(bang) : '';
  }
  if (!sheet || !rest.startsWith('!')) return null;
  const range = plainRange(rest.slice(1));
  return range ? { sheet, range } : null;
}
