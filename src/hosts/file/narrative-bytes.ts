/**
 * A narrative (情况说明) from its bytes, wherever they come from (a file on disk for the command line, a file
 * picked in the pane): text in UTF-8, UTF-16 or GB18030, or a Word .docx read with mammoth, within the limits
 * of src/core/limits.ts (the file's size, each decompressed part of a .docx, the text's length). No file
 * system here, so the pane reads narratives exactly as the command line does.
 */

import { InputError } from '../../core/errors';
import { MAX_DOCX_XML_BYTES, MAX_NARRATIVE_BYTES, MAX_NARRATIVE_CHARS, MB } from '../../core/limits';
import { decodeTextDetailed } from './decode-text';
import type * as PackageLimits from './package-limits';

export interface NarrativeFile {
  text: string;
  /** What the reader had to guess or could not read (an encoding), in Chinese. */
  notices: string[];
}

/** The text, or an InputError past MAX_NARRATIVE_CHARS. */
export function narrativeWithinLength(text: string, name: string): string {
  if (text.length > MAX_NARRATIVE_CHARS)
    throw new InputError(
      `情况说明文件“${name}”有 ${text.length.toLocaleString('en-US')} 个字，超过 ${MAX_NARRATIVE_CHARS.toLocaleString('en-US')} 字的上限（情况说明通常不足两万字），请确认文件是否正确`,
    );
  return text;
}

/** The file's size against MAX_NARRATIVE_BYTES, before anything is read from it. */
export function assertNarrativeSize(size: number, name: string): void {
  if (size > MAX_NARRATIVE_BYTES)
    throw new InputError(
      `情况说明文件“${name}”有 ${(size / MB).toFixed(1)} MB，超过 ${MAX_NARRATIVE_BYTES / MB} MB 的上限，请确认文件是否正确`,
    );
}

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

async function docxText(bytes: Uint8Array, name: string): Promise<string> {
  if (!isZip(bytes))
    throw new InputError(
      `情况说明文件“${name}”不是有效的 .docx 文档（旧版 .doc 请在 Word 或 WPS 中另存为 .docx）`,
    );
  // A .docx is a zip: every part is decompressed under its cap before mammoth expands it whole.
  // Required here, not at the top: it loads fflate (and, in Node, node:worker_threads), which a .txt
  // narrative never needs (require, not import(): a batch worker run from the sources resolves .ts modules
  // through require only).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { assertPackageWithinLimits } = require('./package-limits') as typeof PackageLimits;
  assertPackageWithinLimits(bytes, `情况说明文件“${name}”`, MAX_DOCX_XML_BYTES);
  const mammoth = await import('mammoth');
  const arrayBuffer = bytes.buffer.slice(
    bytes.byteOffset,
    bytes.byteOffset + bytes.byteLength,
  ) as ArrayBuffer;
  try {
    return (await mammoth.extractRawText({ arrayBuffer })).value;
  } catch {
    throw new InputError(
      `情况说明文件“${name}”无法作为 .docx 读取，可能已损坏。请在 Word 或 WPS 中打开后另存为 .docx 或 .txt 再审核`,
    );
  }
}

/** The narrative and what had to be guessed to read it; `name` is the file's name, for the messages. */
export async function narrativeFromBytes(bytes: Uint8Array, name: string): Promise<NarrativeFile> {
  assertNarrativeSize(bytes.length, name);
  const lower = name.toLowerCase();
  if (lower.endsWith('.docx'))
    return { text: narrativeWithinLength(await docxText(bytes, name), name), notices: [] };
  if (lower.endsWith('.doc') || (isZip(bytes) && bytes[2] === 3 && bytes[3] === 4))
    throw new InputError(`情况说明文件“${name}”不是纯文本。请使用 .txt 或 .docx（旧版 .doc 请另存为 .docx）`);
  const decoded = decodeTextDetailed(bytes, `情况说明文件“${name}”`);
  return {
    text: narrativeWithinLength(decoded.text.replace(/^\uFEFF/, ''), name),
    notices: decoded.notice ? [decoded.notice] : [],
  };
}
