/** The checks every input file gets before it is read: it exists, it is a file, it is within its size limit. */

import fs from 'fs';
import path from 'path';
import { InputError } from '../../core/errors';

/**
 * Throws a Chinese InputError for a missing file, a folder, or a file past `maxBytes`; `kind` names what
 * was expected (".xlsx 文件", "PDF 文件"), `advice` follows the size message.
 */
export async function assertInputFile(
  file: string,
  kind: string,
  maxBytes: number,
  advice = '',
): Promise<void> {
  let stat;
  try {
    // Synchronous: the file is read next and nothing runs meanwhile (a promise's stat costs 3× the CPU).
    stat = fs.statSync(file);
  } catch {
    throw new InputError(`找不到文件“${file}”`);
  }
  if (stat.isDirectory()) throw new InputError(`“${file}”是文件夹，不是 ${kind}`);
  if (stat.size > maxBytes)
    throw new InputError(
      `文件“${path.basename(file)}”有 ${(stat.size / 1048576).toFixed(1)} MB，超过 ${maxBytes / 1048576} MB 的上限${advice}`,
    );
}
