/**
 * `node --import tsx bench/fuzz/replay.ts <seed> <index>… [--share 0.25] [--dir folder]`: rebuilds inputs of a
 * fuzz run (same seed and PDF share as the run: `npm run fuzz` uses 0.25) and prints, for each, the
 * command line to run it with the built CLI. Files go to one folder per input (`<dir>/<index>/`), so the
 * inputs of several indices do not overwrite each other.
 */

import { mkdirSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { fuzzInputs } from './inputs';

async function replay(argv: string[]): Promise<void> {
  let share = 0.25;
  let dir = path.join(os.tmpdir(), 'gouji-fuzz-replay');
  const rest: number[] = [];
  for (let k = 0; k < argv.length; k++) {
    if (argv[k] === '--share') share = Number(argv[++k]);
    else if (argv[k] === '--dir') dir = path.resolve(argv[++k]);
    else rest.push(Number(argv[k]));
  }
  const [seed, ...indices] = rest;
  if (!Number.isFinite(seed) || !indices.length || indices.some((i) => !Number.isInteger(i) || i < 0)) {
    process.stderr.write('usage: replay.ts <seed> <index>… [--share 0.25] [--dir folder]\n');
    process.exitCode = 2;
    return;
  }
  const wanted = new Set(indices);
  const last = Math.max(...indices);
  // Each kept input gets its own folder: the plans name files in `slot`, moved to `<dir>/<index>`.
  const slot = path.join(dir, 'slot');
  const inputs = await fuzzInputs(seed, slot, share);
  for (let i = 0; i <= last; i++) {
    const plan = inputs.next();
    if (!wanted.has(i)) continue;
    const home = path.join(dir, String(i));
    mkdirSync(home, { recursive: true });
    const move = (file: string) => (file.startsWith(slot) ? path.join(home, path.basename(file)) : file);
    for (const [file, content] of plan.files()) writeFileSync(move(file), content);
    const args = plan.args.map(move);
    process.stdout.write(`${i}\t${args.map((a) => JSON.stringify(a)).join(' ')}\n`);
  }
}

void replay(process.argv.slice(2));
