/** The document's lines into tables (a title, its header, its body over one or more pages) and the narrative. */

import { markerNumber, matchTitleInAnyFace } from '../../../core/recognition/titles';
import { isNumeric, phrases, type Line } from './lines';

export interface Segment {
  lines: Line[];
  /** Lines from the top of the table to its title line (the title, 编制单位 and 单位 lines), kept out of column finding. */
  preamble: number;
}

function isTitle(line: Line): boolean {
  const texts = phrases(line).map((p) => p.text);
  texts.push(texts.join(''));
  return texts.some((t) => t.includes('表') && (matchTitleInAnyFace(t) !== null || markerNumber(t) !== null));
}

/** A line of prose: across most of the page's text width, with no wide gaps. */
function isProse(line: Line, textWidth: number): boolean {
  return line.rect.right - line.rect.left > 0.6 * textWidth && phrases(line, 1.5).length <= 2;
}

/** A short label alone on its line, a row below the line before it: the first cell of a row with no figures. */
function isRowLabel(line: Line, prev: Line): boolean {
  const parts = phrases(line, 1.5);
  return (
    parts.length === 1 &&
    /^[\u4e00-\u9fff]{1,4}$/.test(parts[0].text) &&
    line.page === prev.page &&
    line.y - prev.y <= 2.5 * line.h
  );
}

const PREAMBLE = /^(编制(部门|单位)|单位[:：]|金额单位|公开\d+表|部门[:：])/;

export function splitDocument(lines: Line[]): { tables: Segment[]; narrative: Line[] } {
  // The width each page's text spans: prose runs across most of it.
  const extents = new Map<number, [number, number]>();
  for (const l of lines) {
    const e = extents.get(l.page) ?? [Infinity, -Infinity];
    extents.set(l.page, [Math.min(e[0], l.rect.left), Math.max(e[1], l.rect.right)]);
  }
  const width = (l: Line): number => {
    const e = extents.get(l.page)!;
    return e[1] - e[0];
  };
  /** A line of a table: two or more runs of text far apart, or a figure outside a sentence. */
  const isTabular = (line: Line): boolean =>
    phrases(line, 1.5).length >= 2 ||
    (!isProse(line, width(line)) && line.items.some((it) => isNumeric(it.str)));
  /** A page of prose: many of its lines are sentences across the page, or none is split into cells. */
  const isProsePage = (page: Line[]): boolean =>
    page.length > 0 &&
    (page.filter((l) => isProse(l, width(l))).length >= 0.4 * page.length ||
      page.every((l) => phrases(l, 1.5).length < 2));
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
    // After its last tabular line a table keeps at most three lines (notes); the rest is prose. The labels of an
    // empty table's rows (合计, 类, 款, 项; 预算数, 决算数), one under the other, are the table's.
    let last = start;
    for (let i = start + 1; i < end; i++)
      if (isTabular(lines[i]) || (i === last + 1 && isRowLabel(lines[i], lines[last]))) last = i;
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
