/** A narrative (情况说明) from disk: UTF-8 or GB18030 text, a Word .docx read with mammoth, or a PDF. */

import { promises as fs } from 'fs';
import path from 'path';
import mammoth from 'mammoth';
import { InputError } from '../../core/errors';
import { readPdfFile } from './read-pdf-file';

export const MAX_NARRATIVE_BYTES = 20 * 1024 * 1024;

/** UTF-8, else GB18030 (what Chinese Windows saves .txt and .csv as). */
export function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Chinese Windows saves .txt as GBK by default.
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** The narrative text exactly as given, with only a byte-order mark removed (offsets point into it). */
export async function readNarrativeFile(file: string): Promise<string> {
  const name = path.basename(file);
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.size > MAX_NARRATIVE_BYTES)
      throw new InputError(
        `情况说明文件“${name}”有 ${(stat.size / 1048576).toFixed(1)} MB，超过上限，请确认文件是否正确`,
      );
    bytes = await fs.readFile(file);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`找不到情况说明文件“${file}”`);
  }
  const ext = path.extname(file).toLowerCase();
  // A narrative published as PDF: its text outside any table, read with pdf.js.
  if (ext === '.pdf') return (await readPdfFile(file)).layout.narrative;
  if (ext === '.docx') {
    if (bytes.subarray(0, 2).toString('latin1') !== 'PK')
      throw new InputError(
        `情况说明文件“${name}”不是有效的 .docx 文档（旧版 .doc 请在 Word 或 WPS 中另存为 .docx）`,
      );
    try {
      return (await mammoth.extractRawText({ buffer: bytes })).value;
    } catch (err) {
      throw new InputError(`情况说明文件“${name}”无法作为 .docx 读取（${(err as Error).message}）`);
    }
  }
  if (ext === '.doc' || bytes.subarray(0, 4).toString('latin1') === 'PK\u0003\u0004')
    throw new InputError(`情况说明文件“${name}”不是纯文本。请使用 .txt 或 .docx（旧版 .doc 请另存为 .docx）`);
  return decodeText(bytes).replace(/^\uFEFF/, '');
}
