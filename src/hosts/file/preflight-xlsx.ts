/**
 * An .xlsx package checked before ExcelJS expands it: the decompressed size of every part, the cells and the
 * merged area of every sheet, all within src/core/limits.ts; and sheets whose rows or cells leave out the
 * optional `r` attribute (valid OOXML that ExcelJS cannot place) given it, so they are read like any other.
 */

import { InputError } from '../../core/errors';
import { MAX_CELLS, MAX_MERGED_CELLS, MAX_PACKAGE_BYTES, MAX_PART_BYTES, MB } from '../../core/limits';
import { fromA1 } from '../../core/address';
import { readZip, ZipFormatError, ZipLimitError, type ZipEntry } from '../../export/zip/read-zip';
import type { OutEntry } from '../../export/zip/write-zip';
import { inflateExact } from './xlsx/inflate-exact';

/*
 * The streaming inflater and the zip writer (both fflate's, which loads node:worker_threads) are required
 * only when a part must be counted as it inflates or the package rewritten: a well-formed .xlsx needs neither.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const streaming = () =>
  require('../../export/zip/inflate-entry') as typeof import('../../export/zip/inflate-entry');
const writer = () => require('../../export/zip/write-zip') as typeof import('../../export/zip/write-zip');
/* eslint-enable @typescript-eslint/no-require-imports */

const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;
const MERGE = /<(?:\w+:)?mergeCell\b[^>]*\bref="([A-Za-z]+\d+)(?::([A-Za-z]+\d+))?"/g;
const CELL_TAG = /<(?:\w+:)?c[\s>/]/g;
/** A row or cell start tag with no r attribute. */
const NO_R = /<(?:\w+:)?(?:row|c)(?=[\s>/])(?![^>]*\sr=)[^>]*>/;

function columnLetters(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** Gives every row and cell its `r`: rows count on from the previous row, cells from the previous cell. */
export function addMissingReferences(xml: string): string {
  let row = 0;
  let col = 0;
  return xml.replace(
    /<((?:\w+:)?)(row|c)(?=[\s>/])([^>]*)>/g,
    (tag, prefix: string, name: string, rest: string) => {
      const r = /\sr="([^"]*)"/.exec(rest);
      if (name === 'row') {
        row = r ? Number(r[1]) || row + 1 : row + 1;
        col = 0;
        return r ? tag : `<${prefix}row r="${row}"${rest}>`;
      }
      if (r) {
        const at = /^([A-Za-z]+)(\d+)$/.exec(r[1]);
        if (at) col = fromA1(r[1]).col + 1;
        return tag;
      }
      col++;
      return `<${prefix}c r="${columnLetters(col)}${row || 1}"${rest}>`;
    },
  );
}

function mergedCells(xml: string): number {
  let total = 0;
  for (const m of xml.matchAll(MERGE)) {
    const a = fromA1(m[1].toUpperCase());
    const b = m[2] ? fromA1(m[2].toUpperCase()) : a;
    total += (Math.abs(b.row - a.row) + 1) * (Math.abs(b.col - a.col) + 1);
  }
  return total;
}

function countCells(xml: string): number {
  let n = 0;
  CELL_TAG.lastIndex = 0;
  while (CELL_TAG.exec(xml)) n++;
  return n;
}

/** Excel's last column (XFD): a `<col>` span past it is not a column. */
const LAST_COLUMN = 16384;
const COL_TAG = /<((?:\w+:)?)col\b([^>]*)>/g;

/**
 * `<col min max>` spans kept within the sheet's 16,384 columns: ExcelJS makes one object per column of a
 * span, and `max="99999999"` takes all the memory there is.
 */
