/** The user's subject catalogue from disk: an .xlsx, or a .csv/.txt with a code and a name on each line. */

import { promises as fs } from 'fs';
import path from 'path';
import { readUserCatalog, type UserCatalog } from '../../core/catalog/user';
import { InputError } from '../../core/errors';
import { MAX_NARRATIVE_BYTES } from '../../core/limits';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { decodeText } from './decode-text';

async function textSnapshot(file: string): Promise<WorkbookSnapshot> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.size > MAX_NARRATIVE_BYTES)
      throw new InputError(`科目目录文件“${path.basename(file)}”过大，请确认文件是否正确`);
    bytes = await fs.readFile(file);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`找不到科目目录文件“${file}”`);
  }
  const rows = decodeText(bytes)
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.split(/[,，\t]/).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1') || null));
  return {
    name: path.basename(file),
    sheets: [{ name: 'csv', originRow: 0, originCol: 0, values: rows, merges: [] }],
  };
}

export async function readCatalogFile(file: string): Promise<UserCatalog> {
  const ext = path.extname(file).toLowerCase();
  const snapshot =
    ext === '.csv' || ext === '.txt'
      ? await textSnapshot(file)
      : (await (await import('./read-workbook')).readWorkbookFile(file)).snapshot;
  const catalog = readUserCatalog(snapshot, path.basename(file));
  if (catalog.functional.length + catalog.economic.length === 0)
    throw new InputError(
      `科目目录文件“${path.basename(file)}”中没有找到“科目代码 + 科目名称”的行（代码应为 3、5 或 7 位数字，如 2010101 行政运行）`,
    );
  return catalog;
}
