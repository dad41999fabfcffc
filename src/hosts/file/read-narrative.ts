/**
 * A narrative (情况说明) from disk: text in UTF-8, UTF-16 or GB18030 (see decode-text), a Word .docx read
 * with mammoth, or a PDF (its text outside any table, read with pdf.js).
 */

import fs from 'fs';
import path from 'path';
import { InputError } from '../../core/errors';
import { MAX_NARRATIVE_BYTES } from '../../core/limits';
import {
  assertNarrativeSize,
  narrativeFromBytes,
  narrativeWithinLength,
  type NarrativeFile,
} from './narrative-bytes';

export { MAX_NARRATIVE_BYTES, type NarrativeFile };

export { decodeText } from './decode-text';

/** The narrative text exactly as given, with only a byte-order mark removed (offsets point into it). */
export async function readNarrativeFile(file: string): Promise<string> {
  return (await readNarrative(file)).text;
}

/** The narrative and what had to be guessed to read it. */
export async function readNarrative(file: string): Promise<NarrativeFile> {
  const name = path.basename(file);
  const ext = path.extname(file).toLowerCase();
  // A narrative published as PDF: its text outside any table, read with pdf.js (with the PDF limits).
  if (ext === '.pdf') {
    // pdf.js's reader and the layout code are loaded only for a PDF narrative (required, not import():
    // a batch worker run from the sources resolves .ts modules through require only).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { readPdfFile } = require('./read-pdf-file') as typeof import('./read-pdf-file');
    return { text: narrativeWithinLength((await readPdfFile(file)).layout.narrative, name), notices: [] };
  }
  let bytes: Buffer;
  try {
    // Synchronous, as a workbook is read (src/hosts/file/input-file.ts).
    assertNarrativeSize(fs.statSync(file).size, name);
    bytes = fs.readFileSync(file);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`找不到情况说明文件“${file}”`);
  }
  return narrativeFromBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), name);
}
