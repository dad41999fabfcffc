/** The document's lines into tables (a title, its header, its body over one or more pages) and the narrative. */

import { markerNumber, matchTitle } from '../../../core/recognition/titles';
import { isNumeric, phrases, type Line } from './lines';

export interface Segment {
  lines: Line[];
  /** Lines from the top of the table to its title line (the title, 编制单位 and 单位 lines), kept out of column finding. */
  preamble: number;
}

function isTitle(line: Line): boolean {
  const texts = phrases(line).map((p) => p.text);
  texts.push(texts.join(''));
  return texts.some((t) => t.includes('表') && (matchTitle(t) !== null || markerNumber(t) !== null));
}

/** A line of a table: two or more runs of text apart, or a figure. */
function isTabular(line: Line): boolean {
  return phrases(line, 1.5).length >= 2 || line.items.some((it) => isNumeric(it.str));
}

const PREAMBLE = /^(编制(部门|单位)|单位[:：]|金额单位|公开\d+表|部门[:：])/;

/** Lines of each page of prose are mostly one run of text; a page of a table mostly more. */
function isProsePage(lines: Line[]): boolean {
  if (lines.length === 0) return false;
  return lines.filter(isTabular).length < 0.3 * lines.length;
}

export function splitDocument(lines: Line[]): { tables: Segment[]; narrative: Line[] } {
  const starts: number[] = [];
  lines.forEach((line, i) => {
    if (!isTitle(line)) return;
    // A title and its "公开NN表" marker within two lines of each other start one table.
    const prev = starts[starts.length - 1];
    if (prev !== undefined && i - prev <= 2 && lines[prev].page === line.page) return;
    starts.push(i);
  });
  const tables: Segment[] = [];
  const inTable = new Set<number>();
  starts.forEach((start, k) => {
    let end = k + 1 < starts.length ? starts[k + 1] : lines.length;
    // The table ends at the first page of prose after its own.
    for (let i = start + 1; i < end; i++) {
      if (lines[i].page === lines[i - 1].page) continue;
      const page = lines.slice(i, end).filter((l) => l.page === lines[i].page);
      if (isProsePage(page)) {
        end = i;
        break;
      }
    }
    // After its last tabular line a table keeps at most three lines (notes); the rest is prose.
    let last = start;
    for (let i = start + 1; i < end; i++) if (isTabular(lines[i])) last = i;
    end = Math.min(end, last + 4);
    const body = lines.slice(start, end);
    // A table of contents lists the titles one under the other: a "table" with nothing under its title.
    if (body.filter(isTabular).length < 2) return;
    let preamble = 1;
    while (
      preamble < body.length &&
      (isTitle(body[preamble]) || PREAMBLE.test(phrases(body[preamble])[0]?.text ?? ''))
    )
      preamble++;
    tables.push({ lines: body, preamble });
    for (let i = start; i < end; i++) inTable.add(i);
  });
  return { tables, narrative: lines.filter((_, i) => !inTable.has(i)) };
}
