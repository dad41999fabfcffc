/**
 * Writing outputs without ever losing a file: an output is never one of the inputs (compared by identity,
 * not by name), and every output goes to a temporary file in its own folder first, renamed over the target
 * only once it is complete, so a failed write leaves the previous file as it was.
 */

import { constants as fsConstants, promises as fs } from 'fs';
import path from 'path';
import { InputError } from '../../core/errors';

/** A write that failed: the message is in Chinese and names the file; the results are not lost. */
export class OutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputError';
  }
}

const caseFold = (p: string) =>
  process.platform === 'win32' || process.platform === 'darwin' ? p.toLowerCase() : p;

/** The real path of a file, or of its nearest existing folder joined with the rest, for one not yet written. */
async function realPathOf(file: string): Promise<string> {
  const abs = path.resolve(file);
  try {
    return await fs.realpath(abs);
  } catch {
    const parent = path.dirname(abs);
    if (parent === abs) return abs;
    return path.join(await realPathOf(parent), path.basename(abs));
  }
}

interface Identity {
  real: string;
  /** device:inode of an existing file; null when it does not exist. */
  inode: string | null;
}

async function identityOf(file: string): Promise<Identity> {
  const real = caseFold(await realPathOf(file));
  const stat = await fs.stat(file).catch(() => null);
  // On Windows, ino may be 0 for some file systems: fall back on the path alone then.
  const inode = stat && stat.ino !== 0 ? `${stat.dev}:${stat.ino}` : null;
  return { real, inode };
}

function same(a: Identity, b: Identity): boolean {
  return a.real === b.real || (a.inode !== null && a.inode === b.inode);
}

/** True when the two paths name the same file: one path, a symbolic or hard link, a case variant. */
export async function sameFile(a: string, b: string): Promise<boolean> {
  return same(await identityOf(a), await identityOf(b));
}

/**
 * Refuses an output that is one of the inputs. `what` names the option ("--out"), for the message.
 */
export async function assertNotInput(
  output: string,
  inputs: ReadonlyArray<string | null>,
  what: string,
): Promise<void> {
  const out = await identityOf(output);
  for (const input of inputs) {
    if (!input) continue;
    if (same(out, await identityOf(input)))
      throw new InputError(
        `${what}“${output}”与输入文件“${input}”是同一个文件（或指向它的链接）：勾稽从不修改原文件，请换一个输出文件名`,
      );
  }
}

/** Why a write failed, in Chinese. */
export function describeWriteError(file: string, err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code ?? '';
  const reason =
    code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
      ? '没有写入权限（文件夹只读或文件被占用）'
      : code === 'ENOSPC' || code === 'EDQUOT'
        ? '磁盘空间不足'
        : code === 'ENOTDIR' || code === 'EEXIST'
          ? '路径中有一段是文件而不是文件夹'
          : code === 'EISDIR'
            ? '这是一个文件夹'
            : code === 'ENAMETOOLONG'
              ? '文件名过长'
              : code === 'EBUSY'
                ? '文件正被其他程序打开'
                : `写入失败${code ? `（${code}）` : ''}`;
  return `无法写出“${file}”：${reason}`;
}

/**
 * Writes `bytes` to `file` through a temporary file in the same folder and a rename. On failure the
 * temporary file is removed, any previous `file` is left untouched, and an OutputError says why.
 */
export async function writeFileSafely(file: string, bytes: Uint8Array): Promise<void> {
  const abs = path.resolve(file);
  const dir = path.dirname(abs);
  const tmp = path.join(dir, `.${path.basename(abs)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(tmp, bytes, { flag: 'wx' });
    await fs.rename(tmp, abs);
  } catch (err) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw new OutputError(describeWriteError(file, await realCause(dir, err)));
  }
}

/**
 * Node's recursive mkdir under a folder the user may not write to fails with ENOENT, not EACCES: the
 * nearest folder that exists tells which it is.
 */
async function realCause(dir: string, err: unknown): Promise<unknown> {
  if ((err as NodeJS.ErrnoException)?.code !== 'ENOENT') return err;
  for (let d = dir; ; d = path.dirname(d)) {
    const stat = await fs.stat(d).catch(() => null);
    if (stat) {
      if (!stat.isDirectory()) return { code: 'ENOTDIR' };
      const writable = await fs.access(d, fsConstants.W_OK).then(
        () => true,
        () => false,
      );
      return writable ? err : { code: 'EACCES' };
    }
    if (path.dirname(d) === d) return err;
  }
}
