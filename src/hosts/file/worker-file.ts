/**
 * Where a worker thread's built file is. The command line is bundled into one file, dist/cli/main.js
 * (scripts/bundle-cli.js), while a worker still runs its own compiled module under dist/: a module that starts a
 * worker finds it beside itself (dist/cli/batch/pool.js → worker.js), or, bundled, from dist/cli up to dist.
 * Null when neither is there (the sources under tsx, as the tests run them: the caller loads the .ts).
 */

import fs from 'fs';
import path from 'path';

/** `fromDist`: the worker's path below dist/, e.g. 'cli/batch/worker.js'; `dir`: the caller's __dirname. */
export function builtWorkerFile(dir: string, fromDist: string): string | null {
  const beside = path.join(dir, path.basename(fromDist));
  if (fs.existsSync(beside)) return beside;
  if (path.basename(dir) !== 'cli') return null;
  const bundled = path.join(dir, '..', fromDist);
  return fs.existsSync(bundled) ? bundled : null;
}
