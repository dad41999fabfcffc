/**
 * `node --import tsx bench/golden-diff.ts <before-dir> <after-dir>`: compares two folders written by bench/golden.ts
 * byte for byte; prints each file that differs or is missing and exits 1 if any does.
 */

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const [a, b] = process.argv.slice(2).map((d) => path.resolve(d));
const names = new Set([...readdirSync(a), ...readdirSync(b)]);
let bad = 0;
for (const n of [...names].sort()) {
  let x: Buffer | null = null;
  let y: Buffer | null = null;
  try {
    x = readFileSync(path.join(a, n));
  } catch {
    /* missing */
  }
  try {
    y = readFileSync(path.join(b, n));
  } catch {
    /* missing */
  }
  if (!x || !y) console.log(`missing in ${x ? 'after' : 'before'}: ${n}`);
  else if (!x.equals(y)) {
    const i = [...x].findIndex((c, k) => c !== y![k]);
    console.log(`differs: ${n} at byte ${i}: …${x.subarray(Math.max(0, i - 80), i + 80).toString()}…`);
  }
  if (!x || !y || !x.equals(y)) bad++;
}
console.log(`${names.size} files, ${bad} differ`);
process.exitCode = bad ? 1 : 0;
