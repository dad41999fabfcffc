/** A narrative (情况说明) opened in the pane: a .txt (UTF-8 or GBK) or a Word .docx read with mammoth. */

import { InputError } from '../../core/errors';

import { MAX_NARRATIVE_BYTES } from '../../core/limits';

export { MAX_NARRATIVE_BYTES };

/** A picked file's bytes; FileReader where Blob.arrayBuffer is missing (older webviews). */
export function fileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(new InputError('文件读取失败，请重新选择文件'));
    reader.readAsArrayBuffer(file);
  });
}

export function decodeNarrativeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Chinese Windows saves .txt as GBK by default.
    text = new TextDecoder('gb18030').decode(bytes);
  }
  return text.replace(/^\uFEFF/, '');
}

export async function readNarrativeBytes(bytes: Uint8Array, name: string): Promise<string> {
  if (bytes.length > MAX_NARRATIVE_BYTES)
    throw new InputError(
      `情况说明文件“${name}”有 ${(bytes.length / 1048576).toFixed(1)} MB，超过上限，请确认文件是否正确`,
    );
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const lower = name.toLowerCase();
  if (lower.endsWith('.docx')) {
    if (!zip)
      throw new InputError(
        `情况说明文件“${name}”不是有效的 .docx 文档（旧版 .doc 请在 Word 或 WPS 中另存为 .docx）`,
      );
    const mammoth = await import('mammoth');
    const arrayBuffer = bytes.buffer.slice(
      bytes.byteOffset,
      bytes.byteOffset + bytes.byteLength,
    ) as ArrayBuffer;
    try {
      return (await mammoth.extractRawText({ arrayBuffer })).value;
    } catch (err) {
      throw new InputError(`情况说明文件“${name}”无法作为 .docx 读取（${(err as Error).message}）`);
    }
  }
  if (lower.endsWith('.doc') || zip)
    throw new InputError(`情况说明文件“${name}”不是纯文本。请使用 .txt 或 .docx（旧版 .doc 请另存为 .docx）`);
  return decodeNarrativeText(bytes);
}
