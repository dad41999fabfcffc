/**
 * A zip package's parts against the limits of src/core/limits.ts, before a library expands it: used for a
 * .docx narrative by the command line and by the pane (so it loads nothing of Node's; the .xlsx preflight,
 * which inflates with node:zlib, is ./preflight-xlsx).
 */

import { InputError } from '../../core/errors';
import { MAX_PACKAGE_BYTES, MAX_PART_BYTES, MB } from '../../core/limits';
import { inflatedSize } from '../../export/zip/inflate-entry';
import { readZip, ZipLimitError, type ZipEntry } from '../../export/zip/read-zip';

/**
 * Any zip package (a .docx narrative): every part decompressed under the caps before a library expands it;
 * `what` names the file for the message ("情况说明文件“X.docx”").
 */
export function assertPackageWithinLimits(bytes: Uint8Array, what: string, xmlCap = MAX_PART_BYTES): void {
  let entries: ZipEntry[];
  try {
    entries = readZip(bytes);
  } catch {
    throw new InputError(`${what}已损坏，无法打开。请在 Word 或 WPS 中打开后另存再审核`);
  }
  let total = 0;
  for (const e of entries) {
    let size: number;
    try {
      const cap = /\.(xml|rels)$/i.test(e.name) ? xmlCap : MAX_PART_BYTES;
      size = inflatedSize(bytes, e, Math.min(cap, MAX_PACKAGE_BYTES - total));
    } catch (err) {
      if (err instanceof ZipLimitError)
        throw new InputError(
          `${what}解压后过大（“${e.name}”超过 ${Math.round((/\.(xml|rels)$/i.test(e.name) ? xmlCap : MAX_PART_BYTES) / MB)} MB，或全部内容超过 ${MAX_PACKAGE_BYTES / MB} MB 的上限），请确认文件是否正确`,
        );
      throw new InputError(`${what}已损坏（“${e.name}”无法解压），请在 Word 或 WPS 中打开后另存再审核`);
    }
    total += size;
  }
}
