/**
 * A narrative (情况说明) from disk: text in UTF-8, UTF-16 or GB18030 (see decode-text), a Word .docx read
 * with mammoth, or a PDF (its text outside any table, read with pdf.js).
 */

import { promises as fs } from 'fs';
import path from 'path';
import { InputError } from '../../core/errors';
import { MAX_DOCX_XML_BYTES, MAX_NARRATIVE_BYTES, MAX_NARRATIVE_CHARS } from '../../core/limits';
import { decodeTextDetailed } from './decode-text';
import { assertPackageWithinLimits } from './preflight-xlsx';
import { readPdfFile } from './read-pdf-file';

export { MAX_NARRATIVE_BYTES };

export { decodeText } from './decode-text';

export interface NarrativeFile {
  text: string;
  /** What the reader had to guess or could not read (an encoding), in Chinese. */
  notices: string[];
}

function withinLength(text: string, name: string): string {
  if (text.length > MAX_NARRATIVE_CHARS)
    throw new InputError(
      `情况说明文件“${name}”有 ${text.length.toLocaleString('en-US')} 个字，超过 ${MAX_NARRATIVE_CHARS.toLocaleString('en-US')} 字的上限（情况说明通常不足两万字），请确认文件是否正确`,
    );
  return text;
}

/** The narrative text exactly as given, with only a byte-order mark removed (offsets point into it). */
export async function readNarrativeFile(file: string): Promise<string> {
  return (await readNarrative(file)).text;
}

/** The narrative and what had to be guessed to read it. */
export async function readNarrative(file: string): Promise<NarrativeFile> {
  const name = path.basename(file);
  const ext = path.extname(file).toLowerCase();
  // A narrative published as PDF: its text outside any table, read with pdf.js (with the PDF limits).
  if (ext === '.pdf')
    return { text: withinLength((await readPdfFile(file)).layout.narrative, name), notices: [] };
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
  if (ext === '.docx') {
    if (bytes.subarray(0, 2).toString('latin1') !== 'PK')
      throw new InputError(
        `情况说明文件“${name}”不是有效的 .docx 文档（旧版 .doc 请在 Word 或 WPS 中另存为 .docx）`,
      );
    assertPackageWithinLimits(bytes, `情况说明文件“${name}”`, MAX_DOCX_XML_BYTES);
    let text: string;
    try {
      // mammoth is loaded only for a .docx.
      const mammoth = (await import('mammoth')).default;
      text = (await mammoth.extractRawText({ buffer: bytes })).value;
    } catch {
      throw new InputError(
        `情况说明文件“${name}”无法作为 .docx 读取，可能已损坏。请在 Word 或 WPS 中打开后另存为 .docx 或 .txt 再审核`,
      );
    }
    return { text: withinLength(text, name), notices: [] };
  }
  if (ext === '.doc' || bytes.subarray(0, 4).toString('latin1') === 'PK\u0003\u0004')
    throw new InputError(`情况说明文件“${name}”不是纯文本。请使用 .txt 或 .docx（旧版 .doc 请另存为 .docx）`);
  const decoded = decodeTextDetailed(bytes, `情况说明文件“${name}”`);
  return {
    text: withinLength(decoded.text.replace(/^\uFEFF/, ''), name),
    notices: decoded.notice ? [decoded.notice] : [],
  };
}
