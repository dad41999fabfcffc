/**
 * The record of originals (saved-marks.ts) in the workbook's settings, in pieces: 10,000 marked cells
 * with long notes make a record of several MB, more than one settings.add may carry under the payload
 * limit. A record that fits one piece is `gouji.marks` itself; a longer one is split over `gouji.marks.1`
 * … `gouji.marks.n`, and `gouji.marks` holds {"version":1,"parts":n}, written last.
 */

import { BYTES_PER_CALL, readInPages, textBytes, type Payload } from './payload';
import type { SettingLike, WorkbookLike } from './office-types';
import { MARKS_SETTING, parseSavedMarks, type SavedMarks } from './saved-marks';

/** The most a piece carries (UTF-8 as JSON sends it: a quote counts twice). */
export const PART_BYTES = 1024 * 1024;

/**
 * Excel keeps at most 2 MB of settings per document (past it settings.add fails with InvalidArgument:
 * office-js issues 621, 3957). The record gets what the document state (STATE_BYTES) and a margin for
 * other add-ins leave.
 */
export const SETTINGS_BYTES = 2 * 1024 * 1024;
export const STATE_BYTES = 256 * 1024;
export const RECORD_BYTES = SETTINGS_BYTES - STATE_BYTES - 96 * 1024;

export const partKey = (n: number): string => `${MARKS_SETTING}.${n}`;

export interface StoredRecord {
  marks: SavedMarks;
  /** How many pieces `gouji.marks.1…n` the workbook holds now (0: none). */
  parts: number;
}

/** The pieces of a text, each at most PART_BYTES. */
export function splitText(text: string, limit = PART_BYTES): string[] {
  const pieces: string[] = [];
  let start = 0;
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const b = textBytes(text[i]) - 2;
    if (bytes + b > limit && i > start) {
      pieces.push(text.slice(start, i));
      start = i;
      bytes = 2;
    }
    bytes += b;
  }
  pieces.push(text.slice(start));
  return pieces;
}

function headOf(value: unknown): { parts: number } | null {
  let parsed = value;
  if (typeof value === 'string' && value.length < 100)
    try {
      parsed = JSON.parse(value);
    } catch {
      return null;
    }
  const parts = (parsed as { parts?: unknown } | null)?.parts;
  return typeof parts === 'number' && Number.isInteger(parts) && parts > 0 ? { parts } : null;
}

/** Queued with the first batch: `gouji.marks` (ExcelApi 1.4). */
export function queueRecordHead(workbook: WorkbookLike): SettingLike {
  const setting = workbook.settings.getItemOrNullObject(MARKS_SETTING);
  setting.load('value');
  return setting;
}

/** After the first sync: the whole record, its pieces read in pages under the budget. */
export async function readRecord(
  workbook: WorkbookLike,
  head: SettingLike,
  payload: Payload,
): Promise<StoredRecord> {
  if (head.isNullObject) return { marks: parseSavedMarks(null), parts: 0 };
  const split = headOf(head.value);
  if (!split) return { marks: parseSavedMarks(head.value), parts: 0 };
  const pieces: SettingLike[] = [];
  await readInPages(
    payload,
    split.parts,
    () => 3 * BYTES_PER_CALL + 2 * PART_BYTES,
    (from, to) => {
      for (let i = from; i < to; i++) {
        const piece = workbook.settings.getItemOrNullObject(partKey(i + 1));
        piece.load('value');
        pieces[i] = piece;
      }
    },
  );
  const text = pieces
    .map((p) => (p.isNullObject || typeof p.value !== 'string' ? '\u0000' : p.value))
    .join('');
  return { marks: parseSavedMarks(text.includes('\u0000') ? '\u0000' : text), parts: split.parts };
}

/** Queue the record's writes (pieces first, then the head); returns how many pieces the workbook holds. */
export async function queueWriteRecord(
  workbook: WorkbookLike,
  payload: Payload,
  record: SavedMarks,
  previousParts: number,
): Promise<number> {
  const text = JSON.stringify(record);
  const pieces = splitText(text);
  const parts = pieces.length === 1 ? 0 : pieces.length;
  if (parts > 0)
    for (let i = 0; i < parts; i++) {
      await payload.reserve(BYTES_PER_CALL + textBytes(pieces[i]));
      workbook.settings.add(partKey(i + 1), pieces[i]); // ExcelApi 1.4
    }
  await queueDeleteParts(workbook, payload, parts, previousParts);
  const headText = parts > 0 ? JSON.stringify({ version: 1, parts }) : text;
  await payload.reserve(BYTES_PER_CALL + textBytes(headText));
  workbook.settings.add(MARKS_SETTING, headText); // ExcelApi 1.4
  return parts;
}

/** Queue the removal of the record: the head and every piece. */
export async function queueDeleteRecord(
  workbook: WorkbookLike,
  payload: Payload,
  head: SettingLike,
  parts: number,
): Promise<void> {
  await payload.reserve(BYTES_PER_CALL);
  head.delete();
  await queueDeleteParts(workbook, payload, 0, parts);
}

async function queueDeleteParts(workbook: WorkbookLike, payload: Payload, keep: number, held: number) {
  for (let n = keep + 1; n <= held; n++) {
    await payload.reserve(2 * BYTES_PER_CALL);
    workbook.settings.getItemOrNullObject(partKey(n)).delete(); // exists: read or written before
  }
}
