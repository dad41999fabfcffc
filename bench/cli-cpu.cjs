/**
 * Preloaded into the command line by bench/cli-wall.ts (node -r): on exit, the process's own CPU time
 * (user + system, all threads) is appended to the file named by GOUJI_BENCH_CPU.
 */
/* global require, process */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fs = require('node:fs');

const out = process.env.GOUJI_BENCH_CPU;
if (out)
  process.on('exit', () => {
    const u = process.cpuUsage();
    fs.appendFileSync(out, `${(u.user + u.system) / 1000}\n`);
  });
