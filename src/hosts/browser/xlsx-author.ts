/**
 * ExcelJS writes every note with the author "Author": the annotated copy names 勾稽 instead, so a reviewer
 * who opens it sees who wrote the notes (in Excel's and WPS's note header).
 */

import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export const NOTE_AUTHOR = '勾稽';

export function setNoteAuthor(xlsx: Uint8Array, author: string = NOTE_AUTHOR): Uint8Array {
  const files = unzipSync(xlsx);
  let changed = false;
  for (const name of Object.keys(files)) {
    if (!/^xl\/comments\d*\.xml$/.test(name)) continue;
    const xml = strFromU8(files[name]);
    const next = xml.replace(/<author>Author<\/author>/g, `<author>${author}</author>`);
    if (next !== xml) {
      files[name] = strToU8(next);
      changed = true;
    }
  }
  return changed ? zipSync(files) : xlsx;
}
