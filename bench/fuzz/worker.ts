/** A fuzz worker: runs the command line in-process on each input it is sent, streams captured. */

import { guardProcess, main } from '../../src/cli/main';

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
