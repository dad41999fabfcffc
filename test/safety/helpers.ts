/** Shared by the safety tests: the CLI run as an unprivileged user when the tests run as root. */

import { spawnSync } from 'child_process';
import { chmodSync, mkdtempSync } from 'fs';
import os from 'os';
import path from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const PROJECT_ROOT = path.join(__dirname, '..', '..');

/** A temporary folder every user may read (the CLI may run as nobody, see gouji). */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  chmodSync(dir, 0o777);
  return dir;
}

/**
 * The command line as a user runs it. Root writes through read-only permissions, so as root it runs as
 * nobody (65534): a read-only folder is then read-only for it, as for any user.
 */
export function gouji(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const asRoot = process.getuid?.() === 0;
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(PROJECT_ROOT, 'src/cli/main.ts'), ...args],
    {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, TSX_DISABLE_CACHE: '1' },
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    },
  );
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every line a user reads on stderr is Chinese: no stack, no internal error. */
export function noInternalError(stderr: string): boolean {
  return !/内部错误|at .*\.(ts|js):\d+|TypeError|Error:/.test(stderr);
}

/** A copy of an .xlsx with some parts rewritten (text in, text out; null leaves the part as it is). */
export function repack(
  source: Uint8Array,
  edit: (name: string, text: string) => string | null,
  add: Record<string, string | Uint8Array> = {},
): Uint8Array {
  const files = unzipSync(source);
  const out: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(files)) {
    const changed = /\.(xml|rels)$/.test(name) ? edit(name, strFromU8(data)) : null;
    out[name] = changed === null ? data : strToU8(changed);
  }
  for (const [name, data] of Object.entries(add)) out[name] = typeof data === 'string' ? strToU8(data) : data;
  return zipSync(out);
}