export function capColumnSpans(xml: string): string {
  return xml.replace(COL_TAG, (tag, prefix: string, rest: string) => {
    let changed = false;
    const fixed = rest.replace(/(\s(?:min|max)=")\s*(\d+)\s*"/g, (m, attr: string, n: string) => {
      if (Number(n) <= LAST_COLUMN) return m;
      changed = true;
      return `${attr}${LAST_COLUMN}"`;
    });
    return changed ? `<${prefix}col${fixed}>` : tag;
  });
}

/** The message for a part (or the whole package) past its limit, naming the part and the limit. */
function tooLarge(file: string, part: string, partLimit: boolean): string {
  return `文件“${file}”解压后过大（其中“${part}”${partLimit ? `解压后超过每个部分 ${MAX_PART_BYTES / MB} MB 的上限` : `解压后，全部内容超过 ${MAX_PACKAGE_BYTES / MB} MB 的上限`}），不像是部门决算公开表。请确认文件是否正确`;
}

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

/**
 * The XML parts (.xml, .rels) preflightXlsx inflated exactly (size and CRC as declared), by where their data
 * starts in the package: the fast reader takes them from here instead of inflating them a second time.
 * Empty when the package had to be rewritten (its parts then start elsewhere).
 */
export type InflatedParts = Map<number, Uint8Array>;

const XML_PART = /\.(?:xml|rels)$/i;

/**
 * The package ready for ExcelJS (the same bytes unless a sheet needed its references), or an InputError;
 * `inflated`, when given, receives the XML parts as inflated here.
 */
export function preflightXlsx(bytes: Uint8Array, name: string, inflated?: InflatedParts): Uint8Array {
  let entries: ZipEntry[];
  try {
    entries = readZip(bytes);
  } catch (err) {
    if (err instanceof ZipFormatError)
      throw new InputError(
        `文件“${name}”无法作为 .xlsx 工作簿读取，可能已损坏或不是 Excel 文件。请在 Excel 或 WPS 中打开后另存为 .xlsx 再审核`,
      );
    throw err;
  }
  let declared = 0;
  for (const e of entries) {
    declared += e.size;
    if (e.size > MAX_PART_BYTES || declared > MAX_PACKAGE_BYTES)
      throw new InputError(tooLarge(name, e.name, e.size > MAX_PART_BYTES));
  }
  // What the directory declares may lie: every part is inflated here, its real bytes counted as they come.
  let total = 0;
  let cells = 0;
  const patched = new Map<string, Uint8Array>();
  for (const e of entries) {
    const sheet = SHEET_PART.test(e.name);
    const cap = Math.min(MAX_PART_BYTES, MAX_PACKAGE_BYTES - total);
    let xml = '';
    try {
      // A part whose size and CRC match its header inflates in one step; any other is streamed and counted.
      const exact = e.size <= cap ? inflateExact(bytes, e) : null;
      if (exact && inflated && XML_PART.test(e.name)) inflated.set(e.dataStart, exact);
      if (sheet) {
        const data = exact ?? streaming().inflateEntry(bytes, e, cap);
        total += data.length;
        xml = decoder.decode(data);
      } else total += exact ? exact.length : streaming().inflatedSize(bytes, e, cap);
    } catch (err) {
      if (err instanceof ZipLimitError) throw new InputError(tooLarge(name, e.name, cap === MAX_PART_BYTES));
      throw new InputError(
        `文件“${name}”无法作为 .xlsx 工作簿读取（其中的“${e.name}”已损坏）。请在 Excel 或 WPS 中打开后另存为 .xlsx 再审核`,
      );
    }
    if (!sheet) continue;
    const merged = mergedCells(xml);
    if (merged > MAX_MERGED_CELLS)
      throw new InputError(
        `文件“${name}”中的工作表“${e.name}”合并了 ${merged.toLocaleString('en-US')} 个单元格，超过 ${MAX_MERGED_CELLS.toLocaleString('en-US')} 的上限（部门决算公开表只合并表头的少数单元格）。请取消过大的合并区域后再审核`,
      );
    cells += countCells(xml);
    if (cells > MAX_CELLS)
      throw new InputError(
        `文件“${name}”的单元格超过 ${MAX_CELLS.toLocaleString('en-US')} 个的上限，不像是部门决算公开表。请确认文件是否正确`,
      );
    const fixed = capColumnSpans(NO_R.test(xml) ? addMissingReferences(xml) : xml);
    if (fixed !== xml) patched.set(e.name, encoder.encode(fixed));
  }
  if (patched.size === 0) return bytes;
  inflated?.clear();
  const out: OutEntry[] = entries.map((e) =>
    patched.has(e.name) ? { name: e.name, data: patched.get(e.name)! } : { copy: e },
  );
  return writer().writeZip(out, bytes);
}
