/** A narrative (情况说明) opened in the pane: a .txt (UTF-8, UTF-16 or GBK) or a Word .docx read with mammoth. */

import { InputError } from '../../core/errors';
import { MAX_NARRATIVE_BYTES } from '../../core/limits';
import { decodeText } from '../../hosts/file/decode-text';
import { narrativeFromBytes } from '../../hosts/file/narrative-bytes';

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

/** Text of unknown encoding (UTF-8, UTF-16, GBK as Chinese Windows saves a .txt), as the command line reads it. */
export function decodeNarrativeText(bytes: Uint8Array): string {
  return decodeText(bytes).replace(/^\uFEFF/, '');
}

/**
 * A narrative file picked in the pane, read as the command line reads one (src/hosts/file/narrative-bytes.ts):
 * within the limits of src/core/limits.ts, so a crafted .docx is a Chinese message, not a crashed tab.
 */
export async function readNarrativeBytes(bytes: Uint8Array, name: string): Promise<string> {
  return (await narrativeFromBytes(bytes, name)).text;
}
