/**
 * Where recognition allocates: `node --import tsx bench/alloc.ts <dist> <file.xlsx> [runs]`. Samples every
 * allocation (every 1 KB, the objects collected since included) over a few runs of one build's recognizeWorkbook
 * and prints the megabytes per run by allocating function. Fewer bytes, fewer young-generation collections: on a
 * 汇总 the collector's share of recognition falls with them.
 */

import { Session } from 'node:inspector';
import path from 'node:path';

interface ProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: ProfileNode[];
}

type Recognize = (snapshot: unknown, options?: object) => unknown;

async function main(): Promise<void> {
  const [dist, file, runsArg] = process.argv.slice(2);
  const runs = Number(runsArg ?? 3);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const reader = require(path.resolve(dist, 'hosts/file/read-workbook.js')) as {
    readWorkbookFile(f: string): Promise<{ snapshot: unknown }>;
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { recognizeWorkbook } = require(path.resolve(dist, 'core/recognition/index.js')) as {
    recognizeWorkbook: Recognize;
  };
  const { snapshot } = await reader.readWorkbookFile(file);
  recognizeWorkbook(snapshot, {});
  const session = new Session();
  session.connect();
  const post = <T>(method: string, params?: object) =>
    new Promise<T>((resolve, reject) =>
      session.post(method, params, (err, res) => (err ? reject(err) : resolve(res as T))),
    );
  await post('HeapProfiler.enable');
  await post('HeapProfiler.startSampling', {
    samplingInterval: 1024,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  for (let i = 0; i < runs; i++) recognizeWorkbook(snapshot, {});
  const { profile } = await post<{ profile: { head: ProfileNode } }>('HeapProfiler.stopSampling');
  const bytes = new Map<string, number>();
  let total = 0;
  const walk = (n: ProfileNode) => {
    const f = n.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/.*\/dist\//, '')}:${f.lineNumber + 1}`;
    bytes.set(key, (bytes.get(key) ?? 0) + n.selfSize);
    total += n.selfSize;
    n.children.forEach(walk);
  };
  walk(profile.head);
  const mb = (b: number) => (b / 1e6 / runs).toFixed(2).padStart(7);
  console.log(`${mb(total)} MB per run in all`);
  for (const [k, v] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${mb(v)} MB  ${k}`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
