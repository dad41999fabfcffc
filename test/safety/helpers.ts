/** Shared by the safety tests: the CLI run as an unprivileged user when the tests run as root. */

import { spawnSync } from 'child_process';
import { chmodSync, mkdtempSync } from 'fs';
import os from 'os';
import path from 'path';

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
