/** A fuzz worker: runs the command line in-process on each input it is sent, streams captured. */

import type * as Cli from '../../src/cli/main';

// The command line from its sources (the tests), or as built in dist/ (`npm run fuzz`, as users run it: its
// PDF reader's worker thread then loads compiled JavaScript instead of compiling the sources again).
/* eslint-disable @typescript-eslint/no-require-imports */
const { guardProcess, main }: typeof Cli = process.env.GOUJI_FUZZ_BUILT
  ? require('../../dist/cli/main')
  : require('../../src/cli/main');
/* eslint-enable @typescript-eslint/no-require-imports */

export interface FuzzInput {
  index: number;
  args: string[];
}

export interface FuzzOutcome {
  index: number;
  code: number;
  stderr: string;
  ms: number;
  heapMb: number;
}

// The command line's own process guards: the worker stands for its process.
guardProcess();

process.on('message', async (input: FuzzInput | null) => {
  if (input === null) {
    process.disconnect?.();
    return;
  }
  let stderr = '';
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  process.stdout.write = (() => true) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  }) as typeof process.stderr.write;
  const start = performance.now();
  let code: number;
  try {
    code = await main(input.args);
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
  const outcome: FuzzOutcome = {
    index: input.index,
    code,
    stderr,
    ms: performance.now() - start,
    heapMb: process.memoryUsage().heapUsed / 1048576,
  };
  process.send?.(outcome);
});
